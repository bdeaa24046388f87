import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/io/decode-text.js';

const csv = 'region,indicator,year,value\n渝北区,研发投入强度,2020,4.4\n';

describe('decodeText', () => {
  it('reads UTF-8 without a BOM', () => {
    const result = decodeText(new TextEncoder().encode(csv));
    expect(result).toMatchObject({ ok: true, text: csv, encoding: 'utf-8', hadByteOrderMark: false });
  });

  it('strips a UTF-8 BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(csv)]);
    expect(decodeText(bytes)).toMatchObject({ ok: true, text: csv, hadByteOrderMark: true });
  });

  it('reads GB18030 and GBK text written by Excel/WPS on Chinese Windows', () => {
    for (const encoding of ['gb18030', 'gbk']) {
      const result = decodeText(iconv.encode(csv, encoding));
      expect(result).toMatchObject({ ok: true, text: csv, encoding: 'gb18030' });
    }
  });

  it('reads UTF-16LE with a BOM (Excel "Unicode text")', () => {
    const result = decodeText(iconv.encode(csv, 'utf-16le', { addBOM: true }));
    expect(result).toMatchObject({ ok: true, text: csv, encoding: 'utf-16le' });
  });

  it('refuses a ZIP archive (an .xlsx renamed to .csv) and binary garbage', () => {
    expect(decodeText(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toMatchObject({ ok: false, reason: 'binary' });
    const garbage = new Uint8Array(512).map((_, index) => (index * 37) % 32);
    expect(decodeText(garbage)).toMatchObject({ ok: false, reason: 'binary' });
  });
});

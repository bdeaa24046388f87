/**
 * Turns a file's bytes into text the way users' files arrive: UTF-8 with or without a BOM, UTF-16 with a
 * BOM (Excel's "Unicode text"), or GB18030/GBK (what Excel and WPS write on Chinese Windows).
 * Binary files (spreadsheets saved with a .csv name, images, archives) are recognised and refused.
 */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export type DecodedText =
  | { ok: true; text: string; encoding: TextEncodingName; hadByteOrderMark: boolean }
  | { ok: false; reason: 'binary'; detail: string };

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((byte, index) => bytes[index] === byte);
}

/** Share of control bytes (other than tab, CR, LF, form feed) in the first 8 KiB. */
function controlByteShare(bytes: Uint8Array): number {
  const sample = bytes.subarray(0, 8192);
  if (sample.length === 0) return 0;
  let control = 0;
  for (const byte of sample) {
    if (byte === 0 || (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c)) control++;
  }
  return control / sample.length;
}

export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { ok: true, text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8', hadByteOrderMark: true };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { ok: true, text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', hadByteOrderMark: true };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { ok: true, text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', hadByteOrderMark: true };
  }
  if (startsWith(bytes, ZIP_MAGIC)) {
    return { ok: false, reason: 'binary', detail: 'the file is a ZIP archive (an .xlsx workbook saved under another name?)' };
  }
  if (startsWith(bytes, OLE_MAGIC)) {
    return { ok: false, reason: 'binary', detail: 'the file is an old binary Office document (.xls)' };
  }
  if (controlByteShare(bytes) > 0.01) {
    return { ok: false, reason: 'binary', detail: 'the file contains binary data (control bytes), not text' };
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', hadByteOrderMark: false };
  } catch {
    // Not valid UTF-8: Chinese Windows software writes GB18030 (a superset of GBK and GB2312).
  }
  try {
    return { ok: true, text: new TextDecoder('gb18030', { fatal: true }).decode(bytes), encoding: 'gb18030', hadByteOrderMark: false };
  } catch {
    return { ok: false, reason: 'binary', detail: 'the bytes are neither valid UTF-8 nor valid GB18030 text' };
  }
}

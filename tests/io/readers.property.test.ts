/**
 * Properties of the readers: what is written reads back the same, and no sequence of bytes makes a
 * reader throw — every failure is a typed issue.
 */
import { stringify } from 'csv-stringify/sync';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { parseNumber } from '../../src/core/validation/parse-number.js';
import { readCsvBytes } from '../../src/io/read-csv.js';
import { readXlsxBytes } from '../../src/io/read-xlsx.js';
import { ISSUE_CODES } from '../../src/core/validation/validation-issue.js';

const knownCodes = new Set<string>(Object.values(ISSUE_CODES));
const cellText = fc.string({ unit: fc.constantFrom(...'abc 渝北区研发,"\n\t;.-0123456789%万'.split('')), maxLength: 12 }).map((text) => text.trim());

describe('CSV reader properties', () => {
  it('write → read round-trips any table of text cells (UTF-8 and GB18030)', () => {
    fc.assert(
      fc.property(fc.array(fc.array(cellText, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 8 }), fc.boolean(), (rows, asGb18030) => {
        const header = ['region', 'indicator', 'value'];
        const text = stringify([header, ...rows]);
        const bytes = asGb18030 ? iconv.encode(text, 'gb18030') : new TextEncoder().encode(text);
        const result = readCsvBytes(bytes, 'round-trip.csv');
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        const nonEmpty = rows.filter((row) => row.some((cell) => cell !== ''));
        expect(result.table.header).toEqual(header);
        expect(result.table.rows.map((row) => row.cells)).toEqual(nonEmpty);
      }),
      { seed: 20260101, numRuns: 300 },
    );
  });

  it('arbitrary bytes never raise: the result is a table or typed issues', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        const result = readCsvBytes(bytes, 'fuzz.csv');
        if (!result.ok) {
          expect(result.issues.length).toBeGreaterThan(0);
          for (const issue of result.issues) expect(knownCodes.has(issue.code)).toBe(true);
        }
      }),
      { seed: 7, numRuns: 2000 },
    );
  });

  it('arbitrary bytes given as a workbook never raise', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 200 }), async (bytes) => {
        const result = await readXlsxBytes(new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...bytes]), 'fuzz.xlsx');
        expect(result.ok).toBe(false);
        if (!result.ok) for (const issue of result.issues) expect(knownCodes.has(issue.code)).toBe(true);
      }),
      { seed: 11, numRuns: 200 },
    );
  });
});

describe('parseNumber', () => {
  it('reads back any finite number it is given in plain, grouped and full-width forms', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true, noDefaultInfinity: true }), (value) => {
        const rounded = Number(value.toFixed(4)) + 0; // + 0 turns -0 into 0, which is how it is written
        expect(parseNumber(String(rounded))?.value).toBe(rounded);
        const grouped = rounded.toLocaleString('en-US', { maximumFractionDigits: 4 });
        expect(parseNumber(grouped)?.value).toBe(rounded);
      }),
      { seed: 3, numRuns: 500 },
    );
  });

  it('understands 万, %, year tags and full-width digits', () => {
    expect(parseNumber('1.2万')).toMatchObject({ value: 12000, multiplier: 1e4 });
    expect(parseNumber('12%')).toMatchObject({ value: 12, hadPercentSign: true });
    expect(parseNumber('50.91(2019)')).toMatchObject({ value: 50.91, yearTag: 2019 });
    expect(parseNumber('５０.９１（2019）')).toMatchObject({ value: 50.91, yearTag: 2019 });
    expect(parseNumber('about 4')).toBeUndefined();
    expect(parseNumber('4.4.4')).toBeUndefined();
  });
});

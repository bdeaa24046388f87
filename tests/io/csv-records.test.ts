/**
 * The incremental CSV parser: the same records whatever the chunking, each with the line it starts on
 * (a problem inside a multi-line quoted record is reported where the record begins), and its errors.
 */
import { stringify } from 'csv-stringify/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvRecordParser, type CsvRecord } from '../../src/io/csv-records.js';

function parse(text: string, delimiter = ',', chunk = 3): { records: CsvRecord[]; problem: unknown } {
  const records: CsvRecord[] = [];
  const parser = new CsvRecordParser(delimiter, (record) => records.push(record));
  for (let index = 0; index < text.length; index += chunk) parser.push(text.slice(index, index + chunk));
  parser.end();
  return { records, problem: parser.problem };
}

describe('CsvRecordParser', () => {
  it('reads quoted fields with separators, doubled quotes and line breaks, and gives each record its first line', () => {
    const { records, problem } = parse('a,b,c\r\n1, "x\r\ny" ,3\r\n\r\n"q""q",,\n4,5,6');
    expect(problem).toBeUndefined();
    expect(records).toEqual([
      { cells: ['a', 'b', 'c'], line: 1 },
      { cells: ['1', 'x\r\ny', '3'], line: 2 },
      { cells: [''], line: 4 },
      { cells: ['q"q', '', ''], line: 5 },
      { cells: ['4', '5', '6'], line: 6 },
    ]);
  });

  it('counts lone CR line ends as lines (old Mac files)', () => {
    expect(parse('a,b\rc,d\r', ',', 100).records).toEqual([{ cells: ['a', 'b'], line: 1 }, { cells: ['c', 'd'], line: 2 }]);
  });

  it('keeps tabs inside fields of a comma file but splits on them in a tab file', () => {
    expect(parse('a\tb,c\n', ',').records[0]!.cells).toEqual(['a\tb', 'c']);
    expect(parse('a\tb\n x \t"y"\n', '\t', 1).records).toEqual([{ cells: ['a', 'b'], line: 1 }, { cells: ['x', 'y'], line: 2 }]);
  });

  it('reports an unclosed quote at the line where its record starts, not at the end of the file', () => {
    const { records, problem } = parse('region,value\nyubei,1\n"open,2\n\nmore\nlines\n');
    expect(records).toHaveLength(2);
    expect(problem).toMatchObject({ kind: 'unclosed-quote', line: 3 });
  });

  it('refuses text after a closing quote', () => {
    expect(parse('a,b\n"x"y,2\n').problem).toMatchObject({ kind: 'text-after-quote', line: 2 });
  });

  it('gives the records csv-stringify wrote, whatever the chunk size', () => {
    const cell = fc.string({ unit: fc.constantFrom(...'ab 渝,"\n\r;\t'.split('')), maxLength: 6 }).map((text) => text.trim());
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 2, maxLength: 2 }), { minLength: 1, maxLength: 6 }), fc.integer({ min: 1, max: 9 }), (rows, chunk) => {
        const text = stringify([['x', 'y'], ...rows], { quoted_match: /^\s|\s$|\r/ });
        const parsed = parse(text, ',', chunk);
        expect(parsed.problem).toBeUndefined();
        expect(parsed.records.map((record) => record.cells)).toEqual([['x', 'y'], ...rows]);
      }),
      { seed: 14, numRuns: 300 },
    );
  });
});

/**
 * Every bundled record is traceable: the test opens the cited line of the cited plan document and finds
 * the value there, as written, and checks that the text parses to the recorded value.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { parseNumber } from '../../src/core/validation/parse-number.js';
import { projectRoot } from '../../src/io/project-paths.js';
import { seedActualFiles, seedRecordFiles } from '../../src/io/load-dataset.js';

const documentsDirectory = join(projectRoot, '..', 'shared', 'seed-documents');
const publicActualsFile = join(projectRoot, '..', 'shared', 'public-actuals', 'district-actuals.csv');
const documentLines = new Map<string, string[]>();
function lineOf(document: string, line: number): string | undefined {
  if (!documentLines.has(document)) documentLines.set(document, readFileSync(join(documentsDirectory, document), 'utf8').split('\n'));
  return documentLines.get(document)![line - 1];
}

/** Full-width and ASCII parentheses and commas are the same text to a reader. */
function normalize(text: string): string {
  return text.replace(/（/g, '(').replace(/）/g, ')').replace(/，/g, ',');
}

describe('seed provenance', () => {
  it('finds the seed documents beside the project (../shared/seed-documents)', () => {
    expect(existsSync(documentsDirectory), `${documentsDirectory} is missing`).toBe(true);
  });

  for (const file of seedRecordFiles()) {
    const rows = parse(readFileSync(file, 'utf8'), { columns: true, skip_empty_lines: true }) as Record<string, string>[];
    describe(basename(file), () => {
      it('has records', () => expect(rows.length).toBeGreaterThan(0));
      it.each(rows.map((row, index) => [index + 2, row] as const))('line %i: the cited document line holds the value', (_, row) => {
        const text = lineOf(row.document!, Number(row.line));
        expect(text, `${row.document}:${row.line} does not exist`).toBeDefined();
        expect(normalize(text!)).toContain(normalize(row.as_written!));
        // A range written as 5—8 or 50-100 is recorded as an at-least target of its lower end.
        const range = /^(.+?)\s*[—–~至到-]\s*(.+)$/.exec(row.as_written!);
        if (range !== null) expect(row.comparator).toBe('at-least');
        const parsed = parseNumber(range !== null ? range[1]! : row.as_written!);
        expect(parsed, `as_written ${row.as_written} is not a number`).toBeDefined();
        const unitCarriesMagnitude = /^[万亿]/.test(row.unit!);
        const expected = unitCarriesMagnitude ? parsed!.value / parsed!.multiplier : parsed!.value;
        expect(Number(row.value)).toBeCloseTo(expected, 9);
        if (parsed!.yearTag !== undefined) expect(Number(row.year)).toBe(parsed!.yearTag);
      });
    });
  }
});

/**
 * The public actuals (seeds/actuals/) cite a page address and the number as written there; the list they
 * come from (../shared/public-actuals/district-actuals.csv) holds both. Every bundled record must match
 * its row there — address, region, year, the number as written — and its value must be the number the
 * text begins with.
 */
describe('public actuals provenance', () => {
  const sources = parse(readFileSync(publicActualsFile, 'utf8'), { columns: true, skip_empty_lines: true }) as Record<string, string>[];
  const files = seedActualFiles();
  it('bundles at least one file of public actuals', () => expect(files.length).toBeGreaterThan(0));
  for (const file of files) {
    const rows = parse(readFileSync(file, 'utf8'), { columns: true, skip_empty_lines: true }) as Record<string, string>[];
    describe(basename(file), () => {
      it('has records', () => expect(rows.length).toBeGreaterThan(0));
      it.each(rows.map((row, index) => [index + 2, row] as const))('line %i: the cited page holds the value as written', (_, row) => {
        const source = sources.filter((candidate) => candidate.url === row.document && candidate.region === row.region && candidate.year === row.year && candidate.indicator === row.source_indicator);
        expect(source, `${row.region} ${row.source_indicator} ${row.year} at ${row.document}`).toHaveLength(1);
        expect(row.as_written).toBe(source[0]!.number_as_written);
        const leading = /^-?\d+(?:\.\d+)?/.exec(row.as_written!);
        expect(leading, `as_written ${row.as_written} does not begin with a number`).not.toBeNull();
        expect(Number(row.value)).toBeCloseTo(Number(leading![0]), 9);
        expect(Number(row.value)).toBeCloseTo(Number(source[0]!.value), 9);
      });
    });
  }
});

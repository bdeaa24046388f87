/**
 * Fuzzing the input edge (issue 14): CSV files, .xlsx workbooks, scenario YAML and catalogue files made
 * of hostile pieces never end in an untyped error or a stack trace — every failure is an issue with a
 * known code, or a PlancastError the CLI prints with its code and exit 2. Fixed seeds, bounded runs.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PlancastError } from '../../src/core/errors.js';
import { ISSUE_CODES } from '../../src/core/validation/validation-issue.js';
import { loadCatalog } from '../../src/io/load-catalog.js';
import { loadCatalogWith, validateDataFile } from '../../src/io/load-dataset.js';
import { runPlancast } from '../helpers/run-plancast.js';
import { useTemporaryDirectory } from '../helpers/temporary-files.js';
import { buildWorkbook, buildZip, sheetXml, type Cell } from '../helpers/xlsx-builder.js';

const catalog = loadCatalog();
const files = useTemporaryDirectory('plancast-fuzz-');
const knownCodes = new Set<string>(Object.values(ISSUE_CODES));
let counter = 0;
const nextName = (extension: string) => `fuzz-${(counter += 1)}.${extension}`;

async function expectTypedIssues(path: string): Promise<void> {
  const result = await validateDataFile(path, catalog);
  for (const issue of result.issues) {
    expect(knownCodes.has(issue.code), issue.code).toBe(true);
    expect(issue.message.length).toBeGreaterThan(0);
    expect(issue.message).not.toMatch(/^\s+at |TypeError|RangeError|undefined|\[object Object\]/m);
  }
}

const csvPiece = fc.oneof(
  fc.constantFrom('region', 'indicator', 'year', 'value', 'kind', 'unit', '地区', '数值', 'yubei', 'rd_intensity', '研发投入强度', 'actual', 'target', '%', '万元'),
  fc.constantFrom('2021', '0x7E4', '2.021e3', '1e-400', '1e400', '50.91(2019)', '1,234', '-5', '４.５', '１２%', '1.2万', 'NaN', 'Infinity', ''),
  fc.constantFrom(',', ';', '\t', '\n', '\r\n', '\r', '"', '""', ' ', '\u0000', '\u001b[2J', '\u202e', '\uFEFF', '\uFFFD'),
  fc.string({ maxLength: 6 }),
);

describe('fuzzed CSV files', () => {
  it('end as a table or as issues with known codes (text pieces)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(csvPiece, { maxLength: 80 }), fc.constantFrom('utf8', 'utf16le', 'latin1'), async (pieces, encoding) => {
        await expectTypedIssues(files.write(nextName('csv'), Buffer.from(`region,indicator,year,value\n${pieces.join('')}`, encoding as BufferEncoding)));
      }),
      { seed: 1401, numRuns: 250 },
    );
  });

  it('end as a table or as issues with known codes (raw bytes)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 600 }), async (bytes) => {
        await expectTypedIssues(files.write(nextName('csv'), bytes));
      }),
      { seed: 1402, numRuns: 250 },
    );
  });
});

const cellReference = fc.tuple(fc.constantFrom('A', 'B', 'C', 'D', 'E', 'Z', 'AA', 'XFD', 'XFE', 'ZZZ', ''), fc.constantFrom('1', '2', '3', '5', '1048576', '0', '99999999', '')).map(([column, row]) => `${column}${row}`);
const cell: fc.Arbitrary<Cell> = fc.oneof(
  fc.record({ ref: cellReference, text: fc.oneof(csvPiece, fc.constantFrom('<', '&amp;', '&#99999999;', ']]>', '<!ENTITY x SYSTEM "file:///etc/passwd">')) }),
  fc.record({ ref: cellReference, number: fc.oneof(fc.double(), fc.integer()), style: fc.constantFrom(0, 1, 7, -1) }),
);

describe('fuzzed workbooks', () => {
  it('end as a table or as issues with known codes (hostile cells)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(cell, { maxLength: 30 }), fc.boolean(), async (cells, dateStyle) => {
        const header: Cell[] = [{ ref: 'A1', text: 'region' }, { ref: 'B1', text: 'indicator' }, { ref: 'C1', text: 'year' }, { ref: 'D1', text: 'value' }];
        await expectTypedIssues(files.write(nextName('xlsx'), buildWorkbook(sheetXml([...header, ...cells]), { dateStyle })));
      }),
      { seed: 1403, numRuns: 150 },
    );
  });

  it('end as issues with known codes (damaged archives and parts)', async () => {
    const good = buildWorkbook(sheetXml([{ ref: 'A1', text: 'region' }, { ref: 'B1', text: 'indicator' }, { ref: 'C1', text: 'year' }, { ref: 'D1', text: 'value' }, { ref: 'A2', text: 'yubei' }, { ref: 'B2', text: 'rd_intensity' }, { ref: 'C2', number: 2021 }, { ref: 'D2', number: 4.5 }]));
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.nat({ max: good.length - 1 }), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 12 }), fc.string({ maxLength: 200 }), async (flips, xml) => {
        const damaged = Buffer.from(good);
        for (const [index, byte] of flips) damaged[index] = byte;
        await expectTypedIssues(files.write(nextName('xlsx'), damaged));
        await expectTypedIssues(files.write(nextName('xlsx'), buildZip([{ name: 'xl/worksheets/sheet1.xml', content: xml }])));
      }),
      { seed: 1404, numRuns: 150 },
    );
  });
});

const yamlPiece = fc.oneof(
  fc.constantFrom('id: ', 'label:', '  zh: ', '  en: ', 'extends: ', 'growth:', '  - indicators: ', '    percentagePoints: ', 'shocks:', 'ceilings:', 'description:', 'relation: ', 'indicators:', '  odd:', '    name: { zh: 怪, en: Odd }', '    unit: "%"', '    kind: ratio', '    relation: '),
  fc.constantFrom('&a ', '*a', '&b [*a, *a, *a]', '!!js/function "x"', '!!binary AAAA', '<<: *a', '{', '}', '[', ']', '"', "'", '---', '...', '%YAML 1.2', '? ', ': ', '- ', '\t', '\n', '  '),
  fc.constantFrom('max(1:1e9)', 'f(x)=f(x); f(1)', 'gdp / population', 'import({},{})', '1e999', 'baseline', 'rd_intensity', '2025', '-3', 'null', '~', 'yes'),
  fc.string({ maxLength: 5 }),
);

describe('fuzzed YAML', () => {
  it('scenario files: exit 0 or 2 with a coded message, never an internal error', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(yamlPiece, { maxLength: 40 }), async (pieces) => {
        const file = files.write(nextName('yaml'), pieces.join(''));
        const run = await runPlancast('scenarios', 'validate', file);
        expect([0, 2]).toContain(run.exitCode);
        expect(run.stderr).not.toContain('internal error');
        expect(run.stderr).not.toMatch(/^\s+at /m);
      }),
      { seed: 1405, numRuns: 120 },
    );
  });

  it('catalogue files: loaded, or refused with a PlancastError', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(yamlPiece, { maxLength: 40 }), fc.boolean(), async (pieces, asRelation) => {
        const text = asRelation ? `indicators:\n  fuzzed:\n    name: { zh: 模糊, en: Fuzzed }\n    unit: "%"\n    kind: ratio\n    relation: ${pieces.join('')}\n` : pieces.join('');
        try {
          await loadCatalogWith(files.write(nextName('yaml'), text));
        } catch (error) {
          expect(error).toBeInstanceOf(PlancastError);
          expect((error as PlancastError).code).toMatch(/^E_[A-Z_]+$/);
        }
      }),
      { seed: 1406, numRuns: 40 },
    );
  });
});

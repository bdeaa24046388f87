/**
 * Every bad input the foundation issue names is rejected with its own stable code, the line, the column,
 * the offending value and a remedy — and all problems of a file are reported at once.
 */
import iconv from 'iconv-lite';
import writeExcelFile from 'write-excel-file/node';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/io/load-catalog.js';
import { validateDataFile } from '../../src/io/load-dataset.js';
import { useTemporaryDirectory } from '../helpers/temporary-files.js';

const catalog = loadCatalog();
const files = useTemporaryDirectory();
const header = 'region,indicator,year,value,kind,unit\n';

async function issuesOf(name: string, content: string | Uint8Array) {
  return (await validateDataFile(files.write(name, content), catalog)).issues;
}

describe('validateDataFile accepts good data', () => {
  it('reads a tidy CSV with Chinese indicator names and user-defined regions', async () => {
    const result = await validateDataFile(files.write('good.csv', `${header}my-district,rd_intensity,2021,3.1,actual,%\nmy-district,研发投入强度,2022,3.3,actual,%\n`), catalog);
    expect(result.issues).toEqual([]);
    expect(result.records.map((record) => [record.region, record.indicator, record.year, record.value])).toEqual([
      ['my-district', 'rd_intensity', 2021, 3.1],
      ['my-district', 'rd_intensity', 2022, 3.3],
    ]);
  });

  it('reads the same file encoded as GB18030 and with a UTF-8 BOM', async () => {
    const content = `${header}渝北,rd_intensity,2021,4.5,actual,%\n`;
    for (const [name, bytes] of [['gbk.csv', iconv.encode(content, 'gbk')], ['bom.csv', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(content)])]] as const) {
      const result = await validateDataFile(files.write(name, bytes), catalog);
      expect(result.issues).toEqual([]);
      // 渝北 is Yubei's alias in regions.yaml: the row is Yubei's, not a new region's
      expect(result.records[0]).toMatchObject({ region: 'yubei', value: 4.5 });
    }
  });

  it('reads an .xlsx workbook, with row numbers as Excel shows them', async () => {
    const buffer = await writeExcelFile([
      ['region', 'indicator', 'year', 'value'],
      ['yubei', 'rd_intensity', 2021, 4.5],
      ['yubei', 'rd_intensity', 2022, 'n/a'],
    ]).toBuffer();
    const result = await validateDataFile(files.write('book.xlsx', buffer), catalog);
    expect(result.records).toHaveLength(1);
    expect(result.issues).toMatchObject([{ code: 'E_NON_NUMERIC_VALUE', line: 3, column: 'value', value: 'n/a' }]);
  });

  it('converts 万元 to 亿元 and a fraction to % with a warning note', async () => {
    const result = await validateDataFile(files.write('units.csv', `${header}yubei,rd_expenditure,2021,1234500,actual,万元\nyubei,rd_intensity,2021,0.045,actual,fraction\n`), catalog);
    expect(result.records.map((record) => record.value)).toEqual([123.45, 4.5]);
    expect(result.issues.map((issue) => [issue.code, issue.severity])).toEqual([['W_UNIT_CONVERTED', 'warning'], ['W_UNIT_CONVERTED', 'warning']]);
  });
});

describe('validateDataFile rejects bad data with a stable code', () => {
  const cases: [string, string, string | Uint8Array, Record<string, unknown>][] = [
    ['unknown indicator with a did-you-mean', 'E_UNKNOWN_INDICATOR', `${header}yubei,rd_intensty,2021,4.5,,\n`, { line: 2, column: 'indicator', value: 'rd_intensty', message: expect.stringContaining('did you mean rd_intensity') }],
    ['unit that cannot be converted', 'E_UNIT_MISMATCH', `${header}yubei,rd_expenditure,2021,4.5,,件\n`, { line: 2, column: 'unit', value: '件' }],
    ['non-numeric value', 'E_NON_NUMERIC_VALUE', `${header}yubei,rd_intensity,2021,about four,,\n`, { line: 2, column: 'value', value: 'about four' }],
    ['empty value', 'E_EMPTY_VALUE', `${header}yubei,rd_intensity,2021,,,\n`, { line: 2, column: 'value' }],
    ['negative count', 'E_NEGATIVE_COUNT', `${header}yubei,high_tech_enterprises,2021,-5,,\n`, { line: 2, value: '-5' }],
    ['share outside [0, 100]', 'E_SHARE_OUT_OF_RANGE', `${header}yubei,rd_intensity,2021,450,,%\n`, { line: 2, value: '450' }],
    ['duplicate region/indicator/year/kind', 'E_DUPLICATE_RECORD', `${header}yubei,rd_intensity,2021,4.5,,\nyubei,rd_intensity,2021,4.6,,\n`, { line: 3, message: expect.stringContaining('line 2') }],
    ['year outside 1990–2100', 'E_YEAR_OUT_OF_RANGE', `${header}yubei,rd_intensity,20210,4.5,,\n`, { line: 2, column: 'year', value: '20210' }],
    ['unclosed quote', 'E_UNCLOSED_QUOTE', `${header}yubei,"rd_intensity,2021,4.5,,\n`, {}],
    ['binary garbage', 'E_BINARY_FILE', new Uint8Array(300).map((_, index) => (index * 7) % 31), {}],
    ['missing columns', 'E_MISSING_COLUMN', 'region,indicator,value\nyubei,rd_intensity,4.5\n', { line: 1, message: expect.stringContaining('year') }],
    ['empty file', 'E_EMPTY_FILE', '', {}],
    ['only blank lines', 'E_EMPTY_FILE', '\n\n  \n', {}],
    ['an .xlsx renamed to .csv that is no workbook', 'E_BINARY_FILE', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0]), {}],
    ['unknown kind', 'E_INVALID_KIND', `${header}yubei,rd_intensity,2021,4.5,forecast,\n`, { column: 'kind', value: 'forecast' }],
    ['a row with more fields than the header', 'E_RAGGED_ROW', `${header}yubei,rd_intensity,2021,4,5,actual,%\n`, { line: 2 }],
  ];
  it.each(cases)('%s → %s', async (_, code, content, expected) => {
    const issues = await issuesOf(`bad-${code}.csv`, content);
    const issue = issues.find((candidate) => candidate.code === code);
    expect(issue, JSON.stringify(issues)).toBeDefined();
    expect(issue).toMatchObject({ severity: 'error', file: expect.stringContaining(`bad-${code}.csv`), ...expected });
    expect(issue!.remedy.length).toBeGreaterThan(10);
  });

  it('reports every problem of a file at once, in line order', async () => {
    const issues = await issuesOf('many.csv', `${header}yubei,rd_intensty,2021,4.5,,\nyubei,rd_intensity,1850,4.5,,\nyubei,high_tech_enterprises,2021,-1,,\nyubei,rd_intensity,2022,x,,\n`);
    expect(issues.map((issue) => [issue.line, issue.code])).toEqual([
      [2, 'E_UNKNOWN_INDICATOR'], [3, 'E_YEAR_OUT_OF_RANGE'], [4, 'E_NEGATIVE_COUNT'], [5, 'E_NON_NUMERIC_VALUE'],
    ]);
  });

  it('reports a missing file as an issue, not an exception', async () => {
    const result = await validateDataFile(files.path('no-such-file.csv'), catalog);
    expect(result.issues).toMatchObject([{ code: 'E_UNREADABLE_FILE', message: 'the file does not exist' }]);
  });
});

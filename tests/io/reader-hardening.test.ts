/**
 * Issue 14's reading failures, each reproduced and now refused or read right: endless and special files,
 * the size limit, the 5 KB workbook with cells at XFD5 and A1048576, zip bombs, password-protected
 * workbooks, encodings that used to be garbled silently, duplicate columns, the strict number grammar,
 * Excel dates in numeric columns, header-only files, and errors inside multi-line records.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import iconv from 'iconv-lite';
import writeExcelFile from 'write-excel-file/node';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/io/load-catalog.js';
import { validateDataFile } from '../../src/io/load-dataset.js';
import { readXlsxBytes } from '../../src/io/read-xlsx.js';
import { runPlancast } from '../helpers/run-plancast.js';
import { useTemporaryDirectory } from '../helpers/temporary-files.js';
import { buildWorkbook, buildZip, sheetXml } from '../helpers/xlsx-builder.js';

const catalog = loadCatalog();
const files = useTemporaryDirectory('plancast-reader-hardening-');
const header = 'region,indicator,year,value,kind,unit\n';

async function check(name: string, content: string | Uint8Array, options: Parameters<typeof validateDataFile>[2] = {}) {
  return validateDataFile(files.write(name, content), catalog, options);
}

describe('special and endless files are refused at once, with a code', () => {
  it('refuses a FIFO without opening it (opening one with no writer would block forever)', async () => {
    const fifo = files.path('pipe.csv');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const result = await validateDataFile(fifo, catalog);
    expect(result.issues).toMatchObject([{ code: 'E_NOT_REGULAR_FILE', message: expect.stringContaining('named pipe') }]);
  });

  it.each(['/dev/zero', '/dev/urandom'])('refuses %s (a device that never ends)', async (device) => {
    const result = await validateDataFile(device, catalog);
    expect(result.issues).toMatchObject([{ code: 'E_NOT_REGULAR_FILE', message: expect.stringContaining('character device') }]);
  });

  it('refuses a folder', async () => {
    const folder = files.path('a-folder.csv');
    mkdirSync(folder);
    expect((await validateDataFile(folder, catalog)).issues).toMatchObject([{ code: 'E_NOT_REGULAR_FILE', message: expect.stringContaining('folder') }]);
  });

  it('refuses a file above the input limit and says how to raise it', async () => {
    const big = `${header}${'yubei,rd_intensity,2021,4.5,actual,%\n'.repeat(40_000)}`;
    const result = await check('big.csv', big, { limits: { maxBytes: 1024 * 1024 } });
    expect(result.issues).toMatchObject([{ code: 'E_FILE_TOO_LARGE', message: expect.stringContaining('1.0 MB'), remedy: expect.stringContaining('--max-input-mb 2') }]);
  });

  it('the CLI refuses /dev/zero as --data and as a scenario or model file, with exit 2', async () => {
    const data = await runPlancast('data', 'validate', '/dev/zero');
    expect(data.exitCode).toBe(2);
    expect(data.stderr).toContain('E_NOT_REGULAR_FILE');
    const scenario = await runPlancast('scenarios', 'validate', '/dev/urandom');
    expect(scenario.exitCode).toBe(2);
    expect(scenario.stderr).toContain('E_NOT_REGULAR_FILE');
    const models = await runPlancast('fit', '--region', 'yubei', '--indicator', 'rd_intensity', '--models', '/dev/zero');
    expect(models.exitCode).toBe(2);
    expect(models.stderr).toContain('E_NOT_REGULAR_FILE');
  });

  it('--max-input-mb and PLANCAST_MAX_INPUT_MB set the limit', async () => {
    const path = files.write('two-mb.csv', `${header}${'yubei,rd_intensity,2021,4.5,actual,%\n'.repeat(60_000)}`);
    const refused = await runPlancast('data', 'validate', path, '--max-input-mb', '1');
    expect(refused.stderr).toContain('E_FILE_TOO_LARGE');
    const previous = process.env.PLANCAST_MAX_INPUT_MB;
    process.env.PLANCAST_MAX_INPUT_MB = '1';
    try {
      expect((await runPlancast('data', 'validate', path)).stderr).toContain('E_FILE_TOO_LARGE');
      expect((await runPlancast('data', 'validate', path, '--max-input-mb', '3')).stderr).not.toContain('E_FILE_TOO_LARGE');
    } finally {
      if (previous === undefined) delete process.env.PLANCAST_MAX_INPUT_MB;
      else process.env.PLANCAST_MAX_INPUT_MB = previous;
    }
  });
});

describe('workbooks are read sparsely and within limits', () => {
  it('reads the 5 KB workbook with cells at XFD5 and A1048576 without a dense array', async () => {
    const workbook = buildWorkbook(sheetXml([
      { ref: 'A1', text: 'region' }, { ref: 'B1', text: 'indicator' }, { ref: 'C1', text: 'year' }, { ref: 'D1', text: 'value' },
      { ref: 'XFD5', number: 1 }, { ref: 'A1048576', text: 'yubei' },
    ], 'A1:XFD1048576'));
    expect(workbook.length).toBeLessThan(5 * 1024);
    const read = await readXlsxBytes(workbook, 'sparse.xlsx');
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    // row 5 holds only the flag for data beyond the header (4 columns), not 16,384 cells
    expect(read.table.rows).toEqual([{ line: 5, cells: ['', '', '', '', '1'] }, { line: 1048576, cells: ['yubei'] }]);
    const validated = await check('sparse.xlsx', workbook);
    expect(validated.issues.map((issue) => [issue.code, issue.line])).toEqual(expect.arrayContaining([['E_RAGGED_ROW', 5]]));
  });

  it('stops a zip bomb at its cap with a plain message', async () => {
    const zeros = Buffer.alloc(70 * 1024 * 1024, 0x20);
    const inflating = buildZip([{ name: 'xl/worksheets/sheet1.xml', content: Buffer.concat([Buffer.from('<worksheet><sheetData>'), zeros]) }]);
    expect(inflating.length).toBeLessThan(200 * 1024);
    const result = await check('bomb.xlsx', inflating);
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]).toMatchObject({ code: 'E_SHEET_TOO_LARGE', message: expect.stringContaining('zip bomb') });
    expect(result.issues[0]!.message).not.toMatch(/ERR_|zlib|RangeError|Buffer|Cannot|undefined/);
  });

  it('calls a password-protected workbook password-protected, not legacy .xls', async () => {
    const header = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const encrypted = Buffer.concat([header, Buffer.alloc(500), Buffer.from('EncryptedInfo', 'utf16le'), Buffer.alloc(20), Buffer.from('EncryptedPackage', 'utf16le'), Buffer.alloc(500)]);
    const result = await check('secret.xlsx', encrypted);
    expect(result.issues).toMatchObject([{ code: 'E_UNSUPPORTED_FORMAT', message: expect.stringContaining('password-protected') }]);
    expect(result.issues[0]!.message).not.toMatch(/97–2003|\.xls\b/);
  });

  it('refuses an Excel date in the value or year column instead of storing a day count or its year', async () => {
    const buffer = await writeExcelFile([
      ['region', 'indicator', 'year', 'value'],
      ['yubei', 'rd_intensity', 2021, { value: new Date(Date.UTC(2021, 0, 5)), type: Date, format: 'yyyy-mm-dd' }],
      ['yubei', 'rd_intensity', { value: new Date(Date.UTC(2022, 0, 1)), type: Date, format: 'yyyy' }, 4.5],
      ['yubei', 'rd_intensity', 2023, 4.7],
    ]).toBuffer();
    const result = await check('dates.xlsx', buffer);
    expect(result.issues.map((issue) => [issue.code, issue.line, issue.column])).toEqual([['E_DATE_IN_NUMERIC_COLUMN', 2, 'value'], ['E_DATE_IN_NUMERIC_COLUMN', 3, 'year']]);
    expect(result.records.map((record) => [record.year, record.value])).toEqual([[2023, 4.7]]);
  });
});

describe('text encodings: read right or refused, never garbled', () => {
  it('refuses a Latin-1 file instead of reading zürich as z黵ich', async () => {
    const result = await check('latin1.csv', iconv.encode(`${header}zürich,rd_intensity,2021,4.5,actual,%\n`, 'latin1'));
    expect(result.records).toEqual([]);
    expect(result.issues).toMatchObject([{ code: 'E_TEXT_ENCODING', remedy: expect.stringContaining('UTF-8') }]);
  });

  it('refuses a UTF-8 BOM followed by GBK bytes', async () => {
    const result = await check('bom-gbk.csv', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), iconv.encode(`${header}渝北,rd_intensity,2021,4.5,actual,%\n`, 'gbk')]));
    expect(result.issues).toMatchObject([{ code: 'E_TEXT_ENCODING', message: expect.stringContaining('byte-order mark') }]);
  });

  it('refuses text holding replacement characters (U+FFFD) from an earlier lossy conversion', async () => {
    const result = await check('lossy.csv', `${header}渝\uFFFD,rd_intensity,2021,4.5,actual,%\n`);
    expect(result.issues).toMatchObject([{ code: 'E_TEXT_ENCODING', message: expect.stringContaining('U+FFFD') }]);
  });

  it.each(['utf-16le', 'utf-16be'])('reads %s without a BOM (it used to be called binary)', async (encoding) => {
    const result = await check(`no-bom-${encoding}.csv`, iconv.encode(`${header}渝北,rd_intensity,2021,4.5,actual,%\n`, encoding));
    expect(result.issues).toEqual([]);
    expect(result.records).toMatchObject([{ region: 'yubei', value: 4.5 }]);
    expect(result.readNote).toContain(encoding.toUpperCase());
  });

  it('reads a large UTF-8 file whose multi-byte characters straddle the read chunks, and a large GB18030 file', async () => {
    const line = (index: number) => `区${index},研发投入强度,${1990 + (index % 100)},${(index % 97) / 10},actual,%\n`;
    const text = `${header}${Array.from({ length: 90_000 }, (_, index) => line(index)).join('')}`;
    expect(Buffer.byteLength(text)).toBeGreaterThan(3 * 1024 * 1024);
    const utf8 = await check('large.csv', text, { keepRecords: false });
    expect(utf8.issues).toEqual([]);
    expect(utf8.recordCount).toBe(90_000);
    expect(utf8.records).toEqual([]);
    const gb = await check('large-gb.csv', iconv.encode(text, 'gb18030'), { keepRecords: false });
    expect(gb.issues).toEqual([]);
    expect(gb.recordCount).toBe(90_000);
  });
});

describe('columns, years and values follow one strict grammar', () => {
  it.each([
    ['two value columns', 'region,indicator,year,value,value\nyubei,rd_intensity,2021,4.5,9\n', 'value'],
    ['both region and 地区', 'region,地区,indicator,year,value\nyubei,渝北,rd_intensity,2021,4.5\n', 'region'],
  ])('refuses %s instead of using the first', async (_, content, column) => {
    const result = await check(`dup-${column}.csv`, content);
    expect(result.records).toEqual([]);
    expect(result.issues).toMatchObject([{ code: 'E_DUPLICATE_COLUMN', line: 1, column }]);
  });

  it.each(['0x7E4', '2.021e3', '0b11111100100', '+2021', '2021-01-01', 'MMXXI'])('refuses the year %s', async (year) => {
    const result = await check(`year-${year.replace(/\W/g, '')}.csv`, `${header}yubei,rd_intensity,${year},4.5,actual,%\n`);
    expect(result.records).toEqual([]);
    expect(result.issues).toMatchObject([{ code: 'E_INVALID_YEAR', value: year }]);
  });

  it('accepts 2021年 and full-width ２０２１ as years', async () => {
    const result = await check('years-ok.csv', `${header}yubei,rd_intensity,2021年,4.5,actual,%\nyubei,rd_intensity,２０２２,4.6,actual,%\n`);
    expect(result.issues).toEqual([]);
    expect(result.records.map((record) => record.year)).toEqual([2021, 2022]);
  });

  it('refuses a value tagged with another year than its row, and reads one tagged with its own', async () => {
    const result = await check('tags.csv', `${header}yubei,rd_intensity,2022,50.91(2019),actual,%\nyubei,rd_intensity,2023,4.1(2023),actual,%\n`);
    expect(result.issues).toMatchObject([{ code: 'E_YEAR_TAG_CONFLICT', line: 2, value: '50.91(2019)', message: expect.stringMatching(/2019.*2022/) }]);
    expect(result.records.map((record) => [record.year, record.value])).toEqual([[2023, 4.1]]);
  });

  it.each([['1e-400', 'small'], ['1e400', 'large'], ['-1e-320', 'small']])('refuses %s (it would be stored as 0 or infinity)', async (value, word) => {
    const result = await check(`range-${word}-${value.length}.csv`, `${header}yubei,tech_contract_turnover,2021,${value},actual,亿元\n`);
    expect(result.issues).toMatchObject([{ code: 'E_NUMBER_OUT_OF_RANGE', value, message: expect.stringContaining(word) }]);
  });

  it('reads a ;-separated file with the decimal comma: 1,234 is 1.234, never 1234', async () => {
    const result = await check('semicolon.csv', 'region;indicator;year;value;unit\nyubei;tech_contract_turnover;2021;1,234;亿元\nyubei;tech_contract_turnover;2022;1.234,5;亿元\nyubei;tech_contract_turnover;2023;12;亿元\nyubei;tech_contract_turnover;2024;1.234;亿元\n');
    expect(result.records.map((record) => [record.year, record.value])).toEqual([[2021, 1.234], [2022, 1234.5], [2023, 12]]);
    expect(result.issues).toMatchObject([{ code: 'E_NON_NUMERIC_VALUE', line: 5, value: '1.234', message: expect.stringContaining('ambiguous') }]);
    expect(result.readNote).toContain('decimal comma');
  });

  it('refuses a header-only file: no data rows', async () => {
    const result = await check('header-only.csv', header);
    expect(result.issues).toMatchObject([{ code: 'E_EMPTY_FILE', line: 1, message: expect.stringContaining('no data rows') }]);
  });

  it('reports a problem inside a multi-line quoted record at the line the record starts on', async () => {
    const result = await check('multiline.csv', `region,indicator,year,value,note\nyubei,rd_intensity,2021,4.5,ok\nyubei,rd_intensity,2022,oops,"a note\nover\nthree lines"\n`);
    expect(result.issues).toMatchObject([{ code: 'E_NON_NUMERIC_VALUE', line: 3 }]);
  });

  it('reports an unclosed quote at the line it opens on', async () => {
    const result = await check('unclosed.csv', `${header}yubei,rd_intensity,2021,4.5,actual,%\nyubei,"rd_intensity,2022,4.6,actual,%\nyubei,rd_intensity,2023,4.7,actual,%\n`);
    expect(result.issues).toMatchObject([{ code: 'E_UNCLOSED_QUOTE', line: 3 }]);
  });
});

describe('file arguments that mean nothing are usage errors (exit 2)', () => {
  it.each([
    [['feasibility', '--region', 'yubei', '--data', '']],
    [['data', 'show', '--region', 'yubei', '--data', ' ']],
    [['project', '--region', 'yubei', '--paths', '0x10']],
    [['project', '--region', 'yubei', '--paths', '1e3']],
    [['project', '--region', 'yubei', '--seed', '0x1']],
    [['compare', '--region', 'yubei', '--scenarios', ',']],
  ])('%j', async (argv) => {
    const run = await runPlancast(...argv);
    expect(run.exitCode).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/error: option/);
  });
});

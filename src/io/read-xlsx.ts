/**
 * Reads the first sheet of an .xlsx workbook into a TableSink (row numbers as Excel shows them),
 * sparsely: only cells that exist are stored, a row only as wide as the header (plus one cell to flag
 * data beyond it), so a tiny workbook with values in XFD5 and A1048576 costs two cells, not a dense
 * 1,048,576 × 16,384 array. Limits: each part inflates to at most MAX_PART_BYTES (zip bombs are stopped
 * with a plain message), at most MAX_CELLS cells. Date-formatted cells are marked, so a date in a numeric
 * column is refused instead of read as a day count or its year. A password-protected workbook (an
 * encrypted OLE container) and an old .xls under an .xlsx name are named as such.
 */
import { ISSUE_CODES, type ValidationIssue } from '../core/validation/validation-issue.js';
import { collectingSink, type TableReadOutcome, type TableSink, type TabularReadResult, type TabularRow } from '../core/validation/tabular-file.js';
import { isEncryptedOfficeFile } from './decode-text.js';
import { firstSheetPath, readDateStyles, readSharedStrings, serialToIsoDate, walkXml } from './xlsx-parts.js';
import { readZipDirectory, readZipEntry, ZipProblem, type ZipEntry } from './zip-archive.js';

export const MAX_CELLS = 20_000_000;
const MAX_PART_BYTES = 400 * 1024 * 1024;

const SAVE_AGAIN = 'open it in Excel or WPS and save it as .xlsx (Excel Workbook), or export the sheet as CSV UTF-8';

function issue(file: string, code: ValidationIssue['code'], message: string, remedy: string): ValidationIssue {
  return { code, severity: 'error', file, message, remedy };
}

/** Column letters to a 0-based index: A → 0, XFD → 16383. */
function columnIndex(letters: string): number {
  let index = 0;
  for (const letter of letters) index = index * 26 + (letter.charCodeAt(0) - 64);
  return index - 1;
}

interface CellContext {
  sharedStrings: readonly string[];
  dateStyles: readonly boolean[];
  date1904: boolean;
}

/** Streams the rows of a sheet's XML into `sink`; returns an issue when the sheet is too large. */
function readSheet(xml: string, file: string, context: CellContext, sink: TableSink): ValidationIssue | undefined {
  let headerWidth: number | undefined;
  let rowNumber = 0;
  let cells = new Map<number, string>();
  let dates: number[] = [];
  let cell: { column: number; type: string; style: number; value: string; inline: string; inValue: boolean; inInline: boolean } | undefined;
  let nextColumn = 0;
  let cellCount = 0;
  const finishRow = (): void => {
    const filled = [...cells].filter(([, text]) => text !== '');
    if (filled.length === 0) return;
    if (headerWidth === undefined) {
      headerWidth = Math.max(...filled.map(([column]) => column)) + 1;
      const header = Array.from({ length: headerWidth }, (_, column) => cells.get(column) ?? '');
      sink.header({ file, header, headerLine: rowNumber });
      return;
    }
    const width = headerWidth;
    const widest = Math.max(...filled.map(([column]) => column));
    const row: TabularRow = { line: rowNumber, cells: Array.from({ length: Math.min(widest, width) + 1 }, (_, column) => (column < width ? cells.get(column) ?? '' : '')) };
    if (widest >= width) row.cells[width] = filled.find(([column]) => column >= width)![1];
    const rowDates = dates.filter((column) => column < width);
    if (rowDates.length > 0) row.dateCells = rowDates;
    sink.row(row);
  };
  const cellText = (): { text: string; date: boolean } => {
    const { type, value, inline, style } = cell!;
    if (type === 's') return { text: (context.sharedStrings[Number(value)] ?? '').trim(), date: false };
    if (type === 'inlineStr') return { text: inline.trim(), date: false };
    if (type === 'str' || type === 'e') return { text: value.trim(), date: false };
    if (type === 'b') return { text: value === '1' ? 'TRUE' : value === '0' ? 'FALSE' : value, date: false };
    if (type === 'd') return { text: value.trim().slice(0, 10), date: true };
    const number = Number(value);
    if (value.trim() === '' || !Number.isFinite(number)) return { text: value.trim(), date: false };
    if (context.dateStyles[style] === true) return { text: serialToIsoDate(number, context.date1904), date: true };
    return { text: String(number), date: false };
  };
  let tooLarge = false;
  walkXml(xml, {
    open: (name, attributes) => {
      if (tooLarge) return;
      if (name === 'row') {
        const reference = Number(attributes().r);
        rowNumber = Number.isInteger(reference) && reference > 0 ? reference : rowNumber + 1;
        cells = new Map();
        dates = [];
        nextColumn = 0;
      } else if (name === 'c') {
        if (++cellCount > MAX_CELLS) {
          tooLarge = true;
          return;
        }
        const values = attributes();
        const letters = /^([A-Z]{1,3})\d*$/.exec(values.r ?? '')?.[1];
        const column = letters !== undefined ? columnIndex(letters) : nextColumn;
        nextColumn = column + 1;
        cell = { column, type: values.t ?? 'n', style: Number(values.s ?? 0), value: '', inline: '', inValue: false, inInline: false };
      } else if (cell !== undefined && name === 'v') cell.inValue = true;
      else if (cell !== undefined && name === 't') cell.inInline = true;
    },
    close: (name) => {
      if (tooLarge) return;
      if (name === 'row') finishRow();
      else if (name === 'c' && cell !== undefined) {
        const { text, date } = cellText();
        // Only cells within the header's width are kept, plus the first one beyond (a ragged row).
        if (headerWidth === undefined || cell.column < headerWidth || ![...cells.keys()].some((column) => column >= headerWidth!)) {
          if (text !== '') cells.set(cell.column, text);
          if (date && text !== '') dates.push(cell.column);
        }
        cell = undefined;
      } else if (name === 'v' && cell !== undefined) cell.inValue = false;
      else if (name === 't' && cell !== undefined) cell.inInline = false;
    },
    text: (text) => {
      if (cell === undefined) return;
      if (cell.inValue) cell.value += text;
      else if (cell.inInline) cell.inline += text;
    },
  });
  if (tooLarge) return issue(file, ISSUE_CODES.sheetTooLarge, `the first sheet has more than ${MAX_CELLS.toLocaleString('en-US')} cells`, 'split the data over several files, or export the sheet as CSV UTF-8');
  return headerWidth === undefined ? issue(file, ISSUE_CODES.emptyFile, 'the first sheet has no data', 'put a header row region,indicator,year,value on the first sheet') : undefined;
}

function partText(bytes: Buffer, entries: Map<string, ZipEntry>, name: string, maxBytes: number): string | undefined {
  const entry = entries.get(name);
  return entry === undefined ? undefined : new TextDecoder('utf-8').decode(readZipEntry(bytes, entry, maxBytes));
}

/** Reads workbook bytes into `sink`. */
export function readXlsxIntoSink(input: Uint8Array, file: string, sink: TableSink): TableReadOutcome {
  if (input.length === 0) return { ok: false, issues: [issue(file, ISSUE_CODES.emptyFile, 'the workbook file is empty', 'save the workbook again from Excel or WPS')] };
  const bytes = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  if (isEncryptedOfficeFile(bytes)) {
    return { ok: false, issues: [issue(file, ISSUE_CODES.unsupportedFormat, 'the workbook is password-protected (encrypted), so its cells cannot be read', 'open it in Excel or WPS, remove the password (File → Info → Protect Workbook → Encrypt with Password, clear it) and save it again as .xlsx')] };
  }
  if (bytes.length >= 4 && bytes.readUInt32BE(0) === 0xd0cf11e0) {
    return { ok: false, issues: [issue(file, ISSUE_CODES.unsupportedFormat, 'this is an old Excel 97–2003 workbook (.xls) with another name; .xls files are not read', 'save the workbook as .xlsx or export the sheet as CSV UTF-8')] };
  }
  const partLimit = Math.min(MAX_PART_BYTES, Math.max(64 * 1024 * 1024, bytes.length * 200));
  try {
    const entries = readZipDirectory(bytes);
    const located = firstSheetPath(partText(bytes, entries, 'xl/workbook.xml', partLimit), partText(bytes, entries, 'xl/_rels/workbook.xml.rels', partLimit));
    const sheetPath = located.path !== undefined && entries.has(located.path) ? located.path : [...entries.keys()].filter((name) => /^xl\/worksheets\/[^/]+\.xml$/.test(name)).sort()[0];
    if (sheetPath === undefined) return { ok: false, issues: [issue(file, ISSUE_CODES.unreadableFile, 'not a readable .xlsx workbook: it has no worksheet', SAVE_AGAIN)] };
    const context: CellContext = {
      sharedStrings: readSharedStrings(partText(bytes, entries, 'xl/sharedStrings.xml', partLimit), MAX_CELLS),
      dateStyles: readDateStyles(partText(bytes, entries, 'xl/styles.xml', partLimit)),
      date1904: located.date1904,
    };
    const problem = readSheet(partText(bytes, entries, sheetPath, partLimit)!, file, context, sink);
    return problem === undefined ? { ok: true, issues: [] } : { ok: false, issues: [problem] };
  } catch (error) {
    if (error instanceof ZipProblem) {
      if (error.kind === 'too-large') return { ok: false, issues: [issue(file, ISSUE_CODES.sheetTooLarge, `the workbook cannot be read: ${error.message}`, 'export the sheet as CSV UTF-8, or split the data over several files')] };
      if (error.kind === 'encrypted') return { ok: false, issues: [issue(file, ISSUE_CODES.unsupportedFormat, 'the workbook is password-protected (encrypted)', 'remove the password in Excel or WPS and save it again as .xlsx')] };
      return { ok: false, issues: [issue(file, ISSUE_CODES.unreadableFile, `not a readable .xlsx workbook: ${error.message}`, SAVE_AGAIN)] };
    }
    if (error instanceof RangeError) return { ok: false, issues: [issue(file, ISSUE_CODES.sheetTooLarge, 'the workbook holds more strings than plancast reads', 'export the sheet as CSV UTF-8, or split the data over several files')] };
    return { ok: false, issues: [issue(file, ISSUE_CODES.unreadableFile, 'not a readable .xlsx workbook: its XML is damaged', SAVE_AGAIN)] };
  }
}

/** Reads workbook bytes into a whole table (small files, tests). */
export async function readXlsxBytes(bytes: Uint8Array, file: string): Promise<TabularReadResult> {
  const sink = collectingSink();
  const outcome = readXlsxIntoSink(bytes, file, sink);
  const table = sink.table();
  return outcome.ok && table !== undefined ? { ok: true, table, issues: outcome.issues } : { ok: false, issues: outcome.issues };
}

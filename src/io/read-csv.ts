/**
 * Reads a CSV file (RFC 4180; comma, semicolon or tab separated) as a stream: bytes are decoded chunk by
 * chunk (decode-text.ts decides the encoding and never garbles), parsed record by record
 * (csv-records.ts) and handed to a TableSink, so memory holds one chunk and one record, not the file.
 * A file that is not UTF-8 is tried once more as GB18030 when it plausibly is; the sink then starts over.
 * A `;`-separated file is marked as using the decimal comma.
 */
import { readSync } from 'node:fs';
import { ISSUE_CODES, type ValidationIssue } from '../core/validation/validation-issue.js';
import { collectingSink, type TableReadOutcome, type TableSink, type TabularReadResult } from '../core/validation/tabular-file.js';
import { CsvRecordParser } from './csv-records.js';
import { encodingFailure, Gb18030Plausibility, replacementFailure, SAVE_AS_UTF8, sniffEncoding, type TextEncodingName } from './decode-text.js';

const CHUNK_BYTES = 1024 * 1024;

/** Reads `length` bytes at `position` into `buffer`, returning how many were read (0 at the end). */
export type ByteSource = (buffer: Uint8Array, position: number) => number;

function guessDelimiter(firstLine: string): string {
  const counts = [',', ';', '\t'].map((delimiter) => ({ delimiter, count: firstLine.split(delimiter).length - 1 }));
  counts.sort((a, b) => b.count - a.count);
  return counts[0]!.count > 0 ? counts[0]!.delimiter : ',';
}

function issue(file: string, code: ValidationIssue['code'], message: string, remedy: string, line?: number): ValidationIssue {
  return { code, severity: 'error', file, ...(line !== undefined ? { line } : {}), message, remedy };
}

type Attempt = { done: true; outcome: TableReadOutcome } | { done: false; failedAtLine: number };

/** One pass over the bytes in one encoding; `done: false` when the bytes are not that encoding. */
function readInEncoding(source: ByteSource, size: number, file: string, sink: TableSink, encoding: TextEncodingName, start: number): Attempt {
  const decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
  let parser: CsvRecordParser | undefined;
  let pending = '';
  let headerSeen = false;
  let delimiter = ',';
  const onRecord = (record: { cells: string[]; line: number }): void => {
    if (!record.cells.some((cell) => cell !== '')) return;
    if (!headerSeen) {
      headerSeen = true;
      const notes = [encoding === 'utf-8' ? undefined : `decoded as ${encoding.toUpperCase()}`, delimiter === ';' ? 'numbers read with the decimal comma (;-separated)' : undefined].filter(Boolean);
      sink.header({ file, header: record.cells, headerLine: record.line, ...(notes.length > 0 ? { readNote: notes.join('; ') } : {}), ...(delimiter === ';' ? { decimalComma: true } : {}) });
    } else {
      sink.row({ line: record.line, cells: record.cells });
    }
  };
  const feed = (text: string): boolean => {
    if (parser === undefined) {
      pending += text;
      const firstLine = /^[ \t]*\S[^\r\n]*(?=\r|\n)/m.exec(pending);
      if (firstLine === null && text !== '' && pending.length < 1_000_000) return true; // not a whole first line yet
      delimiter = guessDelimiter(firstLine?.[0] ?? pending);
      parser = new CsvRecordParser(delimiter, onRecord);
      text = pending;
      pending = '';
    }
    return parser.push(text);
  };
  const buffer = new Uint8Array(Math.max(1, Math.min(CHUNK_BYTES, size)));
  let position = start;
  for (;;) {
    const read = source(buffer, position);
    let text: string;
    try {
      text = decoder.decode(buffer.subarray(0, read), { stream: read > 0 });
    } catch {
      sink.restart();
      return { done: false, failedAtLine: parser?.currentLine ?? 1 };
    }
    if (text.includes('\uFFFD')) {
      return { done: true, outcome: { ok: false, issues: [issue(file, ISSUE_CODES.textEncoding, `cannot be read as text without garbling: ${replacementFailure()}`, SAVE_AS_UTF8, parser?.currentLine)] } };
    }
    if (!feed(text) && parser?.problem !== undefined) break;
    if (read === 0) {
      if (parser === undefined) feed('');
      parser!.end();
      break;
    }
    position += read;
  }
  const problem = parser?.problem;
  if (problem !== undefined) {
    const unclosed = problem.kind !== 'text-after-quote';
    return {
      done: true,
      outcome: {
        ok: headerSeen,
        issues: [issue(file, unclosed ? ISSUE_CODES.unclosedQuote : ISSUE_CODES.malformedCsv, problem.message, unclosed ? 'close the quote, or double a quote inside a quoted field ("")' : 'put the whole field in quotes, and double any quote inside it ("")', problem.line)],
      },
    };
  }
  if (!headerSeen) {
    return { done: true, outcome: { ok: false, issues: [issue(file, ISSUE_CODES.emptyFile, 'the file has no data (only blank lines)', 'add a header line region,indicator,year,value and one line per value')] } };
  }
  return { done: true, outcome: { ok: true, issues: [] } };
}

/** Reads CSV bytes from `source` (`size` bytes in all) into `sink`. */
export function readCsvSource(source: ByteSource, size: number, file: string, sink: TableSink): TableReadOutcome {
  if (size === 0) {
    return { ok: false, issues: [issue(file, ISSUE_CODES.emptyFile, 'the file is empty', 'export the data again; the first line must be a header such as region,indicator,year,value')] };
  }
  const sample = new Uint8Array(Math.min(size, 64 * 1024));
  const sampled = source(sample, 0);
  const sniffed = sniffEncoding(sample.subarray(0, sampled));
  if (!sniffed.ok) {
    return sniffed.reason === 'binary'
      ? { ok: false, issues: [issue(file, ISSUE_CODES.binaryFile, `not a text CSV file: ${sniffed.detail}`, 'save the sheet as "CSV UTF-8 (comma delimited)", or pass the .xlsx file itself')] }
      : { ok: false, issues: [issue(file, ISSUE_CODES.textEncoding, sniffed.detail, SAVE_AS_UTF8)] };
  }
  const first = readInEncoding(source, size, file, sink, sniffed.encoding, sniffed.bomLength);
  if (first.done) return first.outcome;
  if (!sniffed.certain) {
    // Not UTF-8: GB18030 only when the bytes look like Chinese text, else it would garble (z黵ich).
    const plausibility = new Gb18030Plausibility();
    const buffer = new Uint8Array(Math.min(CHUNK_BYTES, size));
    for (let position = 0, read = source(buffer, 0); read > 0; position += read, read = source(buffer, position)) plausibility.push(buffer.subarray(0, read));
    if (plausibility.plausible()) {
      sink.restart();
      const second = readInEncoding(source, size, file, sink, 'gb18030', 0);
      if (second.done) return second.outcome;
    }
  }
  return { ok: false, issues: [issue(file, ISSUE_CODES.textEncoding, `cannot be read as text without garbling (from line ${first.failedAtLine} on): ${encodingFailure(sniffed)}`, SAVE_AS_UTF8, first.failedAtLine)] };
}

/** Reads an open file descriptor as CSV (streaming). */
export function readCsvDescriptor(descriptor: number, size: number, file: string, sink: TableSink): TableReadOutcome {
  return readCsvSource((buffer, position) => readSync(descriptor, buffer, 0, buffer.length, position), size, file, sink);
}

/** Reads CSV bytes held in memory into a whole table (small files, tests). */
export function readCsvBytes(bytes: Uint8Array, file: string): TabularReadResult {
  const sink = collectingSink();
  const outcome = readCsvSource((buffer, position) => {
    const part = bytes.subarray(position, position + buffer.length);
    buffer.set(part);
    return part.length;
  }, bytes.length, file, sink);
  const table = sink.table();
  return outcome.ok && table !== undefined ? { ok: true, table, issues: outcome.issues } : { ok: false, issues: outcome.issues };
}

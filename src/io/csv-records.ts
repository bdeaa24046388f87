/**
 * An incremental CSV parser (RFC 4180, any one-character delimiter): text goes in chunk by chunk, records
 * come out one by one with the line each *starts* on, so memory holds one record at a time and a problem
 * inside a multi-line quoted record is reported where the record begins. Lenient where Excel is (a quote
 * inside an unquoted field is kept as text; CR, LF and CRLF all end a line; spaces around fields are
 * trimmed), strict where guessing would misread: text after a closing quote, a quote never closed, or a
 * record longer than MAX_RECORD_CHARACTERS (an unclosed quote swallowing the file) is an error.
 */
export interface CsvRecord {
  cells: string[];
  /** 1-based line the record starts on */
  line: number;
}

export interface CsvProblem {
  kind: 'unclosed-quote' | 'text-after-quote' | 'record-too-long';
  line: number;
  message: string;
}

export const MAX_RECORD_CHARACTERS = 1_000_000;

const QUOTE = 34;
const CR = 13;
const LF = 10;

type State = 'field-start' | 'unquoted' | 'quoted' | 'quote-in-quoted' | 'after-quoted';

export class CsvRecordParser {
  private state: State = 'field-start';
  private field = '';
  private cells: string[] = [];
  private line = 1;
  private recordLine = 1;
  private lastWasCr = false;
  private failed: CsvProblem | undefined;
  private readonly delimiter: number;

  constructor(delimiter: string, private readonly onRecord: (record: CsvRecord) => void) {
    this.delimiter = delimiter.charCodeAt(0);
  }

  /** the line the parser has reached */
  get currentLine(): number {
    return this.line;
  }

  get problem(): CsvProblem | undefined {
    return this.failed;
  }

  private isBlank(code: number): boolean {
    return (code === 32 || code === 9) && code !== this.delimiter;
  }

  private endField(): void {
    this.cells.push(this.state === 'unquoted' ? this.field.trimEnd() : this.field);
    this.field = '';
    this.state = 'field-start';
  }

  private endRecord(): void {
    this.endField();
    const cells = this.cells;
    this.cells = [];
    this.onRecord({ cells, line: this.recordLine });
  }

  private fail(kind: CsvProblem['kind'], message: string): void {
    this.failed = { kind, line: this.recordLine, message };
  }

  /** Feeds text; returns false once the parser has stopped on a problem. */
  push(text: string): boolean {
    if (this.failed) return false;
    const { delimiter } = this;
    let start = 0; // start of the run of plain characters not yet added to `field`
    for (let index = 0; index < text.length; index++) {
      const code = text.charCodeAt(index);
      if (code === LF && this.lastWasCr) {
        // the LF of a CRLF: the CR already counted the line (and ended the record, unless quoted)
        this.lastWasCr = false;
        if (this.state !== 'quoted') start = index + 1;
        continue;
      }
      this.lastWasCr = false;
      const newline = code === LF || code === CR;
      switch (this.state) {
        case 'field-start':
          if (this.cells.length === 0 && this.field === '') this.recordLine = this.line;
          if (code === QUOTE) {
            this.state = 'quoted';
            start = index + 1;
          } else if (code === delimiter) {
            this.cells.push('');
            start = index + 1;
          } else if (newline) {
            this.endRecord();
            start = index + 1;
          } else if (this.isBlank(code)) {
            start = index + 1;
          } else {
            this.state = 'unquoted';
            start = index;
          }
          break;
        case 'unquoted': {
          // fast path: run to the end of the field
          let end = index;
          let next = code;
          while (next !== delimiter && next !== LF && next !== CR) {
            end++;
            if (end >= text.length) break;
            next = text.charCodeAt(end);
          }
          if (end >= text.length) {
            index = text.length - 1; // the rest of the chunk belongs to this field
            break;
          }
          index = end;
          this.field += text.slice(start, index);
          if (next === delimiter) {
            this.endField();
          } else {
            this.endRecord();
            this.line++;
            this.lastWasCr = next === CR;
          }
          start = index + 1;
          continue;
        }
        case 'quoted': {
          // fast path: run to the next quote, counting line breaks inside the field
          let end = index;
          let next = code;
          let lastWasCr = false;
          while (next !== QUOTE) {
            if (next === LF) {
              if (!lastWasCr) this.line++;
              lastWasCr = false;
            } else if (next === CR) {
              this.line++;
              lastWasCr = true;
            } else lastWasCr = false;
            end++;
            if (end >= text.length) break;
            next = text.charCodeAt(end);
          }
          this.lastWasCr = lastWasCr;
          index = end >= text.length ? text.length - 1 : end;
          if (end < text.length) {
            this.field += text.slice(start, index);
            this.state = 'quote-in-quoted';
            start = index + 1;
          }
          continue;
        }
        case 'quote-in-quoted':
          if (code === QUOTE) {
            this.field += '"';
            this.state = 'quoted';
            start = index + 1;
          } else if (code === delimiter) {
            this.state = 'after-quoted';
            this.endField();
            start = index + 1;
          } else if (newline) {
            this.state = 'after-quoted';
            this.endRecord();
            start = index + 1;
          } else if (this.isBlank(code)) {
            this.state = 'after-quoted';
            start = index + 1;
          } else {
            this.fail('text-after-quote', 'a quoted field is followed by more text before the next separator');
            return false;
          }
          break;
        case 'after-quoted':
          if (code === delimiter) {
            this.endField();
            start = index + 1;
          } else if (newline) {
            this.endRecord();
            start = index + 1;
          } else if (this.isBlank(code)) {
            start = index + 1;
          } else {
            this.fail('text-after-quote', 'a quoted field is followed by more text before the next separator');
            return false;
          }
          break;
      }
      if (newline) {
        this.line++;
        this.lastWasCr = code === CR;
      }
    }
    if (this.state === 'unquoted' || this.state === 'quoted') this.field += text.slice(start);
    if (this.state === 'quoted' && this.field.length > MAX_RECORD_CHARACTERS) {
      this.fail('record-too-long', `a quoted field runs on for more than ${MAX_RECORD_CHARACTERS.toLocaleString('en-US')} characters (a quote opened and never closed?)`);
      return false;
    }
    return true;
  }

  /** Ends the input: the last record (without a final line break) is emitted, an open quote is a problem. */
  end(): void {
    if (this.failed) return;
    if (this.state === 'quoted') {
      this.fail('unclosed-quote', 'a quoted field is opened with " but never closed, so the rest of the file cannot be read');
      return;
    }
    if (this.state !== 'field-start' || this.cells.length > 0) this.endRecord();
  }
}

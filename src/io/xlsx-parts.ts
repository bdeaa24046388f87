/**
 * The small parts of an .xlsx workbook around its first sheet: which part is the first sheet
 * (xl/workbook.xml and its relationships), the shared strings, which cell styles are dates
 * (xl/styles.xml: built-in date formats and custom formats with date letters), and the 1904 date system.
 * XML is read with saxen (no DTD or external entities are ever expanded).
 */
import { Parser } from 'saxen';

/** Element name without its namespace prefix (`x:row` → `row`). */
export function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

type Attributes = Record<string, string>;

/** Runs saxen over `xml`, calling back with local names and decoded attributes; throws on malformed XML. */
export function walkXml(
  xml: string,
  handlers: { open?: (name: string, attributes: () => Attributes, selfClosing: boolean) => void; close?: (name: string) => void; text?: (text: string) => void },
): void {
  const parser = new Parser();
  let failure: Error | undefined;
  parser.on('openTag', (name: string, getAttributes: () => Attributes | false, decode: (text: string) => string, selfClosing: boolean) => {
    const attributes = (): Attributes => {
      const raw = getAttributes() || {};
      const decoded: Attributes = {};
      for (const [key, value] of Object.entries(raw)) decoded[localName(key)] = decode(String(value));
      return decoded;
    };
    handlers.open?.(localName(name), attributes, selfClosing);
    if (selfClosing) handlers.close?.(localName(name));
  });
  parser.on('closeTag', (name: string, _decode: unknown, selfClosing: boolean) => {
    if (!selfClosing) handlers.close?.(localName(name));
  });
  if (handlers.text) {
    parser.on('text', (text: string, decode: (text: string) => string) => handlers.text!(decode(text)));
    parser.on('cdata', (text: string) => handlers.text!(text));
  }
  parser.on('error', (error: Error) => {
    failure ??= error;
  });
  parser.parse(xml);
  if (failure) throw failure;
}

/** The path of the first sheet's part, from workbook.xml and its relationships. */
export function firstSheetPath(workbookXml: string | undefined, relationshipsXml: string | undefined): { path: string | undefined; date1904: boolean } {
  let firstId: string | undefined;
  let date1904 = false;
  if (workbookXml !== undefined) {
    walkXml(workbookXml, {
      open: (name, attributes) => {
        if (name === 'sheet' && firstId === undefined) firstId = attributes().id;
        if (name === 'workbookPr') date1904 = /^(1|true)$/.test(attributes().date1904 ?? '');
      },
    });
  }
  let target: string | undefined;
  if (firstId !== undefined && relationshipsXml !== undefined) {
    walkXml(relationshipsXml, {
      open: (name, attributes) => {
        if (name !== 'Relationship') return;
        const values = attributes();
        if (values.Id === firstId) target = values.Target;
      },
    });
  }
  if (target === undefined) return { path: undefined, date1904 };
  const path = target.startsWith('/') ? target.slice(1) : `xl/${target}`;
  return { path: path.split('/').reduce<string[]>((parts, part) => (part === '..' ? parts.slice(0, -1) : part === '.' ? parts : [...parts, part]), []).join('/'), date1904 };
}

/** The shared strings (rich text runs joined; phonetic runs left out). */
export function readSharedStrings(xml: string | undefined, maxStrings: number): string[] {
  const strings: string[] = [];
  if (xml === undefined) return strings;
  let current: string | undefined;
  let inText = false;
  let phonetic = 0;
  walkXml(xml, {
    open: (name) => {
      if (name === 'si') current = '';
      else if (name === 't') inText = true;
      else if (name === 'rPh') phonetic++;
    },
    close: (name) => {
      if (name === 'si') {
        if (strings.length >= maxStrings) throw new RangeError('too many shared strings');
        strings.push(current ?? '');
        current = undefined;
      } else if (name === 't') inText = false;
      else if (name === 'rPh') phonetic--;
    },
    text: (text) => {
      if (inText && phonetic === 0 && current !== undefined) current += text;
    },
  });
  return strings;
}

/** Built-in number formats that show dates or times (ECMA-376 18.8.30, with the CJK locale dates). */
function isBuiltInDateFormat(id: number): boolean {
  return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58);
}

/** A custom format code shows a date when, outside quotes, escapes and [colour]/[$locale] brackets, it has y, m, d, h or s. */
export function isDateFormatCode(code: string): boolean {
  const stripped = code
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[(?!h+\]|m+\]|s+\])[^\]]*\]/gi, '')
    .replace(/_.|\*./g, '');
  return /[ymdhs]/i.test(stripped) && !/^general$/i.test(stripped.trim());
}

/** For each cell style index (the `s` of a cell): whether it shows a date. */
export function readDateStyles(xml: string | undefined): boolean[] {
  if (xml === undefined) return [];
  const customDate = new Map<number, boolean>();
  const styles: boolean[] = [];
  let inCellXfs = false;
  walkXml(xml, {
    open: (name, attributes) => {
      if (name === 'numFmt') {
        const values = attributes();
        customDate.set(Number(values.numFmtId), isDateFormatCode(values.formatCode ?? ''));
      } else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) {
        const id = Number(attributes().numFmtId ?? 0);
        styles.push(customDate.get(id) ?? isBuiltInDateFormat(id));
      }
    },
    close: (name) => {
      if (name === 'cellXfs') inCellXfs = false;
    },
  });
  return styles;
}

/** An Excel date serial as an ISO date (1900 system: day 1 is 1900-01-01, with Excel's 1900 leap day). */
export function serialToIsoDate(serial: number, date1904: boolean): string {
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
  const date = new Date(epoch + Math.floor(serial) * 86_400_000);
  return Number.isNaN(date.getTime()) ? String(serial) : date.toISOString().slice(0, 10);
}

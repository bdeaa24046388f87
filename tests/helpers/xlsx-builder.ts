/**
 * Builds .xlsx files byte by byte for reader tests: a minimal workbook (one sheet of given cells) in a
 * hand-made ZIP, so a test can make what Excel never would — cells at XFD5 and A1048576 in 5 KB, a part
 * that inflates to more than the reader's cap — without trusting the reader's own code.
 */
import { crc32, deflateRawSync } from 'node:zlib';

export interface ZipPart {
  name: string;
  content: string | Buffer;
  /** store uncompressed (default: deflate) */
  stored?: boolean;
}

export function buildZip(parts: readonly ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const data = Buffer.isBuffer(part.content) ? part.content : Buffer.from(part.content, 'utf8');
    const compressed = part.stored ? data : deflateRawSync(data);
    const name = Buffer.from(part.name, 'utf8');
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(part.stored ? 0 : 8, 8);
    header.writeUInt32LE(crc32(data), 14);
    header.writeUInt32LE(compressed.length, 18);
    header.writeUInt32LE(data.length, 22);
    header.writeUInt16LE(name.length, 26);
    locals.push(header, name, compressed);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(part.stored ? 0 : 8, 10);
    entry.writeUInt32LE(crc32(data), 16);
    entry.writeUInt32LE(compressed.length, 20);
    entry.writeUInt32LE(data.length, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(offset, 42);
    central.push(entry, name);
    offset += header.length + name.length + compressed.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** A cell: inline text, or a number with an optional style index. */
export type Cell = { ref: string; text: string } | { ref: string; number: number; style?: number };

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

export function sheetXml(cells: readonly Cell[], dimension?: string): string {
  const rows = new Map<number, Cell[]>();
  for (const cell of cells) {
    const row = Number(/\d+$/.exec(cell.ref)?.[0] ?? 2);
    rows.set(row, [...(rows.get(row) ?? []), cell]);
  }
  const body = [...rows].sort((a, b) => a[0] - b[0]).map(([row, rowCells]) => `<row r="${row}">${rowCells.map((cell) => ('text' in cell
    ? `<c r="${cell.ref}" t="inlineStr"><is><t>${escape(cell.text)}</t></is></c>`
    : `<c r="${cell.ref}"${cell.style !== undefined ? ` s="${cell.style}"` : ''}><v>${cell.number}</v></c>`)).join('')}</row>`).join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${dimension ? `<dimension ref="${dimension}"/>` : ''}<sheetData>${body}</sheetData></worksheet>`;
}

/** A workbook whose first sheet is `sheet` (style 1 is a date format when `dateStyle`). */
export function buildWorkbook(sheet: string, options: { dateStyle?: boolean; extraParts?: ZipPart[] } = {}): Buffer {
  const styles = `<?xml version="1.0"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="${options.dateStyle ? 164 : 4}"/></cellXfs></styleSheet>`;
  return buildZip([
    { name: '[Content_Types].xml', content: '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>' },
    { name: 'xl/workbook.xml', content: '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="数据" sheetId="1" r:id="rId1"/></sheets></workbook>' },
    { name: 'xl/_rels/workbook.xml.rels', content: '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="worksheet" Target="worksheets/sheet1.xml"/></Relationships>' },
    { name: 'xl/styles.xml', content: styles },
    { name: 'xl/worksheets/sheet1.xml', content: sheet },
    ...(options.extraParts ?? []),
  ]);
}

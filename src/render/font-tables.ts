/**
 * Reads the two things chart rendering needs from OpenType font files, without a font library: which face
 * of a collection (.ttc) carries a family name ("Noto Sans CJK SC" is the third of ten faces in each Noto
 * CJK collection), and which characters a face maps (its `cmap`, formats 4 and 12). Big-endian table
 * layouts as in the OpenType specification (https://learn.microsoft.com/typography/opentype/spec/).
 */

const tag = (view: DataView, offset: number): string => String.fromCharCode(view.getUint8(offset), view.getUint8(offset + 1), view.getUint8(offset + 2), view.getUint8(offset + 3));

function viewOf(data: Uint8Array): DataView {
  return new DataView(data.buffer, data.byteOffset, data.byteLength);
}

/** Offsets of the faces' table directories: one for a plain font, several for a collection. */
export function faceOffsets(data: Uint8Array): number[] {
  const view = viewOf(data);
  if (data.byteLength < 12) return [];
  if (tag(view, 0) !== 'ttcf') return [0];
  const count = view.getUint32(8);
  return Array.from({ length: count }, (_, index) => view.getUint32(12 + 4 * index));
}

/** The offset and length of a table of the face whose directory starts at `faceOffset`. */
function findTable(view: DataView, faceOffset: number, name: string): { offset: number; length: number } | undefined {
  const tableCount = view.getUint16(faceOffset + 4);
  for (let index = 0; index < tableCount; index++) {
    const record = faceOffset + 12 + 16 * index;
    if (tag(view, record) === name) return { offset: view.getUint32(record + 8), length: view.getUint32(record + 12) };
  }
  return undefined;
}

/** The family names (name IDs 1 and 16, Windows Unicode records) of one face. */
export function familyNames(data: Uint8Array, faceOffset: number): string[] {
  const view = viewOf(data);
  const table = findTable(view, faceOffset, 'name');
  if (table === undefined) return [];
  const count = view.getUint16(table.offset + 2);
  const strings = table.offset + view.getUint16(table.offset + 4);
  const names = new Set<string>();
  for (let index = 0; index < count; index++) {
    const record = table.offset + 6 + 12 * index;
    const platform = view.getUint16(record);
    const nameId = view.getUint16(record + 6);
    if (platform !== 3 || (nameId !== 1 && nameId !== 16)) continue;
    const length = view.getUint16(record + 8);
    const start = strings + view.getUint16(record + 10);
    let text = '';
    for (let offset = 0; offset + 1 < length; offset += 2) text += String.fromCharCode(view.getUint16(start + offset));
    names.add(text);
  }
  return [...names];
}

/** The index of the face carrying `family`, or undefined. */
export function faceIndexOfFamily(data: Uint8Array, family: string): number | undefined {
  const index = faceOffsets(data).findIndex((offset) => familyNames(data, offset).includes(family));
  return index >= 0 ? index : undefined;
}

/** Every code point a single font's Unicode cmap (format 4 or 12) maps to a glyph other than .notdef. */
export function mappedCodePoints(data: Uint8Array): Set<number> {
  const view = viewOf(data);
  const mapped = new Set<number>();
  const table = findTable(view, faceOffsets(data)[0] ?? 0, 'cmap');
  if (table === undefined) return mapped;
  const count = view.getUint16(table.offset + 2);
  for (let index = 0; index < count; index++) {
    const record = table.offset + 4 + 8 * index;
    const platform = view.getUint16(record);
    const encoding = view.getUint16(record + 2);
    if (!((platform === 3 && (encoding === 1 || encoding === 10)) || platform === 0)) continue;
    const subtable = table.offset + view.getUint32(record + 4);
    const format = view.getUint16(subtable);
    if (format === 12) {
      const groups = view.getUint32(subtable + 12);
      for (let group = 0; group < groups; group++) {
        const at = subtable + 16 + 12 * group;
        const first = view.getUint32(at);
        const last = view.getUint32(at + 4);
        const glyph = view.getUint32(at + 8);
        for (let code = first; code <= last; code++) if (glyph + (code - first) !== 0) mapped.add(code);
      }
    } else if (format === 4) {
      const segments = view.getUint16(subtable + 6) / 2;
      const ends = subtable + 14;
      const starts = ends + 2 * segments + 2;
      const deltas = starts + 2 * segments;
      const rangeOffsets = deltas + 2 * segments;
      for (let segment = 0; segment < segments; segment++) {
        const end = view.getUint16(ends + 2 * segment);
        const start = view.getUint16(starts + 2 * segment);
        const delta = view.getUint16(deltas + 2 * segment);
        const rangeOffset = view.getUint16(rangeOffsets + 2 * segment);
        for (let code = start; code <= end && code !== 0xffff; code++) {
          let glyph: number;
          if (rangeOffset === 0) glyph = (code + delta) & 0xffff;
          else {
            const raw = view.getUint16(rangeOffsets + 2 * segment + rangeOffset + 2 * (code - start));
            glyph = raw === 0 ? 0 : (raw + delta) & 0xffff;
          }
          if (glyph !== 0) mapped.add(code);
        }
      }
    }
  }
  return mapped;
}

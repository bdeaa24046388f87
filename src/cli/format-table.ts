/**
 * Plain-text tables for the terminal, aligned by display width so Chinese (double-width) text lines up.
 */
import stringWidth from 'string-width';

export type Alignment = 'left' | 'right';

/**
 * Characters of the tables' Chinese text that string-width measures as one column each, one character
 * per cell and no emoji: the wide ones are CJK ideographs, the CJK commas and brackets and the fullwidth
 * forms (two columns); the rest here are the dashes, quotes and signs the names and notes use, which
 * Unicode leaves ambiguous and string-width counts as narrow (one column). tests/cli/format-table.test.ts
 * checks every one against string-width.
 */
const WIDE_RANGES = '\\u4e00-\\u9fff\\u3001-\\u3003\\u3008-\\u3011\\uff01-\\uff60';
const NARROW_SIGNS = '\\u00b1\\u00b7\\u00d7\\u03a3\\u2013\\u2014\\u2018\\u2019\\u201c\\u201d\\u2026\\u2212\\u2248\\u2264\\u2265\\u2500';
const WIDE = new RegExp(`[${WIDE_RANGES}]`, 'g');
const SIMPLE = new RegExp(`^[\\x20-\\x7e${WIDE_RANGES}${NARROW_SIGNS}]*$`);

/**
 * Columns a text takes: counted directly when every character is plain ASCII or one of the characters
 * above (every cell of the bundled data), else string-width's measure (its grapheme segmenter, which
 * costs tens of milliseconds to create, is then made on first use: scripts/bundle.mjs).
 */
export function displayWidth(text: string): number {
  if (!SIMPLE.test(text)) return stringWidth(text);
  return text.length + (text.match(WIDE)?.length ?? 0);
}

export function padToWidth(text: string, width: number, alignment: Alignment = 'left'): string {
  const padding = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return alignment === 'left' ? text + padding : padding + text;
}

export function formatTable(header: readonly string[], rows: readonly (readonly string[])[], alignments: readonly Alignment[] = []): string {
  const widths = header.map((title, column) => Math.max(displayWidth(title), ...rows.map((row) => displayWidth(row[column] ?? ''))));
  const line = (cells: readonly string[]): string =>
    cells.map((cell, column) => padToWidth(cell, widths[column]!, alignments[column] ?? 'left')).join('  ').trimEnd();
  return [line(header), widths.map((width) => '─'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}

/** A number as planners read it: up to 4 significant decimals, no trailing zeros. */
export function formatNumber(value: number, maximumFractionDigits = 4): string {
  if (!Number.isFinite(value)) return String(value);
  return value.toLocaleString('en-US', { maximumFractionDigits, useGrouping: false });
}

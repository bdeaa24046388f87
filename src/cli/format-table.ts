/**
 * Plain-text tables for the terminal, aligned by display width so Chinese (double-width) text lines up.
 */
import { displayWidth } from '../core/report/display-width.js';

export { displayWidth };

export type Alignment = 'left' | 'right';

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

/**
 * Text for a terminal grid: display widths (a Chinese character takes two columns:
 * core/report/display-width.ts, the measure Ink lays out with), padding and truncation by columns, and the number
 * formats the session shows. Pure.
 */
import { displayWidth } from '../core/report/display-width.js';

export { displayWidth };

/** Cuts text to at most `width` columns, ending with … when cut; never splits a double-width character. */
export function truncateDisplay(text: string, width: number): string {
  if (width <= 0) return '';
  if (displayWidth(text) <= width) return text;
  let result = '';
  let used = 0;
  for (const character of text) {
    const characterWidth = displayWidth(character);
    if (used + characterWidth > width - 1) break;
    result += character;
    used += characterWidth;
  }
  return `${result}…`;
}

/** Pads (or truncates) text to exactly `width` columns. */
export function padDisplay(text: string, width: number, align: 'left' | 'right' = 'left'): string {
  const cut = truncateDisplay(text, width);
  const padding = ' '.repeat(Math.max(0, width - displayWidth(cut)));
  return align === 'left' ? cut + padding : padding + cut;
}

/** A value with as many decimals as its size warrants: 12345, 140.5, 4.80. */
export function formatValue(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  const size = Math.abs(value);
  const decimals = size >= 1000 ? 0 : size >= 10 ? 1 : 2;
  return value.toFixed(decimals);
}

/** A share (0.931) as a percentage with one decimal: 93.1%. */
export function formatShare(share: number | null | undefined): string {
  if (share === null || share === undefined || !Number.isFinite(share)) return '—';
  return `${(share * 100).toFixed(1)}%`;
}

/** A signed number with one decimal: +1.5, −0.5, +0.0. */
export function formatSigned(value: number, decimals = 1): string {
  const text = Math.abs(value).toFixed(decimals);
  return value < 0 && Number(text) !== 0 ? `−${text}` : `+${text}`;
}

/** A range such as 5.30–10.9. */
export function formatRange(range: readonly [number, number] | null | undefined): string {
  if (!range) return '—';
  return `${formatValue(range[0])}–${formatValue(range[1])}`;
}

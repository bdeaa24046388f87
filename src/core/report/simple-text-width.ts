/**
 * The display width of the text plancast prints most — the CLI's tables of names and notes, the session's
 * chart rows of Braille patterns, shade blocks and box drawing, Chinese names — without segmenting it into
 * graphemes. string-width segments every string that is not plain ASCII with Intl.Segmenter (tens of
 * milliseconds to create) and tests each cluster against emoji and Hangul rules; Ink measures each line of
 * the session's screen several times, and on its first screen that took 50–70 ms.
 *
 * Each character below is a grapheme of its own (no mark, joiner, variation selector or Hangul jamo can
 * join it) with a fixed width in string-width: 1 column for printable ASCII, box drawing, block elements,
 * Braille and the dashes, quotes and signs of the names, notes and screens (East Asian Width "narrow",
 * "neutral" or "ambiguous", ambiguous counted narrow as string-width does by default), 2 for CJK
 * ideographs, CJK brackets and punctuation and the full-width forms. Text with any other character gives
 * undefined: the caller measures it with string-width (src/cli/format-table.ts, src/tui/display-text.ts,
 * and Ink's own copy in the bundle: scripts/bundle.mjs). tests/core/report/simple-text-width.test.ts checks
 * every character here, and strings of them, against string-width itself (both versions plancast bundles).
 */

/** [first, last, width] code point ranges, ascending. */
const RANGES: readonly (readonly [number, number, 1 | 2])[] = [
  [0x20, 0x7e, 1], // printable ASCII
  [0xb1, 0xb1, 1], // ±
  [0xb7, 0xb7, 1], // ·
  [0xd7, 0xd7, 1], // ×
  [0x3a3, 0x3a3, 1], // Σ
  [0x2013, 0x2014, 1], // – —
  [0x2018, 0x2019, 1], // ‘ ’
  [0x201c, 0x201d, 1], // “ ”
  [0x2022, 0x2022, 1], // •
  [0x2026, 0x2026, 1], // …
  [0x2190, 0x2193, 1], // ← ↑ → ↓
  [0x2212, 0x2212, 1], // −
  [0x2248, 0x2248, 1], // ≈
  [0x2264, 0x2265, 1], // ≤ ≥
  [0x2500, 0x259f, 1], // box drawing, block elements
  [0x25b8, 0x25b8, 1], // ▸
  [0x25c2, 0x25c2, 1], // ◂
  [0x25c6, 0x25c6, 1], // ◆
  [0x25cf, 0x25cf, 1], // ●
  [0x2800, 0x28ff, 1], // Braille patterns
  [0x3001, 0x3003, 2], // 、。〃
  [0x3008, 0x3011, 2], // 〈〉《》「」『』【】
  [0x4e00, 0x9fff, 2], // CJK unified ideographs
  [0xff01, 0xff60, 2], // full-width forms
];

/** Width of one UTF-16 code unit (every range is in the Basic Multilingual Plane), 0 when not simple. */
const WIDTHS = new Uint8Array(0x10000);
for (const [first, last, width] of RANGES) WIDTHS.fill(width, first, last + 1);

/** The text's display width when every character is simple (see above), else undefined. */
export function simpleTextWidth(text: string): number | undefined {
  let width = 0;
  for (let index = 0; index < text.length; index++) {
    const characterWidth = WIDTHS[text.charCodeAt(index)]!;
    if (characterWidth === 0) return undefined;
    width += characterWidth;
  }
  return width;
}

/** The ranges, for the tests. */
export const SIMPLE_TEXT_RANGES = RANGES;

/**
 * The tables' display width: counted directly for ASCII and the Chinese text's characters (the bundled
 * data's every cell), string-width's measure otherwise. Every character counted directly is checked
 * against string-width itself, so the two ways can never disagree on what the tables print.
 */
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { displayWidth, formatTable } from '../../src/cli/format-table.js';

const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, index) => from + index);
const COUNTED_DIRECTLY = [
  ...range(0x20, 0x7e), ...range(0x4e00, 0x9fff), ...range(0x3001, 0x3003), ...range(0x3008, 0x3011), ...range(0xff01, 0xff60),
  0xb1, 0xb7, 0xd7, 0x3a3, 0x2013, 0x2014, 0x2018, 0x2019, 0x201c, 0x201d, 0x2026, 0x2212, 0x2248, 0x2264, 0x2265, 0x2500,
];

describe('displayWidth', () => {
  it('agrees with string-width on every character it counts itself', () => {
    const disagreements = COUNTED_DIRECTLY.map((codePoint) => String.fromCodePoint(codePoint)).filter((character) => displayWidth(character) !== stringWidth(character));
    expect(disagreements).toEqual([]);
  });

  it('agrees with string-width on mixed text, and on text it leaves to string-width (emoji, combining marks, other scripts)', () => {
    for (const text of ['R&D经费支出占地区生产总值比重', '每万人口发明专利拥有量（件）', '“十四五”规划、目标 ≥ 25 — Σ2021–2025', '', '🚀 launch', 'e\u0301clair', 'Ελλάδα', 'ｶﾀｶﾅ', '\u3030 wavy dash']) {
      expect(displayWidth(text), text).toBe(stringWidth(text));
    }
  });

  it('lines Chinese and ASCII cells up by columns', () => {
    const table = formatTable(['id', 'name'], [['rd', '研发投入'], ['patents_per_10k', '专利']]);
    const [header, rule, first, second] = table.split('\n');
    expect(rule).toBe(`${'─'.repeat('patents_per_10k'.length)}  ${'─'.repeat(8)}`);
    expect(header).toBe(`id${' '.repeat(15)}name`);
    expect(first).toBe(`rd${' '.repeat(15)}研发投入`);
    expect(second).toBe('patents_per_10k  专利');
  });
});

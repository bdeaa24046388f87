/**
 * simpleTextWidth (src/core/report/simple-text-width.ts) against string-width itself: every character it knows,
 * and strings of them, measure the same as in string-width 8 (Ink's, which the bundle gives the shortcut)
 * and string-width 7 (plancast's own); text with any other character is left to string-width.
 */
import fc from 'fast-check';
import stringWidth7 from 'string-width';
import { describe, expect, it } from 'vitest';
import { SIMPLE_TEXT_RANGES, simpleTextWidth } from '../../../src/core/report/simple-text-width.js';
// Ink's own copy (string-width 8), beside plancast's (7)
import stringWidth8 from '../../../node_modules/ink/node_modules/string-width/index.js';

const inkWidth = (text: string): number => stringWidth8(text);
const simpleCharacters = SIMPLE_TEXT_RANGES.flatMap(([first, last]) => Array.from({ length: last - first + 1 }, (_, offset) => String.fromCharCode(first + offset)));

describe('simpleTextWidth', () => {
  it('gives every character it knows the width both string-widths give it', () => {
    expect(simpleCharacters.length).toBeGreaterThan(21_000);
    const differing = simpleCharacters.filter((character) => simpleTextWidth(character) !== inkWidth(character) || simpleTextWidth(character) !== stringWidth7(character));
    expect(differing.map((character) => `U+${character.charCodeAt(0).toString(16)}`)).toEqual([]);
  });

  it('measures strings of them as string-width does (no two of them join into one cluster)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...simpleCharacters, '中', '█', '⣀', '─', ' ', 'a'), { maxLength: 60 }), (characters) => {
        const text = characters.join('');
        expect(simpleTextWidth(text)).toBe(inkWidth(text));
        expect(simpleTextWidth(text)).toBe(stringWidth7(text));
      }),
      { numRuns: 500, seed: 20261130 },
    );
  });

  it('leaves any other text to string-width: marks, joiners, emoji, Hangul, tabs, escapes, half-width kana', () => {
    for (const text of ['é', 'e\u0301', '中\u302a', '👍', '☔', '◽', 'a\u200db', '한', '\u1100\u1161', 'a\tb', '\u001b[31mred', 'ｱ', '⣀\ufe0f']) {
      expect(simpleTextWidth(text), JSON.stringify(text)).toBeUndefined();
    }
    expect(simpleTextWidth('')).toBe(0);
    expect(simpleTextWidth('规划 R&D ░▒▓ ⣿ │')).toBe(inkWidth('规划 R&D ░▒▓ ⣿ │'));
  });
});

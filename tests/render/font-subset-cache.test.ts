/** The on-disk cache of chart font subsets (src/render/font-subset-cache.ts). */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findCoveringSubset, fontCacheDirectory, fontIdentity, MAXIMUM_ENTRIES, readCachedSubset, stagingDirectory, storeSubset, subsetKey } from '../../src/render/font-subset-cache.js';

const folders: string[] = [];
const folder = (): string => {
  const made = mkdtempSync(join(tmpdir(), 'plancast-font-cache-test-'));
  folders.push(made);
  return made;
};
afterEach(() => folders.splice(0).forEach((made) => rmSync(made, { recursive: true, force: true })));

function stagedFonts(cache: string, contents: string[]): string[] {
  const staging = stagingDirectory(cache)!;
  return contents.map((content, index) => {
    const file = join(staging, `subset-${index}.otf`);
    writeFileSync(file, content);
    return file;
  });
}

describe('fontCacheDirectory', () => {
  it('follows PLANCAST_CACHE_DIR, then XDG_CACHE_HOME, and is off with none', () => {
    expect(fontCacheDirectory({ PLANCAST_CACHE_DIR: '/x' })).toBe('/x/fonts');
    expect(fontCacheDirectory({ XDG_CACHE_HOME: '/y' })).toBe('/y/plancast/fonts');
    expect(fontCacheDirectory({ PLANCAST_CACHE_DIR: 'none', XDG_CACHE_HOME: '/y' })).toBeUndefined();
    expect(fontCacheDirectory({})).toMatch(/\.cache\/plancast\/fonts$/);
  });
});

describe('subsetKey', () => {
  it('changes with the characters, the face and the font file, not with the characters\' order', () => {
    const fonts = folder();
    const font = join(fonts, 'a.ttc');
    writeFileSync(font, 'font');
    const key = subsetKey([font], 'Noto Sans CJK SC', [0x4e00, 65]);
    expect(subsetKey([font], 'Noto Sans CJK SC', [65, 0x4e00])).toBe(key);
    expect(subsetKey([font], 'Noto Sans CJK SC', [65])).not.toBe(key);
    expect(subsetKey([font], 'Noto Serif CJK SC', [0x4e00, 65])).not.toBe(key);
    utimesSync(font, new Date(2020, 0, 1), new Date(2020, 0, 1));
    expect(subsetKey([font], 'Noto Sans CJK SC', [0x4e00, 65])).not.toBe(key);
    expect(subsetKey([join(fonts, 'missing.ttc')], 'Noto Sans CJK SC', [65])).toBeUndefined();
  });
});

describe('store and read', () => {
  it('reads back what it stored, and nothing for an unknown or damaged entry', () => {
    const cache = folder();
    const key = 'a'.repeat(32);
    const files = storeSubset(cache, key, stagedFonts(cache, ['one', 'two']), [65, 66])!;
    expect(readCachedSubset(cache, key)).toEqual({ files, covered: [65, 66] });
    expect(readCachedSubset(cache, 'b'.repeat(32))).toBeUndefined();
    rmSync(files[1]!);
    expect(readCachedSubset(cache, key)).toBeUndefined();
    writeFileSync(join(cache, `${'c'.repeat(32)}.json`), '{ not json');
    expect(readCachedSubset(cache, 'c'.repeat(32))).toBeUndefined();
  });

  it('leaves the staged files where they were when the cache cannot take them', () => {
    const cache = folder();
    const staged = stagedFonts(cache, ['one', 'two']);
    // a folder where the second file would go: its rename fails, and the first is moved back
    mkdirSync(join(cache, `${'d'.repeat(32)}-1.otf`));
    expect(storeSubset(cache, 'd'.repeat(32), staged, [65])).toBeUndefined();
    expect(staged.map((file) => readFileSync(file, 'utf8'))).toEqual(['one', 'two']);
    expect(readCachedSubset(cache, 'd'.repeat(32))).toBeUndefined();
  });

  it(`keeps the ${MAXIMUM_ENTRIES} most recently used entries`, () => {
    const cache = folder();
    const keys = Array.from({ length: MAXIMUM_ENTRIES + 3 }, (_, index) => index.toString(16).padStart(32, '0'));
    keys.forEach((key, index) => {
      storeSubset(cache, key, stagedFonts(cache, [`font ${index}`]), [index]);
      utimesSync(join(cache, `${key}.json`), new Date(2020, 0, 1, 0, index), new Date(2020, 0, 1, 0, index));
    });
    storeSubset(cache, 'f'.repeat(32), stagedFonts(cache, ['newest']), [1]);
    const kept = readdirSync(cache).filter((name) => name.endsWith('.json')).map((name) => name.slice(0, 32)).sort();
    expect(kept).toHaveLength(MAXIMUM_ENTRIES);
    expect(kept).not.toContain(keys[0]);
    expect(kept).toContain('f'.repeat(32));
    expect(readdirSync(cache).filter((name) => name.endsWith('.otf'))).toHaveLength(MAXIMUM_ENTRIES);
  });
});

describe('findCoveringSubset', () => {
  it('finds an entry of the same fonts that maps every character asked for, and no other', () => {
    const cache = folder();
    const fonts = folder();
    const font = join(fonts, 'a.ttc');
    writeFileSync(font, 'font');
    const identity = fontIdentity([font], 'Noto Sans CJK SC')!;
    expect(identity).toMatch(/^[0-9a-f]{32}$/);
    expect(fontIdentity([font], 'Noto Serif CJK SC')).not.toBe(identity);
    const files = storeSubset(cache, 'a'.repeat(32), stagedFonts(cache, ['subset']), [65, 66, 0x4e00], identity)!;
    expect(findCoveringSubset(cache, identity, new Set([65, 0x4e00]))).toEqual({ files, covered: [65, 66, 0x4e00] });
    expect(findCoveringSubset(cache, identity, new Set([65, 67]))).toBeUndefined(); // 67 is not mapped
    expect(findCoveringSubset(cache, fontIdentity([font], 'Noto Serif CJK SC')!, new Set([65]))).toBeUndefined();
    // an entry that does not say which fonts it was cut from is not taken
    storeSubset(cache, 'b'.repeat(32), stagedFonts(cache, ['other']), [67]);
    expect(findCoveringSubset(cache, identity, new Set([67]))).toBeUndefined();
    expect(findCoveringSubset(join(cache, 'missing'), identity, new Set([65]))).toBeUndefined();
  });

  it('prefers the most recently used of several covering entries', () => {
    const cache = folder();
    storeSubset(cache, 'a'.repeat(32), stagedFonts(cache, ['old']), [65], 'f'.repeat(32));
    storeSubset(cache, 'b'.repeat(32), stagedFonts(cache, ['new']), [65, 66], 'f'.repeat(32));
    utimesSync(join(cache, `${'a'.repeat(32)}.json`), new Date(2020, 0, 1), new Date(2020, 0, 1));
    utimesSync(join(cache, `${'b'.repeat(32)}.json`), new Date(2021, 0, 1), new Date(2021, 0, 1));
    expect(readFileSync(findCoveringSubset(cache, 'f'.repeat(32), new Set([65]))!.files[0]!, 'utf8')).toBe('new');
  });
});

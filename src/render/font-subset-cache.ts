/**
 * A cache on disk of the CJK font subsets charts are drawn with (font-subset.ts), so that cutting the
 * 20 MB font collections down — the slowest and most memory-hungry step of a report's first PNG — happens
 * once per machine for a given set of characters, not once per run. The same data and settings give the
 * same chart text, so a report written again (or `plancast start` run again) finds its subset here.
 *
 * Where: $PLANCAST_CACHE_DIR/fonts, else $XDG_CACHE_HOME/plancast/fonts, else ~/.cache/plancast/fonts;
 * PLANCAST_CACHE_DIR=none turns the cache off. An entry is keyed by the font files (path, size, mtime),
 * the face and the characters; it is written to temporary names and renamed into place, so a reader sees
 * a whole entry or none. An entry also records which font files it was cut from (fontIdentity), so that charts
 * drawn early can use any entry that covers their characters (findCoveringSubset). At most MAXIMUM_ENTRIES
 * entries are kept (the least recently used go). Any file-system failure only means no cache: the caller
 * subsets as before.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { entriesBeyond, plancastCacheDirectory } from './cache-directory.js';

export const MAXIMUM_ENTRIES = 32;
/** Bumped when the subsetter's output or an entry's record changes, so old entries are not read (2: entries name their fonts). */
const FORMAT = 2;

export interface CachedSubset {
  files: string[];
  covered: number[];
}

/** The cache folder, or undefined when turned off. */
export function fontCacheDirectory(environment: NodeJS.ProcessEnv = process.env): string | undefined {
  return plancastCacheDirectory('fonts', environment);
}

/** What the font files are as they are on disk (paths, sizes, times) and the face: what a subset is cut from. */
export function fontIdentity(fontFiles: readonly string[], family: string): string | undefined {
  try {
    const hash = createHash('sha256').update(`plancast font subset ${FORMAT}\n${family}\n`);
    for (const file of fontFiles) {
      const stat = statSync(file);
      hash.update(`${file}\t${stat.size}\t${stat.mtimeMs}\n`);
    }
    return hash.digest('hex').slice(0, 32);
  } catch {
    return undefined;
  }
}

/** The key of a subset: the font files as they are on disk, the face, the characters. */
export function subsetKey(fontFiles: readonly string[], family: string, codePoints: Iterable<number>): string | undefined {
  try {
    const hash = createHash('sha256').update(`plancast font subset ${FORMAT}\n${family}\n`);
    for (const file of fontFiles) {
      const stat = statSync(file);
      hash.update(`${file}\t${stat.size}\t${stat.mtimeMs}\n`);
    }
    hash.update([...codePoints].sort((a, b) => a - b).join(','));
    return hash.digest('hex').slice(0, 32);
  } catch {
    return undefined;
  }
}

/**
 * A cached subset of the same font files and face (by fontIdentity) that maps every one of `codePoints`, the
 * most recently used first; undefined when none does. Charts drawn before their batch's own subset is known
 * (chart-render-pool.ts, startEarly) use it: a subset draws the characters it maps as the full font does.
 */
export function findCoveringSubset(directory: string, fonts: string, codePoints: ReadonlySet<number>): CachedSubset | undefined {
  try {
    const entries = readdirSync(directory).filter((name) => /^[0-9a-f]{32}\.json$/.test(name)).map((name) => ({ key: name.slice(0, 32), used: statSync(join(directory, name)).mtimeMs }));
    entries.sort((a, b) => b.used - a.used || a.key.localeCompare(b.key));
    for (const { key } of entries) {
      const entry = JSON.parse(readFileSync(join(directory, `${key}.json`), 'utf8')) as { fonts?: string; covered: number[] };
      if (entry.fonts !== fonts) continue;
      const covered = new Set(entry.covered);
      if ([...codePoints].every((codePoint) => covered.has(codePoint))) return readCachedSubset(directory, key);
    }
  } catch {
    // no cache folder, or an entry being written: no covering subset
  }
  return undefined;
}

/** The cached subset of this key, or undefined. */
export function readCachedSubset(directory: string, key: string): CachedSubset | undefined {
  try {
    const entry = JSON.parse(readFileSync(join(directory, `${key}.json`), 'utf8')) as { fileCount: number; covered: number[] };
    const files = Array.from({ length: entry.fileCount }, (_, index) => join(directory, `${key}-${index}.otf`));
    for (const file of files) statSync(file);
    const now = new Date();
    utimesSync(join(directory, `${key}.json`), now, now); // recently used
    return { files, covered: entry.covered };
  } catch {
    return undefined;
  }
}

/** A folder to write a new entry's font files into (inside the cache, so renaming them is atomic). */
export function stagingDirectory(directory: string): string | undefined {
  try {
    const staging = join(directory, `.staging-${process.pid}-${Date.now()}`);
    mkdirSync(staging, { recursive: true });
    return staging;
  } catch {
    return undefined;
  }
}

/**
 * Moves a fresh subset's files into the cache under its key; the entry's files, or undefined on failure
 * (then the staged files are where they were, as far as they can be moved back).
 */
export function storeSubset(directory: string, key: string, stagedFiles: readonly string[], covered: readonly number[], fonts?: string): string[] | undefined {
  const moved: [from: string, to: string][] = [];
  try {
    const files = stagedFiles.map((staged, index) => {
      const file = join(directory, `${key}-${index}.otf`);
      renameSync(staged, file);
      moved.push([staged, file]);
      return file;
    });
    const metadata = join(directory, `.${key}.json.${process.pid}`);
    writeFileSync(metadata, JSON.stringify({ fileCount: files.length, covered, ...(fonts !== undefined ? { fonts } : {}) }));
    renameSync(metadata, join(directory, `${key}.json`));
    evictOldEntries(directory);
    return files;
  } catch {
    for (const [from, to] of moved) {
      try {
        renameSync(to, from);
      } catch {
        // the file stays in the cache folder, without an entry that names it
      }
    }
    return undefined;
  }
}

/** Keeps the MAXIMUM_ENTRIES most recently used entries. */
function evictOldEntries(directory: string): void {
  for (const key of entriesBeyond(directory, MAXIMUM_ENTRIES)) {
    for (const name of readdirSync(directory)) if (name.startsWith(key)) rmSync(join(directory, name), { force: true });
  }
}

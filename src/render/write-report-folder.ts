/**
 * Writes a report folder all or nothing, and replaces only what plancast owns.
 *
 *   resolve --out (a symbolic link is followed: the link stays, its target is replaced)
 *   ─→ take the lock beside the folder (report-folder-lock.ts; a second writer waits, then refuses)
 *   ─→ recover from a run that was killed: a report moved aside but not replaced is put back; stale
 *      `<out>.tmp-*` / `<out>.old-*` folders of this report are removed
 *   ─→ inspect the existing folder (report-folder-ownership.ts): refuse it when it holds anything
 *      plancast did not write, or carry those entries over with `keepForeign`
 *   ─→ write every file into `<out>.tmp-<random>` beside it ─→ copy the foreign entries in
 *   ─→ rename `<out>` → `<out>.old-<random>`, `<out>.tmp-…` → `<out>` ─→ remove the old folder ─→ unlock
 *
 * A failure at any step removes the temporary folder and leaves the old report in place. A process
 * killed at any step leaves the old or the new report at `<out>` — except between the two renames, when
 * the old report sits in `<out>.old-…`; the next run (under the lock) puts it back before anything else.
 * Linux offers no portable atomic exchange of two folders, hence the recovery step.
 */
import { randomBytes } from 'node:crypto';
import { cp, lstat, mkdir, readdir, readlink, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, normalize, resolve, sep } from 'node:path';
import { PlancastError } from '../core/errors.js';
import { acquireReportLock } from './report-folder-lock.js';
import { describeForeign, inspectReportFolder, type ForeignEntry } from './report-folder-ownership.js';

export interface ReportFile {
  /** a relative path inside the report folder, with '/' between folders, e.g. "charts/fan.svg". */
  path: string;
  /** the bytes or text (UTF-8), or a function producing them when the file is written. */
  content: string | Uint8Array | (() => string | Uint8Array);
}

function invalidPath(path: string, reason: string): PlancastError {
  return new PlancastError('E_REPORT_PATH_INVALID', `report file path "${path}" ${reason}`, {
    remedy: 'use a relative path inside the report folder, such as "charts/fan.svg"',
    exitCode: 1,
  });
}

/** Checks every path before anything is written: relative, inside the folder, unique, no NUL. */
function checkPaths(files: readonly ReportFile[]): void {
  const seen = new Set<string>();
  for (const file of files) {
    const { path } = file;
    if (typeof path !== 'string' || path.trim() === '') throw invalidPath(String(path), 'is empty');
    if (path.includes('\0')) throw invalidPath(path, 'contains a NUL character');
    if (isAbsolute(path) || /^[A-Za-z]:/.test(path)) throw invalidPath(path, 'is absolute');
    const normalised = normalize(path);
    if (normalised === '.' || normalised.split(/[\\/]/).includes('..')) throw invalidPath(path, 'leaves the report folder');
    if (path.endsWith('/') || path.endsWith(sep)) throw invalidPath(path, 'names a folder, not a file');
    const key = normalised.toLowerCase(); // case-insensitive file systems would merge these
    if (seen.has(key)) throw invalidPath(path, 'is given twice');
    seen.add(key);
  }
}

/** The steps a writer passes, for tests that kill it at each one. */
export const WRITE_STEPS = ['locked', 'recovered', 'file-written', 'all-written', 'foreign-copied', 'old-moved-aside', 'new-in-place', 'old-removed'] as const;
export type WriteStep = (typeof WRITE_STEPS)[number];

export interface WriteFolderOptions {
  /** carry the entries plancast did not write (the user's files) into the new folder instead of refusing */
  keepForeign?: boolean;
  /** how long to wait for another writer's lock before refusing (ms; default 2000) */
  lockWaitMs?: number;
  /** called after each step (a test hook: a test process kills itself here) */
  onStep?: (step: WriteStep) => void;
}

async function kindOf(path: string): Promise<'directory' | 'other' | false> {
  try {
    return (await stat(path)).isDirectory() ? 'directory' : 'other';
  } catch {
    return false;
  }
}

function randomSuffix(): string {
  return randomBytes(6).toString('hex');
}

/** The path a symbolic link (chain) leads to, even when its end does not exist yet. */
export async function followLinks(path: string): Promise<string> {
  let current = resolve(path);
  for (let hop = 0; hop < 40; hop++) {
    const info = await lstat(current).catch(() => undefined);
    if (info === undefined || !info.isSymbolicLink()) return current;
    const target = await readlink(current);
    current = isAbsolute(target) ? target : resolve(dirname(current), target);
  }
  throw new PlancastError('E_REPORT_TARGET_NOT_FOLDER', `${path} is a chain of symbolic links that does not end`, { remedy: 'point --out at a folder' });
}

/** This report's leftovers beside it: `<name>.tmp-<12 hex>` and `<name>.old-<12 hex>`. */
async function leftovers(target: string): Promise<{ temporary: string[]; previous: string[] }> {
  const name = basename(target);
  const pattern = new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(tmp|old)-[0-9a-f]{12}$`);
  const found = { temporary: [] as string[], previous: [] as string[] };
  for (const entry of await readdir(dirname(target))) {
    const match = pattern.exec(entry);
    if (match) (match[1] === 'tmp' ? found.temporary : found.previous).push(join(dirname(target), entry));
  }
  return found;
}

/** Under the lock: put back a report a killed run moved aside, then remove this report's stale folders. */
async function recover(target: string): Promise<void> {
  const found = await leftovers(target);
  if (!(await kindOf(target)) && found.previous.length > 0) {
    const newest = (await Promise.all(found.previous.map(async (path) => ({ path, time: (await stat(path)).mtimeMs })))).sort((a, b) => b.time - a.time)[0]!;
    await rename(newest.path, target);
    found.previous = found.previous.filter((path) => path !== newest.path);
  }
  for (const path of [...found.temporary, ...found.previous]) await rm(path, { recursive: true, force: true });
}

/** The entries of the existing folder that are not plancast's; throws unless `keepForeign`. */
async function foreignEntries(target: string, files: readonly ReportFile[], keepForeign: boolean): Promise<ForeignEntry[]> {
  const ownership = await inspectReportFolder(target);
  if (ownership.foreign.length === 0) return [];
  const listed = describeForeign(ownership.foreign, ownership.truncated);
  const remedy = 'move those files elsewhere, choose another --out, or pass --keep-foreign to carry them into the new report';
  if (ownership.manifest !== 'plancast' && !keepForeign) {
    throw new PlancastError('E_REPORT_OUT_NOT_REPORT', `${target} is not a plancast report folder (${ownership.manifest === 'none' ? 'no manifest.json' : 'its manifest.json is not plancast\'s'}); plancast replaces the whole folder, so it will not write there. It holds: ${listed}`, { remedy });
  }
  if (!keepForeign) {
    throw new PlancastError('E_REPORT_FOREIGN_FILES', `${target} holds files plancast did not write: ${listed}; replacing the folder would delete them`, { remedy });
  }
  if (ownership.truncated) {
    throw new PlancastError('E_REPORT_FOREIGN_FILES', `${target} holds too many files plancast did not write to carry over: ${listed}`, { remedy: 'choose another --out folder' });
  }
  const written = new Set(files.map((file) => normalize(file.path).split(sep).join('/').toLowerCase()));
  const clashes = ownership.foreign.filter((entry) => written.has(entry.path.replace(/\/$/, '').toLowerCase()));
  if (clashes.length > 0) {
    throw new PlancastError('E_REPORT_FOREIGN_FILES', `${target}: ${describeForeign(clashes, false)} cannot be kept: the new report writes a file of the same name`, { remedy: 'rename or move those files, then run again' });
  }
  return ownership.foreign;
}

/**
 * Checks early (before a long run) that `outDirectory` may be replaced: it is new, empty, or a plancast
 * report holding nothing else (or `keepForeign`). Returns the folder a symbolic link leads to.
 */
export async function checkReplaceable(outDirectory: string, keepForeign = false): Promise<string> {
  const target = await followLinks(outDirectory);
  if ((await kindOf(target)) === 'directory') await foreignEntries(target, [], keepForeign);
  return target;
}

/** How many files are written at once: libuv's four threads, and a few more queued behind them. */
const WRITE_LANES = 8;

/**
 * Writes the files into `folder`, WRITE_LANES at a time: each write is a round trip to libuv's threads, and
 * a report's 77 files written one after another took 80 ms at the end of a report, when nothing else is
 * left to do. After a failure no more are started, and the writes under way finish before it is thrown (the
 * caller then removes the folder).
 */
async function writeFiles(folder: string, files: readonly ReportFile[], step: (reached: WriteStep) => void): Promise<void> {
  for (const directory of new Set(files.map((file) => dirname(join(folder, file.path))))) await mkdir(directory, { recursive: true });
  let next = 0;
  let failed = false;
  const lane = async (): Promise<void> => {
    while (!failed && next < files.length) {
      const file = files[next++]!;
      try {
        await writeFile(join(folder, file.path), typeof file.content === 'function' ? file.content() : file.content);
      } catch (error) {
        failed = true;
        throw error;
      }
      step('file-written');
    }
  };
  const lanes = await Promise.allSettled(Array.from({ length: Math.min(WRITE_LANES, files.length) }, lane));
  const rejected = lanes.find((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected');
  if (rejected !== undefined) throw rejected.reason;
}

/** Writes `files` into `outDirectory`, replacing an existing report only once all are written. */
export async function writeReportFolder(outDirectory: string, files: readonly ReportFile[], options: WriteFolderOptions = {}): Promise<void> {
  checkPaths(files);
  const step = options.onStep ?? (() => {});
  const target = await followLinks(outDirectory);
  if ((await kindOf(target)) === 'other') {
    throw new PlancastError('E_REPORT_TARGET_NOT_FOLDER', `${target} exists and is not a folder`, { remedy: 'choose another --out folder or remove that file' });
  }
  await mkdir(dirname(target), { recursive: true });
  const lock = await acquireReportLock(target, options.lockWaitMs);
  try {
    step('locked');
    await recover(target);
    step('recovered');
    const existing = await kindOf(target);
    const foreign = existing === 'directory' ? await foreignEntries(target, files, options.keepForeign === true) : [];
    const temporary = join(dirname(target), `${basename(target)}.tmp-${randomSuffix()}`);
    await mkdir(temporary);
    try {
      await writeFiles(temporary, files, step);
      step('all-written');
      for (const entry of foreign) {
        const path = entry.path.replace(/\/$/, '');
        await mkdir(dirname(join(temporary, path)), { recursive: true });
        await cp(join(target, path), join(temporary, path), { recursive: true, preserveTimestamps: true, verbatimSymlinks: true });
      }
      step('foreign-copied');
    } catch (error) {
      await rm(temporary, { recursive: true, force: true });
      throw error;
    }
    if (!existing) {
      try {
        await rename(temporary, target);
      } catch (error) {
        await rm(temporary, { recursive: true, force: true });
        throw error;
      }
      step('new-in-place');
      return;
    }
    const previous = join(dirname(target), `${basename(target)}.old-${randomSuffix()}`);
    try {
      await rename(target, previous);
    } catch (error) {
      await rm(temporary, { recursive: true, force: true });
      throw error;
    }
    step('old-moved-aside');
    try {
      await rename(temporary, target);
    } catch (error) {
      await rename(previous, target); // put the old report back
      await rm(temporary, { recursive: true, force: true });
      throw error;
    }
    step('new-in-place');
    await rm(previous, { recursive: true, force: true });
    step('old-removed');
  } finally {
    await lock.release();
  }
}

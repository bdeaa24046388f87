/**
 * Writes a report folder all or nothing. Every file goes into a temporary sibling folder
 * (`<out>.tmp-<random>`); only when all are written is it renamed into place. An existing folder at
 * `<out>` is moved aside first and removed only after the new one is in place (and put back if that
 * rename fails). A failure at any step removes the temporary folder, so a failed run never leaves a
 * half-written report, and a good old report survives it.
 *
 * The swap takes two renames, so for an instant `<out>` does not exist; Linux offers no portable
 * atomic exchange of two directories.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, normalize, resolve, sep } from 'node:path';
import { PlancastError } from '../core/errors.js';

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

async function exists(path: string): Promise<'directory' | 'other' | false> {
  try {
    return (await stat(path)).isDirectory() ? 'directory' : 'other';
  } catch {
    return false;
  }
}

function randomSuffix(): string {
  return randomBytes(6).toString('hex');
}

/** Writes `files` into `outDirectory`, replacing any existing folder there only once all are written. */
export async function writeReportFolder(outDirectory: string, files: readonly ReportFile[]): Promise<void> {
  checkPaths(files);
  const target = resolve(outDirectory);
  const existing = await exists(target);
  if (existing === 'other') {
    throw new PlancastError('E_REPORT_TARGET_NOT_FOLDER', `${target} exists and is not a folder`, { remedy: 'choose another --out folder or remove that file' });
  }
  await mkdir(dirname(target), { recursive: true });
  const temporary = join(dirname(target), `${basename(target)}.tmp-${randomSuffix()}`);
  await mkdir(temporary);
  try {
    for (const file of files) {
      const content = typeof file.content === 'function' ? file.content() : file.content;
      const destination = join(temporary, file.path);
      await mkdir(dirname(destination), { recursive: true });
      await writeFile(destination, content);
    }
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
    return;
  }
  const previous = join(dirname(target), `${basename(target)}.old-${randomSuffix()}`);
  try {
    await rename(target, previous);
  } catch (error) {
    await rm(temporary, { recursive: true, force: true });
    throw error;
  }
  try {
    await rename(temporary, target);
  } catch (error) {
    await rename(previous, target); // put the old report back
    await rm(temporary, { recursive: true, force: true });
    throw error;
  }
  await rm(previous, { recursive: true, force: true });
}

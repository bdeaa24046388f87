/**
 * Reports used to be written straight into reports/<region>/; they now go into a folder per language,
 * reports/<region>/zh/ and …/en/, so a second language never overwrites the first. When a region's folder
 * still holds a report of the old layout, the files plancast wrote there — those its manifest lists, with
 * their bytes unchanged — are removed with the manifest and the chart and table folders they leave empty;
 * anything else (the language folders, a file the user added or edited) stays.
 */
import { readdir, readFile, rm, rmdir } from 'node:fs/promises';
import { join } from 'node:path';
import { inspectReportFolder, parsePlancastManifest } from './report-folder-ownership.js';

/** Removes an old-layout report's own files from `folder`; returns how many files went. */
export async function retireFlatReport(folder: string): Promise<number> {
  const manifestText = await readFile(join(folder, 'manifest.json'), 'utf8').catch(() => undefined);
  if (manifestText === undefined) return 0;
  const owned = parsePlancastManifest(manifestText);
  if (owned === undefined) return 0;
  const ownership = await inspectReportFolder(folder, 10_000);
  const changed = new Set(ownership.foreign.filter((entry) => entry.reason === 'changed').map((entry) => entry.path));
  let removed = 0;
  for (const path of owned.keys()) {
    if (changed.has(path)) continue;
    await rm(join(folder, path), { force: true });
    removed += 1;
  }
  await rm(join(folder, 'manifest.json'), { force: true });
  const folders = [...new Set([...owned.keys()].filter((path) => path.includes('/')).map((path) => path.slice(0, path.lastIndexOf('/'))))].sort((a, b) => b.length - a.length);
  for (const relative of folders) {
    const path = join(folder, relative);
    if ((await readdir(path).catch(() => ['?'])).length === 0) await rmdir(path).catch(() => {});
  }
  return removed;
}

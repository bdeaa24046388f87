/**
 * What of an existing report folder plancast owns. plancast replaces a folder as a whole, so before it
 * does it reads the folder's manifest.json: only a manifest that parses as plancast's (a version and a
 * list of files with SHA-256 hashes) makes the folder a plancast report, and only the files that manifest
 * lists, with their bytes unchanged, are plancast's. Everything else is the user's ("foreign"): a file
 * added later (my-comments.md), a file edited after plancast wrote it, a folder such as .git/, a link.
 * The writer refuses to replace a folder holding foreign entries, or carries them over when asked.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { lstat, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

export type ForeignReason = 'not-listed' | 'changed' | 'not-a-report' | 'link-or-special';

export interface ForeignEntry {
  /** relative path with '/' separators; a folder ends in '/' */
  path: string;
  reason: ForeignReason;
}

export interface FolderOwnership {
  /** 'plancast': manifest.json is plancast's; 'none': no manifest.json; 'unreadable': one that is not plancast's */
  manifest: 'plancast' | 'none' | 'unreadable';
  empty: boolean;
  foreign: ForeignEntry[];
  /** true when listing stopped at the limit: there are more foreign entries than `foreign` holds */
  truncated: boolean;
}

interface ManifestFile {
  path: string;
  sha256: string;
}

/** The files a manifest says plancast wrote, or undefined when the text is not a plancast manifest. */
export function parsePlancastManifest(text: string): Map<string, string | null> | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return undefined;
  const manifest = parsed as { plancastVersion?: unknown; files?: unknown; pdf?: unknown };
  if (typeof manifest.plancastVersion !== 'string' || !Array.isArray(manifest.files)) return undefined;
  const owned = new Map<string, string | null>();
  for (const entry of manifest.files as unknown[]) {
    const file = entry as Partial<ManifestFile> | null;
    if (file === null || typeof file !== 'object' || typeof file.path !== 'string' || typeof file.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(file.sha256)) return undefined;
    owned.set(file.path, file.sha256);
  }
  // report.pdf is listed without a hash (Chromium stamps each print with its time).
  const pdf = manifest.pdf as { path?: unknown } | undefined;
  if (pdf !== undefined && pdf !== null && typeof pdf === 'object' && typeof pdf.path === 'string') owned.set(pdf.path, null);
  return owned;
}

async function fileHash(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/**
 * Inspects `folder` (which must exist and be a folder). Lists at most `limit` foreign entries; a foreign
 * folder is one entry (its contents are not listed one by one).
 */
export async function inspectReportFolder(folder: string, limit = 200): Promise<FolderOwnership> {
  const topEntries = await readdir(folder);
  if (topEntries.length === 0) return { manifest: 'none', empty: true, foreign: [], truncated: false };
  let owned: Map<string, string | null> | undefined;
  let manifest: FolderOwnership['manifest'] = 'none';
  const manifestStat = await lstat(join(folder, 'manifest.json')).catch(() => undefined);
  if (manifestStat?.isFile()) {
    owned = parsePlancastManifest(await readFile(join(folder, 'manifest.json'), 'utf8').catch(() => ''));
    manifest = owned === undefined ? 'unreadable' : 'plancast';
  }
  const foreign: ForeignEntry[] = [];
  let truncated = false;
  const add = (entry: ForeignEntry): boolean => {
    if (foreign.length >= limit) {
      truncated = true;
      return false;
    }
    foreign.push(entry);
    return true;
  };
  if (owned === undefined) {
    for (const name of topEntries.sort()) {
      const info = await lstat(join(folder, name));
      if (!add({ path: info.isDirectory() ? `${name}/` : name, reason: 'not-a-report' })) break;
    }
    return { manifest, empty: false, foreign, truncated };
  }
  // Folders that hold a listed file are plancast's to walk; any other folder is foreign as a whole.
  const ownedFolders = new Set<string>();
  for (const path of owned.keys()) {
    const parts = path.split('/');
    for (let length = 1; length < parts.length; length++) ownedFolders.add(parts.slice(0, length).join('/'));
  }
  const walk = async (relative: string): Promise<boolean> => {
    const names = (await readdir(relative === '' ? folder : join(folder, relative))).sort();
    for (const name of names) {
      const path = relative === '' ? name : `${relative}/${name}`;
      const info = await lstat(join(folder, path));
      if (info.isDirectory()) {
        if (!ownedFolders.has(path)) {
          if (!add({ path: `${path}/`, reason: 'not-listed' })) return false;
        } else if (!(await walk(path))) return false;
        continue;
      }
      if (path === 'manifest.json') continue;
      if (!info.isFile()) {
        if (!add({ path, reason: 'link-or-special' })) return false;
        continue;
      }
      if (!owned!.has(path)) {
        if (!add({ path, reason: 'not-listed' })) return false;
        continue;
      }
      const expected = owned!.get(path);
      if (expected !== null && expected !== undefined && (await fileHash(join(folder, path))) !== expected) {
        if (!add({ path, reason: 'changed' })) return false;
      }
    }
    return true;
  };
  await walk('');
  return { manifest, empty: false, foreign, truncated };
}

/** "a.md, notes/ (and 3 more)" for messages. */
export function describeForeign(entries: readonly ForeignEntry[], truncated: boolean, shown = 10): string {
  const listed = entries.slice(0, shown).map((entry) => `${entry.path}${entry.reason === 'changed' ? ' (changed since plancast wrote it)' : ''}`);
  const more = entries.length - shown;
  return `${listed.join(', ')}${more > 0 || truncated ? ` (and ${truncated ? 'more' : `${more} more`})` : ''}`;
}

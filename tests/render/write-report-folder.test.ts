/**
 * writeReportFolder is all or nothing: a complete folder appears in one step, a failure at any point
 * leaves neither a partial folder nor a temporary one, and a good existing report is untouched.
 * (Ownership, the lock, links and crashes at every step: write-report-folder-safety.test.ts.)
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeReportFolder, type ReportFile } from '../../src/render/write-report-folder.js';
import { useTemporaryDirectory } from '../helpers/temporary-files.js';

/** The files plus a plancast manifest listing each with its SHA-256 (what makes a folder plancast's). */
function withManifest(files: readonly ReportFile[]): ReportFile[] {
  const listed = files.map((file) => {
    const content = typeof file.content === 'function' ? file.content() : file.content;
    return { path: file.path, sha256: createHash('sha256').update(content).digest('hex') };
  });
  return [...files, { path: 'manifest.json', content: JSON.stringify({ plancastVersion: '0.0.0-test', files: listed }) }];
}

const folder = useTemporaryDirectory('plancast-report-folder-');
let counter = 0;

/** A fresh parent folder per test, so sibling checks see only this test's leftovers. */
function freshParent(): string {
  const parent = folder.path(`case-${(counter += 1)}`);
  mkdirSync(parent);
  return parent;
}

/** Every file under a folder with its content, for before/after comparisons. */
function snapshot(directory: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(directory, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) {
      const path = join(entry.parentPath, entry.name);
      files[path.slice(directory.length + 1)] = readFileSync(path, 'latin1');
    }
  }
  return files;
}

const goodFiles: ReportFile[] = withManifest([
  { path: 'index.html', content: '<!DOCTYPE html><title>渝北区</title>' },
  { path: 'charts/fan.vl.json', content: () => '{"mark":"line"}' },
  { path: 'charts/fan.png', content: new Uint8Array([0x89, 0x50, 0x4e, 0x47]) },
]);

describe('writeReportFolder', () => {
  it('writes text, bytes and lazily produced files into nested folders', async () => {
    const parent = freshParent();
    const out = join(parent, 'report');
    await writeReportFolder(out, goodFiles);
    expect(Object.keys(snapshot(out)).sort()).toEqual(['charts/fan.png', 'charts/fan.vl.json', 'index.html', 'manifest.json']);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('<!DOCTYPE html><title>渝北区</title>');
    expect([...readFileSync(join(out, 'charts', 'fan.png'))]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    expect(readFileSync(join(out, 'charts', 'fan.vl.json'), 'utf8')).toBe('{"mark":"line"}');
    expect(readdirSync(parent)).toEqual(['report']);
  });

  it('replaces an existing report completely, leaving no old or temporary folder', async () => {
    const parent = freshParent();
    const out = join(parent, 'report');
    await writeReportFolder(out, withManifest([...goodFiles.slice(0, 3), { path: 'stale.csv', content: 'old' }]));
    await writeReportFolder(out, [{ path: 'index.html', content: 'new' }]);
    expect(snapshot(out)).toEqual({ 'index.html': 'new' });
    expect(readdirSync(parent)).toEqual(['report']);
  });

  it('leaves nothing behind when a content getter throws midway, and keeps the good report', async () => {
    const parent = freshParent();
    const out = join(parent, 'report');
    await writeReportFolder(out, goodFiles);
    const before = snapshot(out);
    const failing: ReportFile[] = [
      { path: 'index.html', content: 'half-written' },
      { path: 'charts/broken.svg', content: () => { throw new Error('the chart could not be drawn'); } },
      { path: 'manifest.json', content: '{}' },
    ];
    await expect(writeReportFolder(out, failing)).rejects.toThrow('the chart could not be drawn');
    expect(snapshot(out)).toEqual(before);
    expect(readdirSync(parent)).toEqual(['report']);
  });

  it('leaves no folder at all when a first report fails midway', async () => {
    const parent = freshParent();
    const out = join(parent, 'report');
    await expect(writeReportFolder(out, [goodFiles[0]!, { path: 'x.json', content: () => { throw new Error('boom'); } }])).rejects.toThrow('boom');
    expect(readdirSync(parent)).toEqual([]);
  });

  it('cleans up when the file system refuses a write (a file where a folder must go)', async () => {
    const parent = freshParent();
    const out = join(parent, 'report');
    await writeReportFolder(out, goodFiles);
    const before = snapshot(out);
    await expect(writeReportFolder(out, [{ path: 'charts', content: 'a file' }, { path: 'charts/fan.svg', content: '<svg/>' }])).rejects.toThrow();
    expect(snapshot(out)).toEqual(before);
    expect(readdirSync(parent)).toEqual(['report']);
  });

  it.each([
    ['../escape.html', /leaves the report folder/],
    ['charts/../../escape.html', /leaves the report folder/],
    ['/etc/passwd', /is absolute/],
    ['', /is empty/],
    ['charts/', /names a folder/],
    ['a\0b', /NUL/],
  ])('refuses the path %j before writing anything', async (path, message) => {
    const parent = freshParent();
    const out = join(parent, 'report');
    await writeReportFolder(out, goodFiles);
    const before = snapshot(out);
    await expect(writeReportFolder(out, [{ path: 'index.html', content: 'new' }, { path, content: 'x' }])).rejects.toMatchObject({ code: 'E_REPORT_PATH_INVALID', message });
    expect(snapshot(out)).toEqual(before);
    expect(readdirSync(parent)).toEqual(['report']);
  });

  it('refuses the same path twice', async () => {
    const parent = freshParent();
    await expect(writeReportFolder(join(parent, 'report'), [goodFiles[0]!, goodFiles[0]!])).rejects.toMatchObject({ code: 'E_REPORT_PATH_INVALID', message: /twice/ });
    expect(readdirSync(parent)).toEqual([]);
  });

  it('refuses to replace a file that is not a folder', async () => {
    const parent = freshParent();
    const out = join(parent, 'report');
    writeFileSync(out, 'not a folder');
    await expect(writeReportFolder(out, goodFiles)).rejects.toMatchObject({ code: 'E_REPORT_TARGET_NOT_FOLDER' });
    expect(readFileSync(out, 'utf8')).toBe('not a folder');
    expect(readdirSync(parent)).toEqual(['report']);
  });

  it('creates missing parent folders', async () => {
    const out = join(freshParent(), 'reports', 'yubei', '2023');
    await writeReportFolder(out, goodFiles);
    expect(existsSync(join(out, 'charts', 'fan.png'))).toBe(true);
  });
});

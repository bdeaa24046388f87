/**
 * The report writer owns only what it wrote (issue 14, items 1 and 10): it replaces a folder only when
 * manifest.json is plancast's and lists every file present with its hash; it refuses otherwise, naming
 * the foreign files, or carries them over with keepForeign; a symbolic link --out stays a link; a second
 * writer meets the lock; a writer killed at any step leaves the old or the new report, and the next run
 * puts a report moved aside back and removes the stale folders. Kills are real (SIGKILL of a child
 * process at a named step), not timed.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, mkdirSync, readFileSync, readdirSync, readlinkSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/io/project-paths.js';
import { acquireReportLock, lockPathFor } from '../../src/render/report-folder-lock.js';
import { WRITE_STEPS, writeReportFolder, type ReportFile } from '../../src/render/write-report-folder.js';
import { runPlancast } from '../helpers/run-plancast.js';
import { useTemporaryDirectory } from '../helpers/temporary-files.js';

const folder = useTemporaryDirectory('plancast-report-safety-');
let counter = 0;
function freshParent(): string {
  const parent = folder.path(`case-${(counter += 1)}`);
  mkdirSync(parent);
  return parent;
}

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

function report(label: string): ReportFile[] {
  const files = [
    { path: 'index.html', content: `<p>${label}</p>` },
    { path: 'charts/fan.svg', content: `<svg>${label}</svg>` },
    { path: 'tables/goals.csv', content: `goal,${label}\r\n` },
  ];
  const listed = files.map((file) => ({ path: file.path, sha256: createHash('sha256').update(file.content).digest('hex') }));
  return [...files, { path: 'manifest.json', content: JSON.stringify({ plancastVersion: '0.0.0-test', files: listed }) }];
}

/** What `report(label)` looks like on disk. */
function expected(label: string): Record<string, string> {
  return Object.fromEntries(report(label).map((file) => [file.path, Buffer.from(file.content as string).toString('latin1')]));
}

describe('the report writer replaces only a folder it owns', () => {
  it('refuses a project folder that merely contains a file named manifest.json, and leaves it untouched', async () => {
    const out = join(freshParent(), 'extension');
    mkdirSync(join(out, '.git'), { recursive: true });
    mkdirSync(join(out, 'src'));
    writeFileSync(join(out, 'manifest.json'), '{"manifest_version": 3, "name": "my extension"}');
    writeFileSync(join(out, 'src', 'background.js'), 'chrome.runtime.onInstalled.addListener(() => {});');
    writeFileSync(join(out, '.git', 'HEAD'), 'ref: refs/heads/main\n');
    const before = snapshot(out);
    const refusal = writeReportFolder(out, report('new'));
    await expect(refusal).rejects.toMatchObject({ code: 'E_REPORT_OUT_NOT_REPORT' });
    await expect(refusal).rejects.toThrow(/\.git\/.*src\//s);
    expect(snapshot(out)).toEqual(before);
  });

  it('refuses a report the user added a file to, naming it; keepForeign carries it into the new report', async () => {
    const parent = freshParent();
    const out = join(parent, 'report');
    await writeReportFolder(out, report('old'));
    writeFileSync(join(out, 'my-comments.md'), '# 我的批注\nkeep me');
    mkdirSync(join(out, 'notes'));
    writeFileSync(join(out, 'notes', 'a.txt'), 'a note');
    await expect(writeReportFolder(out, report('new'))).rejects.toMatchObject({ code: 'E_REPORT_FOREIGN_FILES', message: expect.stringMatching(/my-comments\.md.*notes\//s) });
    expect(Object.keys(snapshot(out)).sort()).toEqual([...Object.keys(expected('old')), 'my-comments.md', 'notes/a.txt'].sort());
    await writeReportFolder(out, report('new'), { keepForeign: true });
    expect(readFileSync(join(out, 'my-comments.md'), 'utf8')).toBe('# 我的批注\nkeep me');
    expect(readFileSync(join(out, 'notes', 'a.txt'), 'utf8')).toBe('a note');
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('<p>new</p>');
    expect(readdirSync(parent)).toEqual(['report']);
  });

  it('treats a file changed since plancast wrote it as the user\'s, and will not overwrite it even with keepForeign', async () => {
    const out = join(freshParent(), 'report');
    await writeReportFolder(out, report('old'));
    writeFileSync(join(out, 'index.html'), '<p>edited by hand</p>');
    await expect(writeReportFolder(out, report('new'))).rejects.toMatchObject({ code: 'E_REPORT_FOREIGN_FILES', message: expect.stringContaining('index.html (changed since plancast wrote it)') });
    await expect(writeReportFolder(out, report('new'), { keepForeign: true })).rejects.toMatchObject({ code: 'E_REPORT_FOREIGN_FILES', message: expect.stringContaining('cannot be kept') });
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('<p>edited by hand</p>');
  });

  it('replaces an unchanged report it wrote, and an empty folder', async () => {
    const parent = freshParent();
    const out = join(parent, 'report');
    mkdirSync(out);
    await writeReportFolder(out, report('first'));
    await writeReportFolder(out, report('second'));
    expect(snapshot(out)).toEqual(expected('second'));
    expect(readdirSync(parent)).toEqual(['report']);
  });

  it('follows a symbolic link --out: the link stays a link and its target holds the new report', async () => {
    const parent = freshParent();
    const real = join(parent, 'real-report');
    await writeReportFolder(real, report('old'));
    symlinkSync('real-report', join(parent, 'latest'));
    await writeReportFolder(join(parent, 'latest'), report('new'));
    expect(lstatSync(join(parent, 'latest')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(parent, 'latest'))).toBe('real-report');
    expect(snapshot(real)).toEqual(expected('new'));
    expect(readdirSync(parent).sort()).toEqual(['latest', 'real-report']);
  });

  it('the report command refuses a foreign folder with exit 2 and accepts --keep-foreign', async () => {
    const out = join(freshParent(), 'mine');
    mkdirSync(out);
    writeFileSync(join(out, 'thesis.docx'), 'my work');
    const refused = await runPlancast('report', '--region', 'science-city', '--paths', '200', '--no-png', '--out', out);
    expect(refused.exitCode).toBe(2);
    expect(refused.stderr).toMatch(/E_REPORT_OUT_NOT_REPORT.*thesis\.docx/s);
    expect(readdirSync(out)).toEqual(['thesis.docx']);
    const kept = await runPlancast('report', '--region', 'science-city', '--paths', '200', '--no-png', '--out', out, '--keep-foreign');
    expect(kept.exitCode, kept.stderr).toBe(0);
    expect(readFileSync(join(out, 'thesis.docx'), 'utf8')).toBe('my work');
    expect(existsSync(join(out, 'index.html'))).toBe(true);
  });
});

describe('one writer at a time', () => {
  it('refuses with E_REPORT_LOCKED while another writer holds the lock, and writes once it is released', async () => {
    const parent = freshParent();
    const out = join(parent, 'report');
    await writeReportFolder(out, report('old'));
    const lock = await acquireReportLock(out);
    await expect(writeReportFolder(out, report('new'), { lockWaitMs: 0 })).rejects.toMatchObject({ code: 'E_REPORT_LOCKED', exitCode: 1 });
    expect(snapshot(out)).toEqual(expected('old'));
    await lock.release();
    await writeReportFolder(out, report('new'), { lockWaitMs: 0 });
    expect(snapshot(out)).toEqual(expected('new'));
    expect(readdirSync(parent)).toEqual(['report']);
  });

  it('takes over the lock of a writer that no longer runs', async () => {
    const parent = freshParent();
    const out = join(parent, 'report');
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    writeFileSync(lockPathFor(out), JSON.stringify({ pid: Number(gone.stdout), host: (await import('node:os')).hostname() }));
    await writeReportFolder(out, report('new'), { lockWaitMs: 0 });
    expect(snapshot(out)).toEqual(expected('new'));
    expect(readdirSync(parent)).toEqual(['report']);
  });
});

describe('a writer killed at any step leaves the old or the new report, and the next run cleans up', () => {
  const killer = join(projectRoot, 'tests', 'helpers', 'write-report-and-die.mjs');
  const cases: [string, number][] = WRITE_STEPS.flatMap((step): [string, number][] => (step === 'file-written' ? [[step, 1], [step, 3]] : [[step, 1]]));

  it.each(cases)('killed at %s (occurrence %i)', async (step, occurrence) => {
    if (!existsSync(join(projectRoot, 'dist', 'src', 'render', 'write-report-folder.js'))) throw new Error('run `npm run build` first (npm test does)');
    const parent = freshParent();
    const out = join(parent, 'report');
    await writeReportFolder(out, report('old'));
    const child = spawnSync(process.execPath, [killer, out, step, String(occurrence), 'new'], { encoding: 'utf8' });
    expect(child.signal, child.stderr).toBe('SIGKILL');

    if (existsSync(out)) {
      expect([expected('old'), expected('new')]).toContainEqual(snapshot(out));
    } else {
      // only between the two renames: the old report waits beside --out for the next run
      expect(step).toBe('old-moved-aside');
      const aside = readdirSync(parent).filter((name) => /^report\.old-[0-9a-f]{12}$/.test(name));
      expect(aside).toHaveLength(1);
      expect(snapshot(join(parent, aside[0]!))).toEqual(expected('old'));
    }

    // The next run (the lock of the killed writer is stale) first restores a report, then writes.
    let atRecovery: Record<string, string> | undefined;
    await writeReportFolder(out, report('next'), { lockWaitMs: 0, onStep: (reached) => { if (reached === 'recovered') atRecovery = snapshot(out); } });
    expect([expected('old'), expected('new')]).toContainEqual(atRecovery);
    expect(snapshot(out)).toEqual(expected('next'));
    expect(readdirSync(parent)).toEqual(['report']);
  });
});

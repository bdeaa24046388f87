/**
 * `plancast start` end to end, as `npm start` runs it (the built CLI in a child process), into a temporary
 * folder: one report folder per bundled main region with goals (reports/<region>/zh/), the overview
 * reports/index.html beside them, Chongqing skipped with its reason, the data summary first and the
 * closing line last, exit 0.
 * (Needs `npm run build`, which `npm test` runs first.)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/io/project-paths.js';
import { useTemporaryDirectory } from '../helpers/temporary-files.js';

const CLI = join(projectRoot, 'dist', 'bundle', 'plancast.cjs'); // what `plancast` and `npm start` run (scripts/bundle.mjs)
const folder = useTemporaryDirectory('plancast-start-');

describe('plancast start', () => {
  // the whole job in a child process: minutes on a loaded machine, so the test waits as long as the spawn may run
  it('writes the report of every bundled main region with goals, and says where', { timeout: 600_000 }, () => {
    const out = folder.path('reports');
    const run = spawnSync(process.execPath, [CLI, 'start', '--out', out, '--paths', '500', '--no-png'], { encoding: 'utf8', timeout: 600_000 });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout.split('\n')[0]).toMatch(/^plancast — \d+ records from \d+ seed files, \d+ regions, \d+ conflicts between sources/);
    expect(run.stdout).toMatch(/chongqing: skipped — no plan goal on an indicator with data/);
    expect(run.stdout).toMatch(/4 of 4 reports written to .*reports\/ in [\d.]+ s\./);
    expect(readdirSync(out).sort()).toEqual(['index.html', 'science-city', 'shapingba', 'yongchuan', 'yubei']);
    expect(run.stdout).toMatch(/overview: wrote .*reports\/index\.html — every region at a glance/);
    const overview = readFileSync(join(out, 'index.html'), 'utf8');
    const regions = ['science-city', 'shapingba', 'yongchuan', 'yubei'];
    for (const region of regions) {
      expect(readdirSync(join(out, region))).toEqual(['zh']);
      for (const file of ['index.html', 'report.md', 'result.json', 'manifest.json']) expect(existsSync(join(out, region, 'zh', file)), `${region}/zh/${file}`).toBe(true);
      expect(overview).toContain(`href="${region}/zh/index.html"`);
      const manifest = JSON.parse(readFileSync(join(out, region, 'zh', 'manifest.json'), 'utf8'));
      expect(manifest).toMatchObject({ region, pathCount: 500 });
      expect(run.stdout).toContain(`${region}: wrote`);
      expect(run.stderr).toContain(`[${region}] writing`);
    }
    expect(run.stderr).not.toMatch(/error|internal/i);
  });

  // runs on the folder the first test wrote
  it('keeps a file of the user\'s in a report folder: refuses to replace it, or carries it along with --keep-foreign', { timeout: 600_000 }, () => {
    const out = folder.path('reports');
    const notes = join(out, 'yubei', 'zh', 'notes.md');
    writeFileSync(notes, 'my notes');
    const refused = spawnSync(process.execPath, [CLI, 'start', '--out', out, '--paths', '500', '--no-png'], { encoding: 'utf8', timeout: 600_000 });
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('E_REPORT_FOREIGN_FILES');
    expect(refused.stderr).toContain('--keep-foreign');
    expect(readFileSync(notes, 'utf8')).toBe('my notes');
    const kept = spawnSync(process.execPath, [CLI, 'start', '--out', out, '--paths', '500', '--no-png', '--keep-foreign'], { encoding: 'utf8', timeout: 600_000 });
    expect(kept.status, kept.stderr).toBe(0);
    expect(readFileSync(notes, 'utf8')).toBe('my notes');
    expect(kept.stdout).toMatch(/4 of 4 reports written/);
  });

  it('refuses a bad option with exit 2 before writing anything', () => {
    const out = folder.path('never');
    const run = spawnSync(process.execPath, [CLI, 'start', '--out', out, '--paths', '12'], { encoding: 'utf8', timeout: 60_000 });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/--paths must be a whole number/);
    expect(existsSync(out)).toBe(false);
  });
});

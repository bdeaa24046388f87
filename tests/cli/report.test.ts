/**
 * `plancast report` in-process: it writes the folder and says where, shows progress on stderr, and
 * refuses bad options with a clear message, exit code 2 and no folder (or a half-written one) left
 * behind: an unknown region or scenario, a language other than zh/en, an --out that cannot be written
 * or is not a report folder. Also the region choice of `plancast start`.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasGoalWithData, mainRegions } from '../../src/app/main-regions.js';
import { loadDataset } from '../../src/io/load-dataset.js';
import { runPlancast } from '../helpers/run-plancast.js';
import { useTemporaryDirectory } from '../helpers/temporary-files.js';

const folder = useTemporaryDirectory('plancast-cli-report-');

/** Nothing was written next to `out`: no report folder and no temporary or old sibling. */
function nothingWritten(out: string): void {
  expect(existsSync(out)).toBe(false);
  const parent = dirname(out);
  if (existsSync(parent)) expect(readdirSync(parent).filter((name) => name.includes('.tmp-') || name.includes('.old-'))).toEqual([]);
}

describe('plancast report', () => {
  it('writes the report folder, says where it is and shows progress on stderr', async () => {
    const out = folder.path('yubei-en');
    const run = await runPlancast('report', '--region', 'yubei', '--paths', '300', '--no-png', '--lang', 'en', '--scenario', 'accelerated', '--out', out);
    expect(run.stderr).not.toMatch(/error/);
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toMatch(/yubei: wrote .*yubei-en\/ — index\.html, report\.md, \d+ charts \(Vega-Lite, SVG\), 7 CSV tables, result\.json, manifest\.json/);
    expect(run.stdout).toContain('index.html');
    for (const step of ['[yubei] loading data and fitting models…', '[yubei] simulating accelerated…', '[yubei] simulating baseline…', '[yubei] rendering', '[yubei] writing']) expect(run.stderr).toContain(step);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    expect(manifest).toMatchObject({ language: 'en', pathCount: 300, scenarios: { main: 'accelerated', compared: ['accelerated', 'baseline', 'plan-path', 'conservative', 'downturn-shock'] } });
    expect(readFileSync(join(out, 'report.md'), 'utf8')).toContain('# Yubei District: mid-term evaluation');
  });

  it('takes scenarios as a comma list too', async () => {
    const out = folder.path('comma');
    const run = await runPlancast('report', '--region', 'science-city', '--paths', '200', '--no-png', '--scenario', 'conservative,plan-path', '--out', out);
    expect(run.exitCode).toBe(0);
    expect(JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')).scenarios.compared).toEqual(['conservative', 'plan-path', 'baseline', 'accelerated', 'downturn-shock']);
  });

  it('refuses an unknown region with the known ones, exit 2, nothing written', async () => {
    const out = folder.path('nowhere');
    const run = await runPlancast('report', '--region', 'atlantis', '--out', out);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain('E_UNKNOWN_REGION');
    expect(run.stderr).toContain('yubei');
    nothingWritten(out);
  });

  it('refuses an unknown scenario before any work, exit 2, nothing written', async () => {
    const out = folder.path('bad-scenario');
    const run = await runPlancast('report', '--region', 'yubei', '--scenario', 'optimistic', '--out', out);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain('E_UNKNOWN_SCENARIO');
    expect(run.stderr).not.toContain('[yubei] loading');
    nothingWritten(out);
  });

  it('refuses a language other than zh and en, exit 2', async () => {
    const out = folder.path('french');
    const run = await runPlancast('report', '--region', 'yubei', '--lang', 'fr', '--out', out);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(/--lang.*'fr' is invalid.*zh, en/);
    nothingWritten(out);
  });

  it('refuses an --out that cannot be written (inside a file), exit 2, nothing written', async () => {
    const file = folder.write('a-file.txt', 'not a folder');
    const run = await runPlancast('report', '--region', 'yubei', '--out', join(file, 'report'));
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain('E_REPORT_OUT_UNWRITABLE');
    expect(run.stderr).toContain('remedy:');
    expect(readFileSync(file, 'utf8')).toBe('not a folder');
  });

  it('refuses an --out that is a file, or a folder of other files, and leaves them as they were', async () => {
    const file = folder.write('report.txt', 'mine');
    const asFile = await runPlancast('report', '--region', 'yubei', '--out', file);
    expect(asFile.exitCode).toBe(2);
    expect(asFile.stderr).toContain('E_REPORT_TARGET_NOT_FOLDER');
    const notes = folder.path('notes');
    mkdirSync(notes);
    writeFileSync(join(notes, 'draft.md'), 'keep');
    const asFolder = await runPlancast('report', '--region', 'yubei', '--out', notes);
    expect(asFolder.exitCode).toBe(2);
    expect(asFolder.stderr).toContain('E_REPORT_OUT_NOT_REPORT');
    expect(readdirSync(notes)).toEqual(['draft.md']);
  });

  it('documents its options in --help', async () => {
    const run = await runPlancast('report', '--help');
    expect(run.exitCode).toBe(0);
    for (const option of ['--region', '--scenario', '--data', '--as-of', '--lang', '--out', '--pdf', '--no-png', '--paths', '--seed']) expect(run.stdout).toContain(option);
  });
});

describe('plancast start: which regions', () => {
  it('reports the districts and the science city, not their sub-areas, and skips Chongqing (no goal with data)', async () => {
    const dataset = await loadDataset();
    const regions = mainRegions(dataset.catalog);
    expect(regions).toEqual(['chongqing', 'yubei', 'yongchuan', 'shapingba', 'science-city']);
    expect(regions.filter((region) => hasGoalWithData(dataset.records, region))).toEqual(['yubei', 'yongchuan', 'shapingba', 'science-city']);
  });
});

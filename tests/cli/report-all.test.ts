/**
 * `plancast report --all` in-process: every region's report into <out>/<region>/<lang>/ and the overview
 * beside them — in English index.en.html and overview.en.xlsx, so a Chinese overview is never replaced —
 * and the refusals of --all with --region and of a report with neither (exit 2, nothing written).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPlancast } from '../helpers/run-plancast.js';
import { useTemporaryDirectory } from '../helpers/temporary-files.js';

const folder = useTemporaryDirectory('plancast-report-all-');

describe('plancast report --all', () => {
  it('writes every region\'s English report and the English overview beside them', { timeout: 300_000 }, async () => {
    const out = folder.path('reports');
    const run = await runPlancast('report', '--all', '--lang', 'en', '--paths', '200', '--no-png', '--xlsx', '--out', out);
    expect(run.exitCode, run.stderr).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['index.en.html', 'overview.en.xlsx', 'science-city', 'shapingba', 'yongchuan', 'yubei']);
    for (const region of ['science-city', 'shapingba', 'yongchuan', 'yubei']) {
      expect(readdirSync(join(out, region))).toEqual(['en']);
      expect(existsSync(join(out, region, 'en', 'report.xlsx'))).toBe(true);
    }
    expect(run.stdout).toContain('chongqing: skipped');
    expect(run.stdout).toMatch(/overview: wrote .*index\.en\.html, .*overview\.en\.xlsx — every region at a glance/);
    const overview = readFileSync(join(out, 'index.en.html'), 'utf8');
    expect(overview).toContain('href="yubei/en/index.html"');
    expect(overview).toContain('Yubei District');
  });

  it.each([
    [['--all', '--region', 'yubei'], /E_REPORT_ALL_WITH_REGION/],
    [[], /E_REPORT_NO_REGION/],
  ])('refuses %j with exit 2 and writes nothing', async (args, message) => {
    const out = folder.path(`never-${args.length}`);
    const run = await runPlancast('report', ...args, '--paths', '200', '--out', out);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(existsSync(out)).toBe(false);
  });
});

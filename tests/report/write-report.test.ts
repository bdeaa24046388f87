/**
 * writeReport end to end on a small region (science-city: a few charts, so PNGs are quick): the folder
 * holds every file the issue asks for; two runs with the same inputs and seed are byte-identical, PNGs
 * included; the manifest's hashes are those of the files; --pdf prints a PDF with Chromium and, without
 * it, writes the rest and says why; an --out that is not a report folder is refused untouched.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/io/project-paths.js';
import { writeReport, type WrittenReport } from '../../src/report/write-report.js';
import { useTemporaryDirectory } from '../helpers/temporary-files.js';
import { folderContents } from './folder-contents.js';

const folder = useTemporaryDirectory('plancast-write-report-');
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

let first: WrittenReport;
beforeAll(async () => {
  first = await writeReport({ region: 'science-city', paths: 500, out: folder.path('first') });
});

describe('writeReport', () => {
  it('writes the report folder: html, markdown, specs, SVG, PNG, CSV, result and manifest', () => {
    const files = [...folderContents(first.folder).keys()];
    for (const name of ['index.html', 'report.md', 'result.json', 'manifest.json', 'charts/status-summary.vl.json', 'charts/status-summary.svg', 'charts/status-summary.png', 'tables/goals.csv', 'tables/forecasts.csv', 'tables/provenance.csv']) expect(files).toContain(name);
    const specs = files.filter((file) => file.endsWith('.vl.json'));
    expect(specs.length).toBe(first.chartCount);
    for (const spec of specs) {
      const base = spec.replace(/\.vl\.json$/, '');
      expect(files).toContain(`${base}.svg`);
      expect(files).toContain(`${base}.png`);
    }
    expect(files.some((file) => file.includes('.tmp-') || file.includes('.old-'))).toBe(false);
    expect(first.pdf).toBe('not-requested');
  });

  it('renders every chart: SVG with marks and Chinese text, PNG at twice the size', () => {
    for (const [file, bytes] of folderContents(first.folder)) {
      if (file.endsWith('.svg')) {
        const svg = bytes.toString('utf8');
        expect(svg.match(/<path/g)?.length ?? 0, file).toBeGreaterThan(3);
        expect(svg, file).toMatch(/[\u4e00-\u9fff]/u);
      }
      if (file.endsWith('.png')) {
        expect([...bytes.subarray(0, 4)], file).toEqual([0x89, 0x50, 0x4e, 0x47]);
        const svg = readFileSync(join(first.folder, file.replace(/\.png$/, '.svg')), 'utf8');
        expect(bytes.readUInt32BE(16), file).toBe(2 * Number(/width="([\d.]+)"/.exec(svg)![1]));
      }
    }
  });

  it('is byte-identical when run again with the same inputs and seed (PNGs included)', async () => {
    const second = await writeReport({ region: 'science-city', paths: 500, out: folder.path('second') });
    const left = folderContents(first.folder);
    const right = folderContents(second.folder);
    expect([...right.keys()]).toEqual([...left.keys()]);
    for (const [file, bytes] of left) expect(right.get(file)!.equals(bytes), file).toBe(true);
  });

  it('records version, seed, generator, paths and the hashes of its inputs, scenario files and own files', () => {
    const manifest = JSON.parse(readFileSync(join(first.folder, 'manifest.json'), 'utf8'));
    expect(manifest).toMatchObject({ region: 'science-city', language: 'zh', seed: 20210101, generator: 'xoshiro128**', pathCount: 500, preset: 'chongqing', presetIsRegionDefault: true, asOfYear: null, models: { name: 'default', path: 'models/default.yaml' } });
    expect(manifest.plancastVersion).toBe(JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')).version);
    expect(manifest.models.sha256).toBe(sha256(readFileSync(join(projectRoot, 'models/default.yaml'))));
    for (const input of manifest.inputs) expect(input.sha256, input.path).toBe(sha256(readFileSync(join(projectRoot, input.path))));
    expect(manifest.inputs.map((input: { path: string }) => input.path)).toEqual(expect.arrayContaining(['seeds/indicators.yaml', 'seeds/plans.yaml', 'seeds/records/science-city.csv', 'seeds/actuals/public-actuals.csv']));
    const ids = manifest.scenarioFiles.map((file: { id: string }) => file.id);
    expect(ids.filter((id: string) => !id.startsWith('policy:'))).toEqual(['accelerated', 'baseline', 'conservative', 'downturn-shock', 'plan-path']);
    // the policies accelerated uses and sensitivity ranks, each with its file's hash
    expect(ids.filter((id: string) => id.startsWith('policy:'))).toEqual(expect.arrayContaining(['policy:rd-fiscal-incentives', 'policy:high-tech-cultivation']));
    for (const file of manifest.scenarioFiles) expect(file.sha256).toBe(sha256(readFileSync(join(projectRoot, file.path))));
    const listed = manifest.files.map((file: { path: string }) => file.path);
    expect(listed).toEqual([...folderContents(first.folder).keys()].filter((file) => file !== 'manifest.json'));
    for (const file of manifest.files) expect(file.sha256, file.path).toBe(sha256(readFileSync(join(first.folder, file.path))));
  });

  it('carries no timestamp anywhere', () => {
    for (const name of ['manifest.json', 'result.json', 'report.md', 'index.html']) {
      const text = readFileSync(join(first.folder, name), 'utf8').replace(/<script>[\s\S]*?<\/script>/g, '');
      expect(text, name).not.toMatch(/20\d\d-\d\d-\d\dT\d\d:\d\d/);
    }
  });

  it('replaces an earlier report in the same folder', async () => {
    const again = await writeReport({ region: 'science-city', paths: 500, out: first.folder, png: false, language: 'en' });
    expect(readFileSync(join(again.folder, 'report.md'), 'utf8')).toContain('mid-term evaluation');
    expect(existsSync(join(again.folder, 'charts/status-summary.png'))).toBe(false);
  });

  it('refuses a folder that is not a plancast report, and leaves it untouched', async () => {
    const other = folder.path('notes');
    mkdirSync(other);
    writeFileSync(join(other, 'mine.txt'), 'keep me');
    await expect(writeReport({ region: 'science-city', paths: 500, out: other })).rejects.toMatchObject({ code: 'E_REPORT_OUT_NOT_REPORT', exitCode: 2 });
    expect(readdirSync(other)).toEqual(['mine.txt']);
  });
});

describe('writeReport --pdf', () => {
  it('without Chromium writes everything else and warns', async () => {
    const report = await writeReport({ region: 'science-city', paths: 500, png: false, out: folder.path('no-chromium'), pdf: true, chromiumSearch: { path: '', preferred: [] } });
    expect(report.pdf).toBe('chromium-missing');
    expect(report.warnings.join('\n')).toMatch(/no Chromium or Chrome was found.*without report\.pdf.*apt-get install chromium/s);
    expect(existsSync(join(report.folder, 'report.pdf'))).toBe(false);
    expect(existsSync(join(report.folder, 'index.html'))).toBe(true);
  });

  it('with Chromium prints index.html to report.pdf', async () => {
    const report = await writeReport({ region: 'science-city', paths: 500, png: false, out: folder.path('with-pdf'), pdf: true });
    expect(report.pdf).toBe('printed');
    const pdf = readFileSync(join(report.folder, 'report.pdf'));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(20_000);
    expect(JSON.parse(readFileSync(join(report.folder, 'manifest.json'), 'utf8')).pdf.path).toBe('report.pdf');
  });
});

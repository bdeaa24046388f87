/**
 * The chart pool (worker threads, subset CJK fonts) must give exactly the files the plain, one-chart-at-a-time
 * path gives: the SVG of renderSvg and the PNG of renderPng with the full Noto Sans CJK collections. The font
 * table reader is checked against fontconfig's own reading of the collections (fc-query).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { TopLevelSpec } from 'vega-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { buildFanChart } from '../../src/core/report/charts/fan-chart.js';
import { buildScenarioComparisonChart } from '../../src/core/report/charts/scenario-comparison.js';
import { buildStatusSummaryChart } from '../../src/core/report/charts/status-summary.js';
import { buildTornadoChart } from '../../src/core/report/charts/tornado.js';
import { CHARTS_WORTH_A_WORKER, ChartRenderPool } from '../../src/render/chart-render-pool.js';
import { findCjkFontFiles } from '../../src/render/cjk-fonts.js';
import { codePointsOf, subsetDrawsSvg, subsetFontFiles } from '../../src/render/font-subset.js';
import { faceIndexOfFamily, faceOffsets, familyNames, mappedCodePoints } from '../../src/render/font-tables.js';
import { renderPng } from '../../src/render/render-png.js';
import { renderSvg } from '../../src/render/render-svg.js';
import * as samples from '../report/chart-samples.js';

// Every chart kind, in both languages between them; the reference PNGs with the full fonts are slow (resvg
// reads the 20 MB font files for every text element), hence few charts and a long timeout.
const specs: [string, TopLevelSpec][] = [
  ['fan-en', buildFanChart(samples.yubeiIntensityFanEnglish)],
  ['scenarios-zh', buildScenarioComparisonChart(samples.yubeiIntensityScenarios)],
  ['tornado-zh', buildTornadoChart(samples.yubeiIntensityTornado)],
  ['status-zh', buildStatusSummaryChart(samples.yubeiStatusSummary)],
  // a character the font's SC face does not map (CJK Extension B): this chart falls back to the full fonts
  ['rare-character', buildFanChart({ ...samples.yubeiIntensityFan, title: '𠀀 研发投入强度' })],
];

const pools: ChartRenderPool[] = [];
const expected = new Map<string, Promise<{ svg: string; warnings: string[]; png: Uint8Array }>>();
/** What the plain path gives: renderSvg, then renderPng with the full font files (computed once per chart). */
function plainRendering(name: string, spec: TopLevelSpec) {
  if (!expected.has(name)) expected.set(name, renderSvg(spec).then((svg) => ({ svg: svg.svg, warnings: svg.warnings, png: renderPng(svg.svg, { fontFiles: findCjkFontFiles() }).png })));
  return expected.get(name)!;
}
afterAll(async () => Promise.all(pools.map((pool) => pool.close())));

describe('ChartRenderPool', () => {
  it.each([
    ['two worker threads', 2],
    ['the calling thread', 0],
  ])('gives the same SVG and PNG bytes as renderSvg and renderPng with the full fonts, on %s', { timeout: 600_000 }, async (_, size) => {
    const pool = new ChartRenderPool(size);
    pools.push(pool);
    const outputs = await pool.render(specs.map(([, spec]) => ({ spec, png: true })));
    for (const [index, [name, spec]] of specs.entries()) {
      const plain = await plainRendering(name, spec);
      expect(outputs[index]!.svg, name).toBe(plain.svg);
      expect(outputs[index]!.warnings, name).toEqual(plain.warnings);
      expect(Buffer.compare(Buffer.from(outputs[index]!.png!), Buffer.from(plain.png)), name).toBe(0);
    }
  });

  it('grows by a worker when the calling thread is done and enough charts wait: each chart drawn once, by one of them, as the plain path draws it', { timeout: 120_000 }, async () => {
    const pool = new ChartRenderPool(1, 2);
    pools.push(pool);
    const many = Array.from({ length: 4 * CHARTS_WORTH_A_WORKER }, (_, index) => buildFanChart({ ...samples.yubeiIntensityFanEnglish, title: `chart ${index}` }));
    const rendering = pool.render(many.map((spec) => ({ spec, png: false })));
    expect(pool.workerCount).toBe(1);
    pool.callerDone();
    expect(pool.workerCount).toBe(2);
    const outputs = await rendering;
    // every chart has an answer; the workers may still be reaching the ones the other drew: wait till they have
    for (const until = Date.now() + 60_000; pool.busy && Date.now() < until;) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(pool.busy).toBe(false);
    const answered = pool.answeredPerWorker;
    expect(answered.reduce((sum, count) => sum + count, 0)).toBe(many.length);
    expect(answered.every((count) => count > 0), `answers per worker: ${answered.join(', ')}`).toBe(true);
    for (const [index, spec] of many.entries()) expect(outputs[index]!.svg, `chart ${index}`).toBe((await renderSvg(spec)).svg);
  });

  it('does not grow for a few charts, nor past its size when the caller is done', async () => {
    const few = new ChartRenderPool(1, 2);
    pools.push(few);
    const rendering = few.render([{ spec: specs[0]![1], png: false }]);
    few.callerDone();
    expect(few.workerCount).toBe(1);
    await rendering;
    const fixed = new ChartRenderPool(1);
    pools.push(fixed);
    const many = fixed.render(Array.from({ length: 2 * CHARTS_WORTH_A_WORKER }, () => ({ spec: specs[0]![1], png: false })));
    fixed.callerDone();
    expect(fixed.workerCount).toBe(1);
    await many;
  });

  it('renders SVG only when no PNG is asked for', async () => {
    const pool = new ChartRenderPool(1);
    pools.push(pool);
    const [output] = await pool.render([{ spec: specs[0]![1], png: false }]);
    expect(output!.png).toBeUndefined();
    expect(output!.svg.startsWith('<svg')).toBe(true);
  });

  it('turns a spec vega-lite cannot compile into E_CHART_SPEC_INVALID from a worker', async () => {
    const pool = new ChartRenderPool(1);
    pools.push(pool);
    await expect(pool.render([{ spec: { mark: 'nonsense' } as unknown as TopLevelSpec, png: true }])).rejects.toMatchObject({ code: 'E_CHART_SPEC_INVALID' });
  });
});

describe('font tables and subsets', () => {
  const collection = findCjkFontFiles().find((file) => file.endsWith('.ttc'))!;
  const data = new Uint8Array(readFileSync(collection));

  it('finds each face of a collection under the family fontconfig reads there', () => {
    const listing = execFileSync('fc-query', ['-f', '%{index}\t%{family}\n', collection], { encoding: 'utf8' }).trim().split('\n');
    expect(faceOffsets(data)).toHaveLength(listing.length);
    for (const line of listing) {
      const [index, families] = line.split('\t') as [string, string];
      const english = families.split(',').find((family) => /^Noto|^Source/.test(family))!;
      expect(familyNames(data, faceOffsets(data)[Number(index)]!)).toContain(english);
      expect(faceIndexOfFamily(data, english)).toBe(Number(index));
    }
  });

  it('keeps exactly the requested characters the face maps, and says which SVGs the subset can draw', () => {
    const subset = subsetFontFiles([collection], 'Noto Sans CJK SC', codePointsOf(['研发投入强度']))!;
    const mapped = mappedCodePoints(subset.fonts[0]!);
    for (const character of '研发投入强度A9%') expect(mapped.has(character.codePointAt(0)!), character).toBe(true);
    expect(mapped.has('目'.codePointAt(0)!)).toBe(false);
    expect(subset.fonts[0]!.byteLength).toBeLessThan(data.byteLength / 20);
    const svg = (text: string, family = 'Noto Sans CJK SC, sans-serif') => `<svg><text font-family="${family}">${text}</text></svg>`;
    expect(subsetDrawsSvg(svg('研发 2025'), 'Noto Sans CJK SC', subset.covered)).toBe(true);
    expect(subsetDrawsSvg(svg('目标'), 'Noto Sans CJK SC', subset.covered)).toBe(false);
    expect(subsetDrawsSvg(svg('&#30446;'), 'Noto Sans CJK SC', subset.covered)).toBe(false);
    expect(subsetDrawsSvg(svg('研发', 'Noto Serif CJK SC'), 'Noto Sans CJK SC', subset.covered)).toBe(false);
  });
});

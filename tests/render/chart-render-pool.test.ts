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
import { CALLER_PNG_BACKLOG, callerPngDone, createCallerShare, leavePngToCaller, openCallerShare } from '../../src/render/caller-png-share.js';
import { ChartRenderPool } from '../../src/render/chart-render-pool.js';
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
    expect(pool.pngsDrawnByCaller).toBe(0);
    for (const [index, [name, spec]] of specs.entries()) {
      const plain = await plainRendering(name, spec);
      expect(outputs[index]!.svg, name).toBe(plain.svg);
      expect(outputs[index]!.warnings, name).toEqual(plain.warnings);
      expect(Buffer.compare(Buffer.from(outputs[index]!.png!), Buffer.from(plain.png)), name).toBe(0);
    }
  });

  it('once the calling thread is done, it draws PNGs of charts whose SVG a worker drew: the same bytes as the plain path', { timeout: 600_000 }, async () => {
    const pool = new ChartRenderPool(1);
    pools.push(pool);
    const twice = [...specs, ...specs];
    const rendering = pool.render(twice.map(([, spec]) => ({ spec, png: true })));
    pool.callerDone();
    const outputs = await rendering;
    expect(pool.pngsDrawnByCaller).toBeGreaterThan(0);
    expect(pool.pngsDrawnByCaller).toBeLessThanOrEqual(twice.length);
    for (const [index, [name, spec]] of twice.entries()) {
      const plain = await plainRendering(name, spec);
      expect(outputs[index]!.svg, name).toBe(plain.svg);
      expect(Buffer.compare(Buffer.from(outputs[index]!.png!), Buffer.from(plain.png)), name).toBe(0);
    }
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

describe("the calling thread's PNG share (caller-png-share.ts)", () => {
  it('leaves a PNG to the calling thread only once it is done, while it has fewer than CALLER_PNG_BACKLOG to draw', () => {
    const share = createCallerShare();
    expect(leavePngToCaller(share)).toBe(false);
    openCallerShare(share);
    const left = Array.from({ length: CALLER_PNG_BACKLOG + 2 }, () => leavePngToCaller(share));
    expect(left).toEqual([...Array<boolean>(CALLER_PNG_BACKLOG).fill(true), false, false]);
    callerPngDone(share);
    expect(leavePngToCaller(share)).toBe(true);
    expect(leavePngToCaller(share)).toBe(false);
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

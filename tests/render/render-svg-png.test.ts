/**
 * Headless rendering: Vega-Lite spec → SVG (vega View, renderer 'none') → PNG (resvg with Noto Sans
 * CJK). The SVG must hold the marks and the Chinese text; the PNG must be a real PNG at 2× the chart
 * size. Set PLANCAST_SCREENSHOT_DIR to keep the PNGs for a look.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TopLevelSpec } from 'vega-lite';
import { describe, expect, it } from 'vitest';
import { buildFanChart } from '../../src/core/report/charts/fan-chart.js';
import { buildScenarioComparisonChart } from '../../src/core/report/charts/scenario-comparison.js';
import { buildStatusSummaryChart } from '../../src/core/report/charts/status-summary.js';
import { buildTornadoChart } from '../../src/core/report/charts/tornado.js';
import { compileSpec } from '../../src/render/compile-spec.js';
import { CjkFontMissingError, findCjkFontFiles, renderPng } from '../../src/render/render-png.js';
import { estimateTextWidth, renderSvg } from '../../src/render/render-svg.js';
import * as samples from '../report/chart-samples.js';

const keepDirectory = process.env.PLANCAST_SCREENSHOT_DIR;
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Width and height from the PNG's IHDR chunk. */
function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

const count = (svg: string, pattern: RegExp) => (svg.match(pattern) ?? []).length;

describe('compileSpec', () => {
  it('collects the compiler warnings instead of printing them', () => {
    const spec = { data: { values: [{ a: 1 }] }, mark: 'bar', encoding: { x: { field: 'a', type: 'quantitative' }, shape: { field: 'a', type: 'nominal' } } } as TopLevelSpec;
    const compiled = compileSpec(spec);
    expect(compiled.warnings.length).toBeGreaterThan(0);
    expect(compiled.warnings.join(' ')).toMatch(/shape/);
  });
  it('turns a spec vega-lite cannot compile into E_CHART_SPEC_INVALID', () => {
    expect(() => compileSpec({ mark: 'nonsense' } as unknown as TopLevelSpec)).toThrow(expect.objectContaining({ code: 'E_CHART_SPEC_INVALID' }));
  });
});

describe('renderSvg', () => {
  it('draws the fan chart: areas, lines, points and the Chinese title and legend', async () => {
    const rendered = await renderSvg(buildFanChart(samples.yubeiIntensityFan));
    expect(rendered.warnings).toEqual([]);
    expect(rendered.svg.startsWith('<svg')).toBe(true);
    expect([rendered.width, rendered.height]).toEqual([640, 360]);
    expect(count(rendered.svg, /<path/g)).toBeGreaterThan(10);
    expect(rendered.svg).toContain('R&amp;D经费支出占地区生产总值比重');
    for (const label of ['历史值', '中位数预测', '80%区间', '2025年目标 ≥4.8', '2020', '2025']) expect(rendered.svg).toContain(label);
    expect(rendered.svg).not.toMatch(/2,020|2020\.5/);
    expect(rendered.svg).toContain('Noto Sans CJK SC');
  });

  it.each([
    ['scenario comparison', () => buildScenarioComparisonChart(samples.yubeiIntensityScenarios), '基准情景'],
    ['tornado', () => buildTornadoChart(samples.yubeiIntensityTornado), '研发投入增速 ±2个百分点'],
    ['status summary', () => buildStatusSummaryChart(samples.yubeiStatusSummary), '每万人口发明专利拥有量'],
  ])('draws the %s with its marks and Chinese labels', async (_, build, label) => {
    const rendered = await renderSvg(build());
    expect(rendered.warnings).toEqual([]);
    expect(count(rendered.svg, /<path/g)).toBeGreaterThan(5);
    expect(count(rendered.svg, /<text/g)).toBeGreaterThan(5);
    expect(rendered.svg).toContain(label);
  });

  it('is deterministic: the same spec gives the same SVG', async () => {
    const spec = buildFanChart(samples.yubeiIntensityFanEnglish);
    expect((await renderSvg(spec)).svg).toBe((await renderSvg(spec)).svg);
  });

  it('estimates Chinese text as a full em per character and digits narrower', () => {
    expect(estimateTextWidth({ fontSize: 10 }, '目标')).toBe(20);
    expect(estimateTextWidth({ fontSize: 10 }, '2025')).toBeLessThan(30);
    expect(estimateTextWidth({ fontSize: 10, limit: 15 }, '研发投入强度')).toBe(15);
  });
});

describe('renderPng', () => {
  it('finds the Noto Sans CJK fonts installed on this machine', () => {
    expect(findCjkFontFiles().some((file) => /NotoSansCJK|SourceHanSans/i.test(file))).toBe(true);
  });

  it.each([
    ['fan-zh', () => buildFanChart(samples.yubeiIntensityFan), 1280, 720],
    ['fan-en', () => buildFanChart(samples.yubeiIntensityFanEnglish), 1280, 720],
    ['scenarios-zh', () => buildScenarioComparisonChart(samples.yubeiIntensityScenarios), 1280, 720],
    ['tornado-zh', () => buildTornadoChart(samples.yubeiIntensityTornado), 1280, 444],
    ['status-zh', () => buildStatusSummaryChart(samples.yubeiStatusSummary), 1280, 556],
  ])('renders %s to a PNG at twice the chart size', async (name, build, width, height) => {
    const { svg } = await renderSvg(build());
    const rendered = renderPng(svg);
    expect([...rendered.png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    expect(pngSize(rendered.png)).toEqual({ width, height });
    expect([rendered.width, rendered.height]).toEqual([width, height]);
    expect(rendered.fontFiles.length).toBeGreaterThan(0);
    expect(rendered.png.length).toBeGreaterThan(20_000); // a blank picture compresses to a few kB
    if (keepDirectory) writeFileSync(join(keepDirectory, `${name}.png`), rendered.png);
  });

  it('renders at another scale when asked', async () => {
    const { svg } = await renderSvg(buildFanChart(samples.yubeiIntensityFan));
    expect(pngSize(renderPng(svg, { scale: 1 }).png)).toEqual({ width: 640, height: 360 });
  });

  it('says clearly when no CJK font is available for Chinese text', async () => {
    const { svg } = await renderSvg(buildFanChart(samples.yubeiIntensityFan));
    let caught: unknown;
    try {
      renderPng(svg, { fontFiles: [] });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(CjkFontMissingError);
    expect(caught).toMatchObject({ code: 'E_CJK_FONT_MISSING', remedy: expect.stringContaining('fonts-noto-cjk') });
  });

  it('still renders English-only charts with the system fonts when no CJK font is given', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="100" height="40"><rect width="100" height="40" fill="#fff"/><text x="5" y="25" font-size="14">Target</text></svg>';
    expect(pngSize(renderPng(svg, { fontFiles: [] }).png)).toEqual({ width: 200, height: 80 });
  });
});

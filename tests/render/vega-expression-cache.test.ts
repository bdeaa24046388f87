/**
 * renderVegaSvg compiles each distinct Vega expression once per thread and reuses the function for later
 * charts (render-svg.ts). The SVG must be the one Vega's own code generator gives, for a first chart and for
 * charts whose expressions were compiled before, in any order.
 */
import * as vega from 'vega';
import type { TopLevelSpec } from 'vega-lite';
import { describe, expect, it } from 'vitest';
import { buildFanChart } from '../../src/core/report/charts/fan-chart.js';
import { buildScenarioComparisonChart } from '../../src/core/report/charts/scenario-comparison.js';
import { buildStatusSummaryChart } from '../../src/core/report/charts/status-summary.js';
import { buildTornadoChart } from '../../src/core/report/charts/tornado.js';
import { compileSpec } from '../../src/render/compile-spec.js';
import { estimateTextWidth, renderVegaSvg } from '../../src/render/render-svg.js';
import * as samples from '../report/chart-samples.js';

const charts: [string, TopLevelSpec][] = [
  ['fan-zh', buildFanChart(samples.yubeiIntensityFan)],
  ['fan-en', buildFanChart(samples.yubeiIntensityFanEnglish)],
  ['scenarios-zh', buildScenarioComparisonChart(samples.yubeiIntensityScenarios)],
  ['tornado-zh', buildTornadoChart(samples.yubeiIntensityTornado)],
  ['status-zh', buildStatusSummaryChart(samples.yubeiStatusSummary)],
];

/** Vega as shipped: its own expression code generator, a new View per chart, the same text measurement. */
async function plainVegaSvg(spec: TopLevelSpec): Promise<string> {
  (vega as unknown as { textMetrics: { width: unknown } }).textMetrics.width = estimateTextWidth;
  const view = new vega.View(vega.parse(compileSpec(spec).vegaSpec), { renderer: 'none' });
  try {
    await view.runAsync();
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

describe('renderVegaSvg with kept expression functions', () => {
  it('gives the SVG of Vega\'s own code generator, the first time and every later time, in any order', async () => {
    const expected = new Map<string, string>();
    for (const [name, spec] of charts) expected.set(name, await plainVegaSvg(spec));
    const order = [...charts, ...[...charts].reverse(), ...charts];
    for (const [name, spec] of order) expect((await renderVegaSvg(compileSpec(spec).vegaSpec)).svg, name).toBe(expected.get(name));
  });

  it('gives different charts different pictures (the functions kept are not mixed up)', async () => {
    const svgs = await Promise.all(charts.map(async ([, spec]) => (await renderVegaSvg(compileSpec(spec).vegaSpec)).svg));
    expect(new Set(svgs).size).toBe(charts.length);
  });
});

/**
 * Charts started before their report is computed: runReport hands over each fan chart once its indicator is
 * prepared (and all of them once the main scenario is projected) and the status and comparison charts once
 * every scenario is (onEarlyCharts), and the pool
 * draws them while the rest is computed (ChartRenderPool.startEarly). The report must not change by a byte: the early specs are the report's own,
 * and a batch rendered with charts started early gives the bytes the batch alone gives — whether the early
 * charts got their PNG at once (a font subset known already) or only their SVG (the PNG drawn with the batch).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TopLevelSpec } from 'vega-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectionInputs } from '../../src/app/projection-request.js';
import { openWorkspace } from '../../src/app/workspace.js';
import { runReport } from '../../src/core/jobs/run-report.js';
import { buildFanChart } from '../../src/core/report/charts/fan-chart.js';
import { buildScenarioComparisonChart } from '../../src/core/report/charts/scenario-comparison.js';
import { buildStatusSummaryChart } from '../../src/core/report/charts/status-summary.js';
import { buildTornadoChart } from '../../src/core/report/charts/tornado.js';
import type { ReportChart } from '../../src/core/report/report-charts.js';
import { ChartRenderPool, EarlyCharts, type ChartRenderOutput } from '../../src/render/chart-render-pool.js';
import { reportScenarioEntries } from '../../src/report/write-report.js';
import * as samples from '../report/chart-samples.js';

describe('runReport onEarlyCharts', () => {
  it.each(['zh', 'en'] as const)('hands over each fan chart (%s) once its indicator is prepared, all of them again once the main scenario is projected, its status and comparison charts once every scenario is', async (language) => {
    const workspace = await openWorkspace();
    const inputs = projectionInputs(workspace, { region: 'yubei', paths: 500, scenarios: reportScenarioEntries() });
    const log: (string | ReportChart[])[] = [];
    const { charts } = runReport({
      ...inputs, language, plancastVersion: '0.0.0-test',
      onProgress: (event) => log.push(event.stage === 'scenario' ? `scenario ${event.scenario}` : event.stage),
      onEarlyCharts: (handed) => log.push(handed),
    });
    const scenarios = reportScenarioEntries();
    const fans = charts.filter((chart) => chart.kind === 'fan');
    expect(fans.length).toBeGreaterThan(5);
    // while the region is prepared: one fan chart at a time, each the report's own
    const whilePrepared = log.slice(0, log.indexOf('prepared'));
    expect(whilePrepared.length).toBeGreaterThan(5);
    for (const handed of whilePrepared) {
      expect(Array.isArray(handed)).toBe(true);
      expect(handed).toHaveLength(1);
      expect(fans).toContainEqual((handed as ReportChart[])[0]);
    }
    const afterPrepared = log.slice(log.indexOf('prepared') + 1);
    expect(afterPrepared.slice(0, 3)).toEqual([`scenario ${scenarios[0]}`, fans, `scenario ${scenarios[1]}`]);
    const beforeSensitivity = charts.filter((chart) => chart.kind === 'status-summary' || chart.kind === 'scenario-comparison');
    expect(beforeSensitivity.map((chart) => chart.kind)).toContain('scenario-comparison');
    expect(afterPrepared.slice(-3)).toEqual([`scenario ${scenarios[scenarios.length - 1]}`, beforeSensitivity, 'sensitivity']);
    expect(charts.some((chart) => chart.kind === 'sensitivity')).toBe(true); // drawn with the batch
  });
});

const specs: TopLevelSpec[] = [
  buildFanChart(samples.yubeiIntensityFanEnglish),
  buildFanChart(samples.yubeiIntensityFan),
  buildScenarioComparisonChart(samples.yubeiIntensityScenarios),
  buildTornadoChart(samples.yubeiIntensityTornado),
  buildStatusSummaryChart(samples.yubeiStatusSummary),
];
const requests = specs.map((spec) => ({ spec, png: true }));

describe('ChartRenderPool.startEarly', () => {
  const pools: ChartRenderPool[] = [];
  const folders: string[] = [];
  const cacheSetting = process.env.PLANCAST_CACHE_DIR;
  let reference: ChartRenderOutput[];
  const useCache = (): string => {
    const folder = mkdtempSync(join(tmpdir(), 'plancast-early-charts-'));
    folders.push(folder);
    process.env.PLANCAST_CACHE_DIR = folder;
    return folder;
  };
  const pool = (): ChartRenderPool => {
    const made = new ChartRenderPool(2);
    pools.push(made);
    return made;
  };
  const same = (outputs: ChartRenderOutput[]): void => {
    expect(outputs).toHaveLength(reference.length);
    outputs.forEach((output, index) => {
      expect(output.svg, `chart ${index}`).toBe(reference[index]!.svg);
      expect(output.warnings, `chart ${index}`).toEqual(reference[index]!.warnings);
      expect(Buffer.compare(Buffer.from(output.png!), Buffer.from(reference[index]!.png!)), `chart ${index}`).toBe(0);
    });
  };

  beforeAll(async () => {
    useCache();
    reference = await pool().render(requests); // the batch alone
  }, 600_000);
  afterAll(async () => {
    await Promise.all(pools.map((made) => made.close()));
    if (cacheSetting === undefined) delete process.env.PLANCAST_CACHE_DIR;
    else process.env.PLANCAST_CACHE_DIR = cacheSetting;
    for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  });

  it('draws only the SVG early when no font subset covers the charts yet, and the PNG with the batch', { timeout: 600_000 }, async () => {
    useCache(); // empty: nothing covers
    const drawing = pool();
    const early = new EarlyCharts();
    drawing.startEarly(requests.slice(0, 2), early);
    expect([...early.started.values()].map((started) => started.png)).toEqual([false, false]);
    same(await drawing.render(requests, early));
  });

  it('draws the PNG early with a subset the pool or the cache knows, and the batch takes both up', { timeout: 600_000 }, async () => {
    const cache = useCache();
    const first = pool();
    await first.render(requests); // cuts the subset into the cache, and the pool keeps it
    const early = new EarlyCharts();
    first.startEarly(requests.slice(0, 3), early);
    expect([...early.started.values()].map((started) => started.png)).toEqual([true, true, true]);
    same(await first.render(requests, early));

    process.env.PLANCAST_CACHE_DIR = cache; // a new pool (a new process) finds it in the cache
    const second = pool();
    const fromCache = new EarlyCharts();
    second.startEarly(requests.slice(1, 4), fromCache);
    expect([...fromCache.started.values()].map((started) => started.png)).toEqual([true, true, true]);
    same(await second.render(requests, fromCache));
  });

  it('returns only the batch\'s charts, without PNGs when the batch asks for none', { timeout: 600_000 }, async () => {
    useCache();
    const drawing = pool();
    const early = new EarlyCharts();
    drawing.startEarly([{ spec: buildFanChart({ ...samples.yubeiIntensityFan, title: 'not in the batch' }), png: true }, requests[0]!], early);
    const outputs = await drawing.render(specs.slice(0, 2).map((spec) => ({ spec, png: false })), early);
    expect(outputs.map((output) => output.svg)).toEqual(reference.slice(0, 2).map((output) => output.svg));
    expect(outputs.map((output) => output.png)).toEqual([undefined, undefined]);
  });
});

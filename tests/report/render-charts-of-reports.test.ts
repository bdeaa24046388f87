/**
 * renderChartsOfReports renders several reports' charts through one pool and hands each report back its
 * own charts, in order, with the same SVG the one-report call gives.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { buildFanChart } from '../../src/core/report/charts/fan-chart.js';
import { buildTornadoChart } from '../../src/core/report/charts/tornado.js';
import type { ReportChart } from '../../src/core/report/report-charts.js';
import { ChartRenderPool } from '../../src/render/chart-render-pool.js';
import { renderChartsOfReports, renderReportCharts } from '../../src/report/report-files.js';
import * as samples from './chart-samples.js';

const pool = new ChartRenderPool(2);
afterAll(() => pool.close());

const chart = (name: string, spec: ReportChart['spec']): ReportChart => ({ name, title: name, kind: 'fan', spec });

describe('renderChartsOfReports', () => {
  it('returns one list per report, in order, equal to rendering each report alone', async () => {
    const first = [chart('fan-zh', buildFanChart(samples.yubeiIntensityFan)), chart('tornado', buildTornadoChart(samples.yubeiIntensityTornado))];
    const second = [chart('fan-en', buildFanChart(samples.yubeiIntensityFanEnglish))];
    const seen: string[] = [];
    const both = await renderChartsOfReports([first, [], second], { png: false, pool, onChart: (_, entry) => seen.push(entry.name) });
    expect(both.map((report) => report.map((entry) => entry.chart.name))).toEqual([['fan-zh', 'tornado'], [], ['fan-en']]);
    expect(seen).toEqual(['fan-zh', 'tornado', 'fan-en']);
    const alone = await renderReportCharts(second, { png: false, pool });
    expect(both[2]![0]!.svg).toBe(alone[0]!.svg);
    expect(both[0]![0]!.png).toBeUndefined();
  });
});

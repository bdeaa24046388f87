/**
 * The chart builders are pure functions from plain inputs to Vega-Lite specs. Every spec must: validate
 * against vega-lite's own JSON schema (vega-lite-schema.json via zod's fromJSONSchema, vega-lite-schema.ts),
 * compile with zero warnings, be byte-identical for the same input, carry its data inline, keep Chinese
 * text as given, and match its golden file (tests/report/golden/).
 */
import fc from 'fast-check';
import type { TopLevelSpec } from 'vega-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { VEGA_LITE_SCHEMA_URL } from '../../src/core/report/charts/chart-style.js';
import { buildFanChart, type FanChartInput } from '../../src/core/report/charts/fan-chart.js';
import { buildScenarioComparisonChart } from '../../src/core/report/charts/scenario-comparison.js';
import { buildStatusSummaryChart } from '../../src/core/report/charts/status-summary.js';
import { buildTornadoChart, sortLeversBySwing } from '../../src/core/report/charts/tornado.js';
import { compileSpec } from '../../src/render/compile-spec.js';
import * as samples from './chart-samples.js';
import { schemaProblems } from './vega-lite-schema.js';

// Building the validator takes a moment; do it before the first test's clock starts.
beforeAll(() => {
  schemaProblems({});
});

const minimalFan: FanChartInput = { title: '高新技术企业数', unit: '家', language: 'zh', history: [{ year: 2020, value: 210 }], bands: [] };

const builds: [string, () => TopLevelSpec][] = [
  ['fan chart (zh)', () => buildFanChart(samples.yubeiIntensityFan)],
  ['fan chart (en)', () => buildFanChart(samples.yubeiIntensityFanEnglish)],
  ['fan chart with history only', () => buildFanChart(minimalFan)],
  ['scenario comparison', () => buildScenarioComparisonChart(samples.yubeiIntensityScenarios)],
  ['tornado', () => buildTornadoChart(samples.yubeiIntensityTornado)],
  ['status summary', () => buildStatusSummaryChart(samples.yubeiStatusSummary)],
];

describe.each(builds)('%s', (name, build) => {
  it('validates against the Vega-Lite JSON schema', () => expect(schemaProblems(build())).toEqual([]));
  it('compiles without a single warning', () => expect(compileSpec(build()).warnings).toEqual([]));
  it('is deterministic: the same input gives the same JSON', () => expect(JSON.stringify(build())).toBe(JSON.stringify(build())));
  it('declares the v6 schema, a fixed size, and inline data only', () => {
    const spec = build() as unknown as Record<string, unknown>;
    expect(spec.$schema).toBe(VEGA_LITE_SCHEMA_URL);
    expect(spec.autosize).toEqual({ type: 'fit', contains: 'padding' });
    expect(typeof spec.width).toBe('number');
    expect(typeof spec.height).toBe('number');
    const text = JSON.stringify(spec);
    expect(text).not.toMatch(/"url"\s*:/);
    expect(text).not.toMatch(/NaN|Infinity|null,"p/);
    expect(text).toContain('Noto Sans CJK SC');
  });
  it('matches its golden file', async () => {
    await expect(`${JSON.stringify(build(), null, 2)}\n`).toMatchFileSnapshot(`golden/${name.replace(/[^a-z]+/gi, '-').replace(/-$/, '')}.vl.json`);
  });
});

describe('the schema check', () => {
  it('is not vacuous: it rejects a misspelt mark, channel type and property', () => {
    const spec = buildFanChart(samples.yubeiIntensityFan) as unknown as Record<string, unknown>;
    expect(schemaProblems({ ...spec, colour: 'red' })).not.toEqual([]);
    expect(schemaProblems({ ...spec, layer: [{ mark: 'lines', encoding: {} }] })).not.toEqual([]);
    expect(schemaProblems({ ...spec, layer: [{ mark: 'line', encoding: { x: { field: 'year', type: 'quantitativ' } } }] })).not.toEqual([]);
  });
});

describe('buildFanChart', () => {
  const spec = buildFanChart(samples.yubeiIntensityFan) as unknown as { title: { text: string; subtitle: string }; encoding: { x: { axis: Record<string, unknown>; scale: Record<string, unknown> } }; layer: { encoding: { color?: { scale?: { domain: string[] } } } }[] };

  it('keeps the Chinese title and labels as given', () => {
    expect(spec.title.text).toBe('R&D经费支出占地区生产总值比重');
    expect(spec.title.subtitle).toBe('历史值与预测（单位：%）');
    const text = JSON.stringify(spec);
    for (const label of ['历史值', '中位数预测', '50%区间', '80%区间', '95%区间', '目标', '达标直线路径', '阶段目标', '2025年目标 ≥4.8', '2022年阶段目标', '年份']) expect(text).toContain(label);
  });
  it('puts integer years on the x axis: no thousands separator, no fractional ticks', () => {
    expect(spec.encoding.x.axis).toMatchObject({ format: 'd', tickMinStep: 1 });
    expect(spec.encoding.x.scale).toMatchObject({ domain: [2015, 2025], nice: false, zero: false });
  });
  it('lists in the legend exactly the layers drawn, in drawing order', () => {
    expect(spec.layer[0]?.encoding.color?.scale?.domain).toEqual(['95%区间', '80%区间', '50%区间', '达标直线路径', '中位数预测', '历史值', '阶段目标', '目标']);
    const bare = buildFanChart({ ...samples.yubeiIntensityFan, straightPath: undefined, milestones: undefined, target: undefined }) as unknown as typeof spec;
    expect(bare.layer[0]?.encoding.color?.scale?.domain).toEqual(['95%区间', '80%区间', '50%区间', '中位数预测', '历史值']);
  });
  it('opens the fan from the last observation and draws the 95 % (p2.5–p97.5), 80 % (p10–p90) and 50 % (p25–p75) bands', () => {
    const layers = (spec as unknown as { layer: { data?: { values: { year: number; p025?: number; p975?: number }[] }; encoding: { y?: { field: string }; y2?: { field: string } } }[] }).layer;
    const bands = layers[0]?.data?.values ?? [];
    expect(bands[0]).toMatchObject({ year: 2020, p025: 4.4, p975: 4.4 });
    expect(bands.map((band) => band.year)).toEqual([2020, 2021, 2022, 2023, 2024, 2025]);
    expect(layers.slice(0, 3).map((layer) => [layer.encoding.y?.field, layer.encoding.y2?.field])).toEqual([['p025', 'p975'], ['p10', 'p90'], ['p25', 'p75']]);
    expect(JSON.stringify(spec)).not.toContain('90%区间');
  });
  it('does not depend on the order of the input points, and does not change its input', () => {
    const input = structuredClone(samples.yubeiIntensityFan);
    const shuffled = { ...input, history: [...input.history].reverse(), bands: [...input.bands].reverse() };
    expect(JSON.stringify(buildFanChart(shuffled))).toBe(JSON.stringify(buildFanChart(input)));
    expect(input).toEqual(samples.yubeiIntensityFan);
  });
  it('refuses an input with nothing to draw', () => {
    expect(() => buildFanChart({ ...minimalFan, history: [] })).toThrow(/at least one/);
  });
  it('always compiles cleanly, for any plausible history and bands (property, seed 20250101)', () => {
    const point = fc.record({ value: fc.double({ min: 0.01, max: 5000, noNaN: true }), spread: fc.double({ min: 0, max: 0.5, noNaN: true }) });
    fc.assert(
      fc.property(fc.integer({ min: 2005, max: 2022 }), fc.array(point, { minLength: 1, maxLength: 6 }), fc.array(point, { minLength: 0, maxLength: 12 }), fc.constantFrom<'zh' | 'en'>('zh', 'en'), (start, history, future, language) => {
        const last = start + history.length - 1;
        const input: FanChartInput = {
          title: '每万人口发明专利拥有量', unit: '件/万人', language,
          history: history.map((entry, index) => ({ year: start + index, value: entry.value })),
          bands: future.map((entry, index) => {
            const width = entry.value * entry.spread;
            return { year: last + 1 + index, p025: entry.value - 2 * width, p10: entry.value - width, p25: entry.value - width / 2, p50: entry.value, p75: entry.value + width / 2, p90: entry.value + width, p975: entry.value + 2 * width };
          }),
          target: { year: last + 5, value: (history[0]?.value ?? 1) * 1.5, comparator: 'at-least' },
        };
        const spec = buildFanChart(input);
        expect(compileSpec(spec).warnings).toEqual([]);
        expect(JSON.stringify(spec)).toBe(JSON.stringify(buildFanChart(input)));
        expect(JSON.stringify(spec)).not.toMatch(/NaN|Infinity/);
      }),
      { seed: 20250101, numRuns: 40 },
    );
  });
});

describe('buildScenarioComparisonChart', () => {
  it('keeps the scenarios in the given order in legend and colours, and draws the target', () => {
    const spec = buildScenarioComparisonChart(samples.yubeiIntensityScenarios) as unknown as { layer: { mark: { type: string }; encoding: { color?: { scale: { domain: string[] } } } }[] };
    expect(spec.layer[1]?.encoding.color?.scale.domain).toEqual(['基准情景', '研发投入增速提高2个百分点', 'GDP增速放缓']);
    expect(spec.layer.map((layer) => layer.mark.type)).toEqual(['area', 'line', 'rule', 'point', 'text']);
  });
  it('refuses duplicate scenario labels', () => {
    const [first] = samples.yubeiIntensityScenarios.scenarios;
    expect(() => buildScenarioComparisonChart({ ...samples.yubeiIntensityScenarios, scenarios: [first!, { ...first!, scenario: 'copy' }] })).toThrow(/distinct/);
  });
});

describe('buildTornadoChart', () => {
  it('sorts levers by swing |high − low|, widest first, ties by lever id', () => {
    expect(sortLeversBySwing(samples.yubeiIntensityTornado.levers).map((lever) => lever.lever)).toEqual(['rd-growth', 'gdp-growth', 'enterprise-rd']);
    const tied = [{ lever: 'b', label: 'B', low: 0.4, high: 0.6 }, { lever: 'a', label: 'A', low: 0.6, high: 0.4 }];
    expect(sortLeversBySwing(tied).map((lever) => lever.lever)).toEqual(['a', 'b']);
  });
  it('draws bars from the base probability to each setting, in swing order', () => {
    const spec = buildTornadoChart(samples.yubeiIntensityTornado) as unknown as { title: { subtitle: string }; layer: { data: { values: { label: string; from: number; to: number }[] }; encoding: { y?: { sort: string[] } } }[] };
    expect(spec.title.subtitle).toBe('基准情景达标概率：46%');
    expect(spec.layer[0]?.encoding.y?.sort).toEqual(['研发投入增速 ±2个百分点', 'GDP增速 ±1个百分点', '企业研发投入占比']);
    expect(spec.layer[0]?.data.values.slice(0, 2)).toMatchObject([{ from: 0.46, to: 0.22 }, { from: 0.46, to: 0.71 }]);
  });
  it('refuses a probability outside [0, 1]', () => {
    expect(() => buildTornadoChart({ ...samples.yubeiIntensityTornado, baseProbability: 46 })).toThrow(/between 0 and 1/);
  });
});

describe('buildStatusSummaryChart', () => {
  it('lists only the statuses present, in canonical order, and shows a missing probability as —', () => {
    const spec = buildStatusSummaryChart(samples.yubeiStatusSummary) as unknown as { data: { values: { probabilityText: string }[] }; layer: { encoding: { color?: { scale: { domain: string[] } } } }[] };
    expect(spec.layer[0]?.encoding.color?.scale.domain).toEqual(['已达成', '符合序时进度', '进展一般', '进展不足', '无法评估']);
    expect(spec.data.values.map((row) => row.probabilityText)).toEqual(['46%', '92%', '18%', '—', '100%']);
  });
  it('colours by outlook when asked, with the outlooks present in order, and takes a subtitle', () => {
    const outlooks = ['uncertain', 'very-likely', 'unlikely', 'no-data', 'achieved'] as const;
    const input = { ...samples.yubeiStatusSummary, subtitle: '主情景：基准情景', colorBy: 'outlook' as const, indicators: samples.yubeiStatusSummary.indicators.map((indicator, index) => ({ ...indicator, outlook: outlooks[index] })) };
    const spec = buildStatusSummaryChart(input) as unknown as { title: { subtitle: string }; layer: { encoding: { color?: { scale: { domain: string[]; range: string[] } } } }[] };
    expect(spec.title.subtitle).toBe('主情景：基准情景');
    expect(spec.layer[0]?.encoding.color?.scale.domain).toEqual(['已达成', '很可能实现', '不确定', '不太可能实现', '暂无数据']);
    expect(schemaProblems(spec)).toEqual([]);
    expect(compileSpec(spec as unknown as TopLevelSpec).warnings).toEqual([]);
  });
});

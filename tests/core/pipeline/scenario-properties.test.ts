/**
 * The scenario engine's promises, checked on the bundled Yubei data with real fitted models:
 * a scenario without levers equals its base; a growth lever never lowers a probability; the plan path
 * meets every target at its median; the same seed gives identical output and another seed does not.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { prepareRegion, type PreparedRegion } from '../../../src/core/pipeline/prepare-region.js';
import { projectIndicator, projectScenario } from '../../../src/core/pipeline/project-scenario.js';
import { indicatorSensitivity } from '../../../src/core/pipeline/sensitivity.js';
import { DEFAULT_PROJECTION_SETTINGS } from '../../../src/core/pipeline/projection-settings.js';
import type { Dataset } from '../../../src/core/records/dataset.js';
import type { ResolvedScenario } from '../../../src/core/scenarios/resolve-scenario.js';
import { resolveScenario } from '../../../src/core/scenarios/resolve-scenario.js';
import { loadDataset } from '../../../src/io/load-dataset.js';
import { loadModelSpec } from '../../../src/io/load-model-spec.js';
import { loadScenario, loadScenarioLibrary } from '../../../src/io/load-scenarios.js';

const settings = { ...DEFAULT_PROJECTION_SETTINGS, pathCount: 2000 };
let dataset: Dataset;
let yubei: PreparedRegion;
let baseline: ResolvedScenario;

beforeAll(async () => {
  dataset = await loadDataset();
  yubei = prepareRegion(dataset, 'yubei', loadModelSpec(), settings);
  baseline = loadScenario('baseline');
});

const probabilities = (projection: ReturnType<typeof projectScenario>) => projection.indicators.flatMap((indicator) => indicator.goals.map((goal) => goal.probability));

describe('scenarios over prepared paths', () => {
  it('a scenario extending baseline with no levers gives exactly the baseline numbers', () => {
    const library = loadScenarioLibrary();
    library.raw.set('same-as-baseline', { id: 'same-as-baseline', label: { zh: '同', en: 'Same' }, extends: 'baseline' });
    const same = projectScenario(yubei, resolveScenario('same-as-baseline', library.raw));
    const base = projectScenario(yubei, baseline);
    expect(JSON.stringify(same.indicators)).toBe(JSON.stringify(base.indicators));
  });

  it('raising a growth lever never lowers the probability of an at-least goal', () => {
    const intensity = yubei.indicators.find((indicator) => indicator.definition.id === 'tech_enterprises')!;
    fc.assert(fc.property(fc.integer({ min: -4, max: 4 }), fc.integer({ min: 1, max: 3 }), (points, extra) => {
      const at = (pp: number) => projectIndicator(intensity, yubei, { ...baseline, growth: [{ indicators: '*', percentagePoints: pp }] }).goals.map((goal) => goal.probability ?? 0);
      const lower = at(points);
      const higher = at(points + extra);
      lower.forEach((probability, index) => expect(higher[index]!).toBeGreaterThanOrEqual(probability));
    }), { seed: 17, numRuns: 12 });
  });

  it('the plan path meets every 14th-plan level target at its median', () => {
    const plan = projectScenario(yubei, loadScenario('plan-path'));
    let checked = 0;
    for (const indicator of plan.indicators) {
      for (const goal of indicator.goals) {
        if (goal.kind !== 'target' || goal.basis !== 'simulated' || goal.targetYear !== 2025) continue;
        const median = indicator.quantiles.find((row) => row.year === goal.targetYear)!.p50;
        expect(median, indicator.indicator).toBeCloseTo(goal.target, 6);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(8);
  });

  it('the same seed gives identical output; another seed different paths', () => {
    const again = prepareRegion(dataset, 'yubei', loadModelSpec(), settings);
    expect(JSON.stringify(projectScenario(again, baseline))).toBe(JSON.stringify(projectScenario(yubei, baseline)));
    const other = prepareRegion(dataset, 'yubei', loadModelSpec(), { ...settings, seed: settings.seed + 1 });
    expect(probabilities(projectScenario(other, baseline))).not.toEqual(probabilities(projectScenario(yubei, baseline)));
  });

  it('every probability lies in [0, 1]', () => {
    for (const id of ['baseline', 'conservative', 'accelerated', 'downturn-shock', 'plan-path']) {
      for (const probability of probabilities(projectScenario(yubei, loadScenario(id)))) {
        if (probability === null) continue;
        expect(probability).toBeGreaterThanOrEqual(0);
        expect(probability).toBeLessThanOrEqual(1);
      }
    }
  });

  it('the accelerated pipeline lever raises high-tech enterprises', () => {
    const main = (id: string, indicator: string) => projectScenario(yubei, loadScenario(id)).indicators.find((entry) => entry.indicator === indicator)!.goals.find((goal) => goal.targetYear === 2025)!.probability!;
    expect(main('accelerated', 'high_tech_enterprises')).toBeGreaterThan(main('baseline', 'high_tech_enterprises'));
  });

  it('a GDP slowdown (driver) raises R&D intensity coherently and leaves R&D spending alone', () => {
    const median = (id: string, indicator: string) => projectScenario(yubei, loadScenario(id)).indicators.find((entry) => entry.indicator === indicator)!.quantiles.find((row) => row.year === 2025)!.p50;
    expect(median('gdp-slowdown', 'rd_expenditure')).toBe(median('baseline', 'rd_expenditure'));
    // five years at (1.06 / 1.04) a year, up to the spread of the GDP draws
    expect(median('gdp-slowdown', 'rd_intensity') / median('baseline', 'rd_intensity')).toBeCloseTo((1.06 / 1.04) ** 5, 1);
  });

  it('the 2022 downturn lowers flows by 8 % in 2022, makes up half of it by 2024, and half lasts', () => {
    const median = (id: string, year: number) => projectScenario(yubei, loadScenario(id)).indicators.find((entry) => entry.indicator === 'rd_expenditure')!.quantiles.find((row) => row.year === year)!.p50;
    // level factor 1 − 0.08 · [(1 − ½) + ½ · max(0, 1 − t/2)] for t = 0, 1, 2, 3 years after 2022
    expect(median('downturn-shock', 2022) / median('baseline', 2022)).toBeCloseTo(0.92, 10);
    expect(median('downturn-shock', 2023) / median('baseline', 2023)).toBeCloseTo(0.94, 10);
    expect(median('downturn-shock', 2024) / median('baseline', 2024)).toBeCloseTo(0.96, 10);
    expect(median('downturn-shock', 2025) / median('baseline', 2025)).toBeCloseTo(0.96, 10);
  });
});

describe('sensitivity', () => {
  it('ranks policy levers apart from risks; growth moves R&D intensity up, GDP growth down', () => {
    const intensity = yubei.indicators.find((indicator) => indicator.definition.id === 'rd_intensity')!;
    const result = indicatorSensitivity(intensity, yubei, baseline)!;
    expect(result.goalYear).toBe(2025);
    const controls = result.levers.map((lever) => lever.control);
    expect(controls).toEqual([...controls].sort((a, b) => Number(a === 'risk') - Number(b === 'risk')));
    const reach = (lever: { low: number; high: number }) => Math.max(Math.abs(lever.low - result.baseProbability), Math.abs(lever.high - result.baseProbability));
    for (const control of ['policy', 'risk'] as const) {
      const group = result.levers.filter((lever) => lever.control === control);
      expect(group.length).toBeGreaterThan(0);
      for (let index = 1; index < group.length; index++) expect(reach(group[index - 1]!)).toBeGreaterThanOrEqual(reach(group[index]!));
    }
    const growth = result.levers.find((lever) => lever.lever === 'growth')!;
    expect(growth.control).toBe('policy');
    expect(growth.high).toBeGreaterThanOrEqual(result.baseProbability);
    expect(growth.low).toBeLessThanOrEqual(result.baseProbability);
    // low and high are settings: GDP growth −1 point (intensity rises) and +1 point (it falls)
    const gdp = result.levers.find((lever) => lever.lever === 'gdp-growth')!;
    expect(gdp).toMatchObject({ control: 'risk', settings: { low: -1, high: 1 } });
    expect(gdp.low).toBeGreaterThan(gdp.high);
    for (const risk of ['spread', 'shock', 'gdp-growth']) expect(result.levers.find((lever) => lever.lever === risk)?.control).toBe('risk');
  });
});

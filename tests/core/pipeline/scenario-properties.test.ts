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

  it('the 2022 downturn lowers flows by 8 % in 2022 and has fully recovered by 2024', () => {
    const median = (id: string, year: number) => projectScenario(yubei, loadScenario(id)).indicators.find((entry) => entry.indicator === 'rd_expenditure')!.quantiles.find((row) => row.year === year)!.p50;
    expect(median('downturn-shock', 2022) / median('baseline', 2022)).toBeCloseTo(0.92, 10);
    expect(median('downturn-shock', 2023) / median('baseline', 2023)).toBeCloseTo(0.96, 10);
    expect(median('downturn-shock', 2024) / median('baseline', 2024)).toBeCloseTo(1, 10);
  });
});

describe('sensitivity', () => {
  it('ranks levers by swing; growth moves R&D intensity, GDP growth moves it the other way', () => {
    const intensity = yubei.indicators.find((indicator) => indicator.definition.id === 'rd_intensity')!;
    const result = indicatorSensitivity(intensity, yubei, baseline)!;
    expect(result.goalYear).toBe(2025);
    const swing = (lever: { low: number; high: number }) => Math.abs(lever.high - lever.low);
    for (let index = 1; index < result.levers.length; index++) expect(swing(result.levers[index - 1]!)).toBeGreaterThanOrEqual(swing(result.levers[index]!));
    const growth = result.levers.find((lever) => lever.lever === 'growth')!;
    expect(growth.high).toBeGreaterThanOrEqual(result.baseProbability);
    expect(growth.low).toBeLessThanOrEqual(result.baseProbability);
    const gdp = result.levers.find((lever) => lever.lever === 'gdp-growth')!;
    expect(gdp.high).toBeGreaterThanOrEqual(gdp.low);
  });
});

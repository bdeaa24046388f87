/**
 * The three defects the lever registry fixed, each pinned on the bundled Yubei data:
 * 1. sensitivity reported the spread lever's ×1.5 probability as its low setting and ×0.5 as its high;
 * 2. switching the enterprise pipeline on at +0 points replaced the high-tech paths by the pool's,
 *    collapsing their spread (the 2025 goal went from 71 % to 96 %, and "accelerated" to 100 %);
 * 3. `downturn-shock` gave exactly the baseline probability for every 2025 goal (the loss was made up in
 *    full by 2024).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { prepareRegion, type PreparedIndicator, type PreparedRegion } from '../../../src/core/pipeline/prepare-region.js';
import { projectIndicator, projectScenario } from '../../../src/core/pipeline/project-scenario.js';
import { DEFAULT_PROJECTION_SETTINGS } from '../../../src/core/pipeline/projection-settings.js';
import { indicatorSensitivity } from '../../../src/core/pipeline/sensitivity.js';
import type { ResolvedScenario } from '../../../src/core/scenarios/resolve-scenario.js';
import { pipelineSchema } from '../../../src/core/levers/enterprise-pipeline-lever.js';
import { loadDataset } from '../../../src/io/load-dataset.js';
import { loadModelSpec } from '../../../src/io/load-model-spec.js';
import { loadScenario } from '../../../src/io/load-scenarios.js';

let yubei: PreparedRegion;
let baseline: ResolvedScenario;

beforeAll(async () => {
  yubei = prepareRegion(await loadDataset(), 'yubei', loadModelSpec(), { ...DEFAULT_PROJECTION_SETTINGS, pathCount: 4000 });
  baseline = loadScenario('baseline');
});

const indicator = (id: string): PreparedIndicator => yubei.indicators.find((candidate) => candidate.definition.id === id)!;
const mainProbability = (prepared: PreparedIndicator, scenario: ResolvedScenario): number =>
  projectIndicator(prepared, yubei, scenario).goals.find((goal) => goal.goalId === prepared.mainGoalId)!.probability!;
const width = (prepared: PreparedIndicator, scenario: ResolvedScenario, year: number): number => {
  const row = projectIndicator(prepared, yubei, scenario).quantiles.find((quantiles) => quantiles.year === year)!;
  return Math.log(row.p90 / row.p10);
};

describe('1. the spread lever in sensitivity', () => {
  it('reports P at ×0.5 as low and P at ×1.5 as high', () => {
    for (const id of ['new_rd_institutions', 'rd_intensity', 'tech_enterprises']) {
      const prepared = indicator(id);
      const spread = indicatorSensitivity(prepared, yubei, baseline)!.levers.find((lever) => lever.lever === 'spread')!;
      expect(spread.settings).toEqual({ low: 0.5, high: 1.5 });
      expect(spread.low, id).toBe(mainProbability(prepared, { ...baseline, spreadMultiplier: 0.5 }));
      expect(spread.high, id).toBe(mainProbability(prepared, { ...baseline, spreadMultiplier: 1.5 }));
      expect(spread.control).toBe('risk');
    }
  });

  it('is a risk, ranked apart from (after) every policy lever', () => {
    const levers = indicatorSensitivity(indicator('high_tech_enterprises'), yubei, baseline)!.levers;
    const spreadAt = levers.findIndex((lever) => lever.lever === 'spread');
    expect(levers.slice(0, spreadAt).every((lever) => lever.control === 'policy')).toBe(true);
    expect(levers.slice(spreadAt).every((lever) => lever.control === 'risk')).toBe(true);
  });
});

describe('2. the enterprise pipeline', () => {
  it('switched on at +0 points gives exactly the baseline probability and spread of the high-tech goal', () => {
    const highTech = indicator('high_tech_enterprises');
    const onAtZero = { ...baseline, pipeline: pipelineSchema.parse({}) };
    expect(mainProbability(highTech, onAtZero)).toBe(mainProbability(highTech, baseline));
    expect(width(highTech, onAtZero, 2025)).toBe(width(highTech, baseline, 2025));
  });

  it('moves the goal up and down with the conversion rate, keeping the paths\' spread', () => {
    const highTech = indicator('high_tech_enterprises');
    const at = (points: number) => ({ ...baseline, pipeline: pipelineSchema.parse({ conversionRateChangePercentagePoints: points }) });
    const base = mainProbability(highTech, baseline);
    expect(mainProbability(highTech, at(-1))).toBeLessThan(base);
    expect(mainProbability(highTech, at(1))).toBeGreaterThan(base);
    for (const points of [-1, 1, 2]) expect(width(highTech, at(points), 2025)).toBeGreaterThan(0.8 * width(highTech, baseline, 2025));
  });

  it('no longer makes "accelerated" a certainty', () => {
    const accelerated = mainProbability(indicator('high_tech_enterprises'), loadScenario('accelerated'));
    expect(accelerated).toBeGreaterThan(mainProbability(indicator('high_tech_enterprises'), baseline));
    expect(accelerated).toBeLessThan(0.95);
  });
});

describe('3. downturn-shock', () => {
  it('lowers every 2025 goal of the indicators it shocks', () => {
    const shocked = projectScenario(yubei, loadScenario('downturn-shock'));
    const base = projectScenario(yubei, baseline);
    let compared = 0;
    for (const id of ['rd_expenditure', 'tech_enterprises', 'high_tech_enterprises']) {
      const goals = (projection: typeof base) => projection.indicators.find((entry) => entry.indicator === id)!.goals.filter((goal) => goal.targetYear === 2025);
      goals(base).forEach((goal, index) => {
        expect(goals(shocked)[index]!.probability!, id).toBeLessThan(goal.probability!);
        compared++;
      });
    }
    expect(compared).toBeGreaterThanOrEqual(3);
  });
});

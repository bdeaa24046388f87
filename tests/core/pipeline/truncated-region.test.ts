/**
 * Sensitivity simulates a goal's paths only up to the goal's year (src/core/pipeline/truncated-region.ts).
 * That is exact only if every lever is causal — a year's value never depends on later baseline years.
 * Checked here for every setting sensitivity tries (each probe and policy at its low and high setting),
 * under every shipped scenario, for every indicator with a goal ahead in every bundled main region: the
 * truncated region's paths are, byte for byte, the first years of the full region's.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { mainRegions } from '../../../src/app/main-regions.js';
import { mainGoal } from '../../../src/core/pipeline/main-goal.js';
import { prepareRegion, type PreparedRegion } from '../../../src/core/pipeline/prepare-region.js';
import { scenarioPaths } from '../../../src/core/pipeline/project-scenario.js';
import { DEFAULT_PROJECTION_SETTINGS } from '../../../src/core/pipeline/projection-settings.js';
import { probeTarget, sensitivityVariants } from '../../../src/core/pipeline/sensitivity.js';
import { truncatedPaths, truncatedRegion } from '../../../src/core/pipeline/truncated-region.js';
import type { ResolvedScenario } from '../../../src/core/scenarios/resolve-scenario.js';
import type { Dataset } from '../../../src/core/records/dataset.js';
import { loadDataset } from '../../../src/io/load-dataset.js';
import { loadModelSpec } from '../../../src/io/load-model-spec.js';
import { loadPolicyLibrary } from '../../../src/io/load-policies.js';
import { loadScenario, loadScenarioLibrary } from '../../../src/io/load-scenarios.js';

const settings = { ...DEFAULT_PROJECTION_SETTINGS, pathCount: 300 };
let dataset: Dataset;
let scenarios: ResolvedScenario[];
const policies = loadPolicyLibrary().policies;
const comparedByRegion = new Map<string, number>();

beforeAll(async () => {
  dataset = await loadDataset();
  const library = loadScenarioLibrary();
  scenarios = [...library.raw.keys()].sort().map((id) => loadScenario(id, library));
});

describe('truncatedPaths', () => {
  it('keeps each path\'s first years and at least one year', () => {
    const values = Float64Array.from({ length: 3 * 4 }, (_, index) => index);
    const paths = { region: 'r', indicator: 'i', indicatorKind: 'flow' as const, bounds: { lower: null, upper: null }, lastYear: 2024, lastValue: 1, firstYear: 2025, horizon: 4, pathCount: 3, values };
    expect([...truncatedPaths(paths, 2026).values]).toEqual([0, 1, 4, 5, 8, 9]);
    expect(truncatedPaths(paths, 2020).horizon).toBe(1);
    expect(truncatedPaths(paths, 2040)).toBe(paths);
  });
});

describe('every lever setting sensitivity tries is causal, so truncating the paths at the goal year changes nothing before it', () => {
  it.each(['chongqing', 'yubei', 'yongchuan', 'shapingba', 'science-city'])('%s', (region) => {
    expect(mainRegions(dataset.catalog)).toContain(region);
    const prepared: PreparedRegion = prepareRegion(dataset, region, loadModelSpec(), settings);
    let compared = 0;
    for (const indicator of prepared.indicators) {
      const latest = indicator.series.years.at(-1);
      const goal = mainGoal(indicator.goals, latest);
      if (goal === undefined || indicator.baseline === undefined || latest === undefined || goal.year <= latest) continue;
      const shortened = truncatedRegion(prepared, goal.year);
      const shortIndicator = shortened.indicators.find((candidate) => candidate.definition.id === indicator.definition.id)!;
      for (const scenario of scenarios) {
        const settingsTried = sensitivityVariants(probeTarget(indicator, prepared), scenario, policies).flatMap((variant) => [variant.low, variant.high]);
        for (const tried of [scenario, ...settingsTried]) {
          const full = scenarioPaths(indicator, prepared, tried, new Map(), [])!;
          const short = scenarioPaths(shortIndicator, shortened, tried, new Map(), [])!;
          expect(Buffer.from(short.values.buffer).equals(Buffer.from(truncatedPaths(full, goal.year).values.buffer)), `${indicator.definition.id} under ${tried.id}`).toBe(true);
          compared++;
        }
      }
    }
    comparedByRegion.set(region, compared);
  });

  it('compares paths in every bundled region with a goal ahead of its data', () => {
    expect([...comparedByRegion].filter(([, compared]) => compared > 0).map(([region]) => region)).toEqual(['yubei', 'yongchuan', 'shapingba', 'science-city']);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ResolvedScenario } from '../../../src/core/scenarios/resolve-scenario.js';
import { parseScenario } from '../../../src/core/scenarios/scenario-spec.js';
import { applyScenario, planPathValues } from '../../../src/core/simulation/apply-scenario.js';
import type { IndicatorPaths } from '../../../src/core/simulation/indicator-paths.js';
import { pathMedians } from '../../../src/core/simulation/path-quantiles.js';
import { createSeededRandom } from '../../../src/core/statistics/seeded-random.js';

function scenario(overrides: Record<string, unknown> = {}): ResolvedScenario {
  const parsed = parseScenario({ id: 'test', label: { zh: '测', en: 'Test' }, ...overrides });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return { ...parsed.scenario, chain: ['test'] };
}

/** Log-normal random-walk paths: 5 % drift, 3 % yearly spread, from 100 in 2020. */
function samplePaths(pathCount = 2000, horizon = 10, seed = 1): IndicatorPaths {
  const normals = createSeededRandom(seed).fillStandardNormal(new Float64Array(pathCount * horizon));
  const values = new Float64Array(pathCount * horizon);
  for (let path = 0; path < pathCount; path++) {
    let level = 100;
    for (let step = 0; step < horizon; step++) {
      level *= Math.exp(Math.log(1.05) + 0.03 * normals[path * horizon + step]!);
      values[path * horizon + step] = level;
    }
  }
  return { region: 'r', indicator: 'tech_enterprises', indicatorKind: 'stock', bounds: { lower: 0, upper: null }, lastYear: 2020, lastValue: 100, firstYear: 2021, horizon, pathCount, values };
}

describe('applyScenario', () => {
  const paths = samplePaths();

  it('returns the baseline unchanged for a scenario with no levers', () => {
    expect(applyScenario(paths, scenario()).values).toBe(paths.values);
  });

  it('a growth lever of +2 points raises every path by the compounded 2 points', () => {
    const raised = applyScenario(paths, scenario({ growth: [{ indicators: 'tech_enterprises', percentagePoints: 2 }] }));
    // first year: 100 · (r + 0.02) exactly
    for (let path = 0; path < 50; path++) {
      const index = path * paths.horizon;
      expect(raised.values[index]).toBeCloseTo(paths.values[index]! + 100 * 0.02, 9);
      expect(raised.values[index + 5]!).toBeGreaterThan(paths.values[index + 5]!);
    }
  });

  it('a lever for another indicator or outside its years changes nothing there', () => {
    const other = applyScenario(paths, scenario({ growth: [{ indicators: 'gdp', percentagePoints: 5 }] }));
    expect([...other.values]).toEqual([...paths.values]);
    const later = applyScenario(paths, scenario({ growth: [{ indicators: '*', percentagePoints: 5, from: 2024 }] }));
    for (let path = 0; path < 20; path++) {
      for (let step = 0; step < 3; step++) expect(later.values[path * 10 + step]).toBeCloseTo(paths.values[path * 10 + step]!, 9);
    }
  });

  it('a shock lowers the level in its year, makes up half of it over the stated years, and half lasts', () => {
    const shocked = applyScenario(paths, scenario({ shocks: [{ indicators: 'kind:stock', year: 2022, sizePercent: -10, recoveryYears: 2 }] }));
    const ratio = (step: number) => shocked.values[step]! / paths.values[step]!;
    expect(ratio(0)).toBeCloseTo(1, 12);
    expect(ratio(1)).toBeCloseTo(0.9, 12);
    expect(ratio(2)).toBeCloseTo(0.925, 12);
    expect(ratio(3)).toBeCloseTo(0.95, 12);
    expect(ratio(9)).toBeCloseTo(0.95, 12);
  });

  it('a shock with recoveredPercent 100 is made up in full over the stated years', () => {
    const shocked = applyScenario(paths, scenario({ shocks: [{ indicators: 'kind:stock', year: 2022, sizePercent: -10, recoveryYears: 2, recoveredPercent: 100 }] }));
    const ratio = (step: number) => shocked.values[step]! / paths.values[step]!;
    expect(ratio(1)).toBeCloseTo(0.9, 12);
    expect(ratio(2)).toBeCloseTo(0.95, 12);
    expect(ratio(3)).toBeCloseTo(1, 12);
  });

  it('a permanent shock (recoveryYears 0) keeps the level lower', () => {
    const shocked = applyScenario(paths, scenario({ shocks: [{ indicators: '*', year: 2022, sizePercent: -10, recoveryYears: 0 }] }));
    expect(shocked.values[9]! / paths.values[9]!).toBeCloseTo(0.9, 12);
  });

  it('a fixed ceiling caps every path; an uncertain one caps each path at its own draw', () => {
    const capped = applyScenario(paths, scenario({ ceilings: [{ indicator: 'tech_enterprises', value: 120 }] }));
    expect(Math.max(...capped.values)).toBeLessThanOrEqual(120);
    const uniforms = createSeededRandom(5).fillStandardNormal(new Float64Array(paths.pathCount)).map((z) => 0.5 + 0.5 * Math.tanh(z));
    const uncertain = applyScenario(paths, scenario({ ceilings: [{ indicator: 'tech_enterprises', range: [110, 130] }] }), { ceilingUniforms: uniforms });
    for (let path = 0; path < paths.pathCount; path++) {
      const cap = 110 + uniforms[path]! * 20;
      for (let step = 0; step < paths.horizon; step++) expect(uncertain.values[path * paths.horizon + step]!).toBeLessThanOrEqual(cap + 1e-9);
    }
  });

  it('the plan path puts the median exactly on the compound path to the target', () => {
    const steered = applyScenario(paths, scenario({ planPath: true }), { planAnchors: [{ year: 2025, value: 150 }] });
    const medians = pathMedians(steered.values, paths.pathCount, paths.horizon);
    expect(medians[4]).toBeCloseTo(150, 6);
    expect(medians[1]).toBeCloseTo(100 * (1.5 ** (1 / 5)) ** 2, 6);
  });

  it('a spread multiplier widens the bands around an unchanged median', () => {
    const wide = applyScenario(paths, scenario({ spreadMultiplier: 2 }));
    const before = pathMedians(paths.values, paths.pathCount, paths.horizon);
    const after = pathMedians(wide.values, paths.pathCount, paths.horizon);
    expect(after[9]).toBeCloseTo(before[9]!, 6);
    const range = (values: Float64Array) => { const column = Array.from({ length: paths.pathCount }, (_, path) => values[path * 10 + 9]!); return Math.max(...column) - Math.min(...column); };
    expect(range(wide.values)).toBeGreaterThan(range(paths.values) * 1.5);
  });

  it('property: raising a growth lever never lowers any path', () => {
    fc.assert(fc.property(fc.double({ min: -5, max: 5, noNaN: true }), fc.double({ min: 0, max: 5, noNaN: true }), (low, extra) => {
      const lower = applyScenario(paths, scenario({ growth: [{ indicators: '*', percentagePoints: low }] }));
      const higher = applyScenario(paths, scenario({ growth: [{ indicators: '*', percentagePoints: low + extra }] }));
      for (let index = 0; index < 500; index++) expect(higher.values[index]!).toBeGreaterThanOrEqual(lower.values[index]! - 1e-9);
    }), { seed: 9, numRuns: 40 });
  });

  it('respects the bounds: a large negative lever never takes a count below zero', () => {
    const collapsed = applyScenario(paths, scenario({ growth: [{ indicators: '*', percentagePoints: -50 }] }));
    expect(Math.min(...collapsed.values)).toBeGreaterThanOrEqual(0);
  });
});

describe('planPathValues', () => {
  it('runs through every anchor at compound rates and continues the last rate', () => {
    const values = planPathValues(2020, 100, [{ year: 2022, value: 121 }, { year: 2025, value: 121 * 1.331 }], 2021, 7)!;
    expect(values[0]).toBeCloseTo(110, 9);
    expect(values[1]).toBeCloseTo(121, 9);
    expect(values[4]).toBeCloseTo(121 * 1.331, 9);
    expect(values[5]).toBeCloseTo(121 * 1.331 * 1.1, 9);
  });
});

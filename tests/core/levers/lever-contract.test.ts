/**
 * The contract every scenario lever keeps — one suite run over every sensitivity setting of every lever
 * in the registry (and over every policy, which maps onto levers), on the bundled Yubei data with its real
 * fitted models, like the model family contract:
 * - at its identity setting the paths are the baseline's, byte for byte;
 * - the effect on the goal year's median is monotone in the setting;
 * - its low and high settings reach the goal year (the paths there change);
 * - no setting but the spread's narrows the spread to certainty (the distribution keeps its width);
 * - low < high, with the identity between them (a policy not used lies below its low assumption);
 * - sensitivity reports the probability at its low setting as `low` and at its high setting as `high`;
 * - the same seed gives the same numbers (a region prepared again from scratch).
 * And the one the issue names for shocks: a shock before a goal's year moves that goal.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { SensitivityProbe, ProbeTarget } from '../../../src/core/levers/lever-definition.js';
import { allProbes, LEVERS } from '../../../src/core/levers/lever-registry.js';
import { shockSchema } from '../../../src/core/levers/shock-lever.js';
import { prepareRegion, type PreparedIndicator, type PreparedRegion } from '../../../src/core/pipeline/prepare-region.js';
import { projectIndicator, scenarioPaths } from '../../../src/core/pipeline/project-scenario.js';
import { DEFAULT_PROJECTION_SETTINGS } from '../../../src/core/pipeline/projection-settings.js';
import { indicatorSensitivity } from '../../../src/core/pipeline/sensitivity.js';
import { withPolicyEffects, type ResolvedScenario } from '../../../src/core/scenarios/resolve-scenario.js';
import type { PolicyAssumption } from '../../../src/core/scenarios/scenario-spec.js';
import type { Dataset } from '../../../src/core/records/dataset.js';
import { loadDataset } from '../../../src/io/load-dataset.js';
import { loadModelSpec } from '../../../src/io/load-model-spec.js';
import { loadPolicyLibrary } from '../../../src/io/load-policies.js';
import { loadScenario } from '../../../src/io/load-scenarios.js';

const settings = { ...DEFAULT_PROJECTION_SETTINGS, pathCount: 2000 };
const policies = loadPolicyLibrary().policies;
let dataset: Dataset;
let yubei: PreparedRegion;
let again: PreparedRegion;
let baseline: ResolvedScenario;

beforeAll(async () => {
  dataset = await loadDataset();
  yubei = prepareRegion(dataset, 'yubei', loadModelSpec(), settings);
  again = prepareRegion(dataset, 'yubei', loadModelSpec(), settings);
  baseline = loadScenario('baseline');
});

/** A setting to test: a lever's probe, or a policy moved through its assumptions (0 = not used, 1–3 = low, central, high). */
interface Case {
  name: string;
  identity: number;
  low: number;
  high: number;
  /** settings in increasing order for the monotone check */
  ladder: number[];
  /** the first Yubei indicator (with a goal ahead) the setting can move, and the scenario to move it in */
  pick(region: PreparedRegion): { indicator: PreparedIndicator; base: ResolvedScenario };
  at(base: ResolvedScenario, target: ProbeTarget, value: number): ResolvedScenario;
  narrows: boolean;
  /** the sensitivity entry this case appears as (probe id or policy:<id>) */
  sensitivityId: string;
  /** a probe's identity lies between its low and high; a policy's (not used) lies below both */
  identityBetween: boolean;
}

function target(prepared: PreparedIndicator, region: PreparedRegion): ProbeTarget {
  return { definition: prepared.definition, catalog: region.catalog!, regionHas: (id) => region.indicators.some((other) => other.definition.id === id && other.baseline !== undefined), firstProjectedYear: prepared.baseline!.firstYear };
}

const withGoalAhead = (region: PreparedRegion): PreparedIndicator[] => region.indicators.filter((indicator) => indicator.baseline !== undefined && indicator.mainGoalId !== undefined && indicator.goals.some((goal) => goal.id === indicator.mainGoalId && goal.year > indicator.baseline!.lastYear));

/** A scenario that caps the indicator at 1.2 × its baseline median in the goal year (for the ceiling's settings). */
function cappedBaseline(indicator: PreparedIndicator): ResolvedScenario {
  const median = projectIndicator(indicator, yubei, baseline).quantiles.find((row) => row.year === goalOf(indicator).year)!.p50;
  return { ...baseline, ceilings: [{ indicator: indicator.definition.id, value: median * 1.2 }] };
}

function probeCase(probe: SensitivityProbe): Case {
  const span = (probe.high - probe.low) / 2;
  return {
    name: probe.id, identity: probe.identity, low: probe.low, high: probe.high,
    ladder: [...new Set([probe.low - span, probe.low, probe.identity, probe.high, probe.high + span])].filter((value) => probe.id !== 'spread' || value > 0).filter((value) => probe.id !== 'plan-path' || (value >= 0 && value <= 1)).sort((a, b) => a - b),
    pick: (region) => {
      for (const indicator of withGoalAhead(region)) {
        for (const base of [baseline, cappedBaseline(indicator)]) if (probe.appliesTo(target(indicator, region), base)) return { indicator, base };
      }
      throw new Error(`no Yubei indicator for ${probe.id}`);
    },
    at: (base, probeTarget, value) => probe.at(base, probeTarget, value),
    narrows: probe.id === 'spread',
    sensitivityId: probe.control === 'reference' ? '' : probe.id,
    identityBetween: true,
  };
}

const ASSUMPTIONS: (PolicyAssumption | undefined)[] = [undefined, 'low', 'central', 'high'];

function policyCase(id: string): Case {
  const policy = policies.get(id)!;
  return {
    name: `policy ${id}`, identity: 0, low: 1, high: 3, ladder: [0, 1, 2, 3],
    pick: (region) => {
      const ids = new Set(policy.effects.flatMap((effect) => (effect.fields.indicators === undefined ? [] : [effect.fields.indicators].flat() as string[])));
      const indicator = withGoalAhead(region).find((candidate) => ids.has(candidate.definition.id)) ?? withGoalAhead(region).find((candidate) => candidate.definition.id === 'rd_intensity')!;
      return { indicator, base: baseline };
    },
    at: (base, _target, value) => {
      const assumption = ASSUMPTIONS[value];
      return assumption === undefined ? base : withPolicyEffects({ ...base, policies: [...base.policies, { policy: id, assumption }] }, policies);
    },
    narrows: false,
    sensitivityId: `policy:${id}`,
    identityBetween: false,
  };
}

const cases: Case[] = [...allProbes().map(({ probe }) => probeCase(probe)), ...[...policies.keys()].map(policyCase)];

function goalOf(indicator: PreparedIndicator) {
  return indicator.goals.find((goal) => goal.id === indicator.mainGoalId)!;
}

function goalYearColumn(indicator: PreparedIndicator, region: PreparedRegion, scenario: ResolvedScenario): Float64Array {
  const paths = scenarioPaths(indicator, region, scenario, new Map(), [])!;
  const step = goalOf(indicator).year - paths.firstYear;
  return Float64Array.from({ length: paths.pathCount }, (_, path) => paths.values[path * paths.horizon + step]!).sort();
}

const at = (sorted: Float64Array, share: number): number => sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))]!;
/** The most paths sharing one value (the column is sorted). */
function largestTie(sorted: Float64Array): number {
  let largest = 0;
  for (let start = 0; start < sorted.length; ) {
    let end = start;
    while (end < sorted.length && sorted[end] === sorted[start]) end++;
    largest = Math.max(largest, end - start);
    start = end;
  }
  return largest;
}
const logWidth = (sorted: Float64Array): number => Math.log(at(sorted, 0.9) / at(sorted, 0.1));

describe('every lever in the registry has sensitivity settings and a session or a reason not to', () => {
  it.each(LEVERS.map((lever) => [lever.id, lever] as const))('%s', (_, lever) => {
    expect(lever.probes.length).toBeGreaterThan(0);
    for (const probe of lever.probes) expect(['policy', 'risk', 'reference']).toContain(probe.control);
  });
});

describe.each(cases)('lever contract: $name', (testCase) => {
  const picked = () => testCase.pick(yubei);

  it('declares low < high (and identity between them for a lever, below them for a policy)', () => {
    expect(testCase.low).toBeLessThan(testCase.high);
    if (testCase.identityBetween) {
      expect(testCase.low).toBeLessThanOrEqual(testCase.identity);
      expect(testCase.identity).toBeLessThanOrEqual(testCase.high);
    } else expect(testCase.identity).toBeLessThan(testCase.low);
  });

  it('at its identity setting gives the baseline paths byte for byte', () => {
    const { indicator, base } = picked();
    const moved = scenarioPaths(indicator, yubei, testCase.at(base, target(indicator, yubei), testCase.identity), new Map(), [])!;
    const unmoved = scenarioPaths(indicator, yubei, base, new Map(), [])!;
    expect(Buffer.from(moved.values.buffer).equals(Buffer.from(unmoved.values.buffer))).toBe(true);
  });

  it('moves the goal year\'s median monotonically in the setting', () => {
    const { indicator, base } = picked();
    const medians = testCase.ladder.map((value) => at(goalYearColumn(indicator, yubei, testCase.at(base, target(indicator, yubei), value)), 0.5));
    const steps = medians.slice(1).map((median, index) => median - medians[index]!);
    const tolerance = 1e-9 * Math.max(...medians.map(Math.abs));
    const rising = steps.every((step) => step >= -tolerance);
    const falling = steps.every((step) => step <= tolerance);
    expect(rising || falling, `medians ${medians.join(', ')}`).toBe(true);
  });

  it('reaches the goal year at its low and high settings', () => {
    const { indicator, base } = picked();
    const unmoved = goalYearColumn(indicator, yubei, base);
    const moved = [testCase.low, testCase.high].filter((value) => value !== testCase.identity).map((value) => goalYearColumn(indicator, yubei, testCase.at(base, target(indicator, yubei), value)));
    expect(moved.some((column) => column.some((value, index) => value !== unmoved[index]))).toBe(true);
  });

  it('creates no certainty: the paths keep their spread (only the spread lever may narrow it)', () => {
    if (testCase.narrows) return;
    const { indicator, base } = picked();
    const unmoved = goalYearColumn(indicator, yubei, base);
    for (const value of [testCase.low, testCase.high]) {
      const column = goalYearColumn(indicator, yubei, testCase.at(base, target(indicator, yubei), value));
      expect(logWidth(column), `at ${value}`).toBeGreaterThan(0.5 * logWidth(unmoved));
      // counts are whole numbers, so values repeat; certainty would be one value holding most paths
      expect(largestTie(column) / column.length, `at ${value}`).toBeLessThan(0.5);
    }
  });

  it('appears in sensitivity with the probability at its low setting as low and at its high setting as high', () => {
    if (testCase.sensitivityId === '') return; // a yardstick, not in sensitivity
    const { indicator, base } = picked();
    const entry = indicatorSensitivity(indicator, yubei, base, policies)!.levers.find((lever) => lever.lever === testCase.sensitivityId)!;
    const probability = (value: number) => projectIndicator(indicator, yubei, testCase.at(base, target(indicator, yubei), value)).goals.find((goal) => goal.goalId === indicator.mainGoalId)!.probability;
    expect(entry.low).toBe(probability(testCase.low));
    expect(entry.high).toBe(probability(testCase.high));
  });

  it('gives the same numbers for the same seed', () => {
    const { indicator, base } = picked();
    const twin = again.indicators.find((candidate) => candidate.definition.id === indicator.definition.id)!;
    const scenario = testCase.at(base, target(indicator, yubei), testCase.high);
    expect(JSON.stringify(projectIndicator(twin, again, scenario))).toBe(JSON.stringify(projectIndicator(indicator, yubei, scenario)));
  });
});

describe('a shock before a goal\'s year moves that goal', () => {
  it.each([{ sizePercent: -8, recoveryYears: 2 }, { sizePercent: -8, recoveryYears: 0 }, { sizePercent: -3, recoveryYears: 4 }])('a $sizePercent percent shock in 2022 recovered over $recoveryYears years lowers the probability of every later main goal of its indicator', ({ sizePercent, recoveryYears }) => {
    let moved = 0;
    let lowered = 0;
    for (const indicator of withGoalAhead(yubei)) {
      const goal = goalOf(indicator);
      if (goal.year <= 2022) continue;
      // the shock as a scenario file writes it: the recovered share is the lever's default
      const shocked = { ...baseline, shocks: [shockSchema.parse({ indicators: indicator.definition.id, year: 2022, sizePercent, recoveryYears })] };
      const probability = (scenario: ResolvedScenario) => projectIndicator(indicator, yubei, scenario).goals.find((entry) => entry.goalId === goal.id)!.probability!;
      // every path is lower in the goal's year; the probability can only fall (it stays put when the
      // target lies in a sparse tail no path crosses by so small a shift)
      const before = goalYearColumn(indicator, yubei, baseline);
      const after = goalYearColumn(indicator, yubei, shocked);
      expect(after.every((value, index) => value <= before[index]!) && after.some((value, index) => value !== before[index]), indicator.definition.id).toBe(true);
      const [shockedProbability, baselineProbability] = [probability(shocked), probability(baseline)];
      expect(shockedProbability, indicator.definition.id).toBeLessThanOrEqual(baselineProbability);
      if (shockedProbability < baselineProbability) lowered++;
      moved++;
    }
    expect(moved).toBeGreaterThan(10);
    expect(lowered, 'goals whose probability fell').toBeGreaterThan(moved / 2);
  });
});

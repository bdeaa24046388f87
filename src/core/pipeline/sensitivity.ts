/**
 * Sensitivity: what moves the probability of an indicator's main goal (the data of a tornado chart),
 * with what planners control kept apart from what they do not:
 * - policy levers: every lever probe the registry marks `policy` (the indicator's growth ±1 point, the
 *   enterprise pipeline's conversion ±1 point) and every policy (policies/*.yaml) that reaches the
 *   indicator, at the low and at the high end of its assumed range;
 * - risks: every probe marked `risk` (the model's spread ×0.5 / ×1.5, a lasting 10 % loss, GDP and
 *   population growth, a scenario's ceiling ×0.9 / ×1.1).
 * Each is set to its low and its high setting (low ≤ high as settings), one at a time on top of the
 * scenario, on the same common random numbers, so each difference is that lever's alone. `low` is the
 * probability at the low setting and `high` at the high setting, whichever is larger. Within each group
 * levers are ranked by how far they move the probability from the scenario's (the larger of the two
 * moves), widest first.
 */
import { assessGoal } from '../feasibility/assess-goal.js';
import type { LeverControl, ProbeTarget } from '../levers/lever-definition.js';
import { allProbes } from '../levers/lever-registry.js';
import { policyReach } from '../policies/policy-chain.js';
import type { PolicyLibrary } from '../policies/policy-spec.js';
import { translate } from '../report/messages.js';
import { withPolicyEffects, type ResolvedScenario } from '../scenarios/resolve-scenario.js';
import type { PolicyAssumption } from '../scenarios/scenario-spec.js';
import type { IndicatorPaths } from '../simulation/indicator-paths.js';
import { mainGoal } from './main-goal.js';
import type { PreparedIndicator, PreparedRegion } from './prepare-region.js';
import { regionCatalog, scenarioPaths } from './project-scenario.js';
import { truncatedRegion } from './truncated-region.js';

export interface LeverSensitivity {
  /** a probe id (`growth`, `spread` …) or `policy:<id>` */
  lever: string;
  /** `policy`: planners control it; `risk`: they do not */
  control: Exclude<LeverControl, 'reference'>;
  label: { zh: string; en: string };
  /** the low and high settings compared (for a policy: the low and high end of its assumed size) */
  settings: { low: number | PolicyAssumption; high: number | PolicyAssumption };
  /** probability with the lever at its low and at its high setting */
  low: number;
  high: number;
}

export interface IndicatorSensitivity {
  indicator: string;
  goalYear: number;
  baseProbability: number;
  /** policy levers first, then risks; each group ranked by its largest move of the probability */
  levers: LeverSensitivity[];
}

export interface Variant {
  lever: string;
  control: Exclude<LeverControl, 'reference'>;
  label: { zh: string; en: string };
  settings: LeverSensitivity['settings'];
  low: ResolvedScenario;
  high: ResolvedScenario;
}

/** What a lever's probe reads of an indicator: its definition, the region's catalogue and series, its first projected year. */
export function probeTarget(prepared: PreparedIndicator, region: PreparedRegion, firstProjectedYear: number = prepared.baseline?.firstYear ?? (prepared.series.years.at(-1) ?? 0) + 1): ProbeTarget {
  return {
    definition: prepared.definition, catalog: regionCatalog(region),
    regionHas: (indicator) => region.indicators.some((candidate) => candidate.definition.id === indicator && candidate.baseline !== undefined),
    firstProjectedYear,
  };
}

function withPolicyAt(scenario: ResolvedScenario, policy: string, assumption: PolicyAssumption, library: PolicyLibrary): ResolvedScenario {
  const policies = [...scenario.policies.filter((use) => use.policy !== policy), { policy, assumption }];
  return withPolicyEffects({ ...scenario, policies }, library);
}

/** The lever settings sensitivity compares for one indicator: each probe and policy at its low and high setting. */
export function sensitivityVariants(target: ProbeTarget, scenario: ResolvedScenario, library: PolicyLibrary | undefined): Variant[] {
  const list: Variant[] = [];
  for (const { probe } of allProbes()) {
    if (probe.control === 'reference' || !probe.appliesTo(target, scenario)) continue;
    list.push({
      lever: probe.id, control: probe.control, label: { zh: probe.label('zh', target), en: probe.label('en', target) },
      settings: { low: probe.low, high: probe.high },
      low: probe.at(scenario, target, probe.low), high: probe.at(scenario, target, probe.high),
    });
  }
  const pipelineOn = scenario.pipeline !== undefined;
  for (const policy of library?.values() ?? []) {
    if (!policyReach(policy, target.catalog, pipelineOn).has(target.definition.id)) continue;
    list.push({
      lever: `policy:${policy.id}`, control: 'policy',
      label: { zh: translate('zh', 'lever.probe.policy', { policy: policy.shortName.zh }), en: translate('en', 'lever.probe.policy', { policy: policy.shortName.en }) },
      settings: { low: 'low', high: 'high' },
      low: withPolicyAt(scenario, policy.id, 'low', library!), high: withPolicyAt(scenario, policy.id, 'high', library!),
    });
  }
  return list;
}

function probabilityUnder(prepared: PreparedIndicator, region: PreparedRegion, scenario: ResolvedScenario, goal: NonNullable<ReturnType<typeof mainGoal>>): number {
  const cache = new Map<string, IndicatorPaths | undefined>();
  const paths = scenarioPaths(prepared, region, scenario, cache, []);
  const asOf = region.settings.asOfYear;
  return assessGoal(goal, prepared.series, paths, { preset: region.settings.preset, presetSettings: region.settings.presetSettings, detail: 'probability', ...(asOf !== undefined ? { asOfYear: asOf } : {}) }).probability ?? Number.NaN;
}

/** How far a lever moves the probability from the scenario's: the larger of its two moves. */
export function leverReach(lever: Pick<LeverSensitivity, 'low' | 'high'>, baseProbability: number): number {
  return Math.max(Math.abs(lever.low - baseProbability), Math.abs(lever.high - baseProbability));
}

export function indicatorSensitivity(prepared: PreparedIndicator, region: PreparedRegion, scenario: ResolvedScenario, policies?: PolicyLibrary): IndicatorSensitivity | undefined {
  const latestYear = prepared.series.years[prepared.series.years.length - 1];
  const goal = mainGoal(prepared.goals, latestYear);
  if (goal === undefined || prepared.baseline === undefined || latestYear === undefined || goal.year <= latestYear) return undefined;
  // paths beyond the goal's year cannot move its probability (truncated-region.ts): they are not simulated
  const shortened = truncatedRegion(region, goal.year);
  const target = shortened.indicators.find((indicator) => indicator.definition.id === prepared.definition.id)!;
  const baseProbability = probabilityUnder(target, shortened, scenario, goal);
  const levers: LeverSensitivity[] = sensitivityVariants(probeTarget(prepared, region), scenario, policies).map((variant) => ({
    lever: variant.lever, control: variant.control, label: variant.label, settings: variant.settings,
    low: probabilityUnder(target, shortened, variant.low, goal),
    high: probabilityUnder(target, shortened, variant.high, goal),
  }));
  const group = (lever: LeverSensitivity): number => (lever.control === 'policy' ? 0 : 1);
  levers.sort((a, b) => group(a) - group(b) || leverReach(b, baseProbability) - leverReach(a, baseProbability) || Math.abs(b.high - b.low) - Math.abs(a.high - a.low) || a.lever.localeCompare(b.lever));
  return { indicator: prepared.definition.id, goalYear: goal.year, baseProbability, levers };
}

/**
 * The session's lever adjustments as scenario levers, in two forms that always agree:
 * - `leverChanges`: the levers a child scenario file adds (`extends: <base>` plus these) — each
 *   registered lever turns its own session controls into its part of the file, and each policy row set
 *   in the session adds `{ policy, assumption }` to `policies`;
 * - `adjustedScenario`: the base merged with those changes exactly as resolve-scenario.ts merges a file
 *   with its base (lists appended, objects merged key by key), validated with the same schema and its
 *   policies sized from the same library, so the numbers on screen are the numbers
 *   `plancast … --scenario saved.yaml` gives.
 * Pure.
 */
import type { LocalizedText } from '../core/catalog/indicator-catalog.js';
import { PlancastError } from '../core/errors.js';
import { ANY_LEVERS } from '../core/levers/lever-registry.js';
import type { PolicyLibrary } from '../core/policies/policy-spec.js';
import { describeScenarioLevers } from '../core/scenarios/describe-scenario.js';
import { mergeScenarioObjects, withPolicyEffects, type ResolvedScenario } from '../core/scenarios/resolve-scenario.js';
import { parseScenario } from '../core/scenarios/scenario-spec.js';
import { hasAdjustments, policyOfRow, POLICY_SETTINGS, type LeverAdjustments } from './lever-adjustments.js';

export interface AdjustmentTarget {
  indicator: string;
  firstProjectedYear: number;
}

/** The levers a child scenario adds to `base` for these adjustments (only the ones that change something). */
export function leverChanges(base: ResolvedScenario, target: AdjustmentTarget, adjustments: LeverAdjustments): Record<string, unknown> {
  const changes: Record<string, unknown> = {};
  for (const lever of ANY_LEVERS) Object.assign(changes, lever.session.changes(adjustments, base, target));
  const policies = Object.entries(adjustments).flatMap(([row, value]) => {
    const policy = policyOfRow(row);
    const assumption = value === null ? null : POLICY_SETTINGS[value] ?? null;
    return policy === undefined || assumption === null ? [] : [{ policy, assumption }];
  }).sort((a, b) => a.policy.localeCompare(b.policy));
  if (policies.length > 0) changes.policies = policies;
  return changes;
}

/** A resolved scenario as the plain object its file would be (without the resolution's own fields). */
function rawOf(scenario: ResolvedScenario): Record<string, unknown> {
  const { chain: _chain, policyEffects: _effects, ...raw } = scenario;
  return raw;
}

/** The base scenario with the adjustments applied (the base itself when nothing is adjusted). */
export function adjustedScenario(base: ResolvedScenario, target: AdjustmentTarget, adjustments: LeverAdjustments, policies?: PolicyLibrary): ResolvedScenario {
  if (!hasAdjustments(adjustments)) return base;
  const parsed = parseScenario(mergeScenarioObjects(rawOf(base), leverChanges(base, target, adjustments)));
  if (!parsed.ok) {
    throw new PlancastError('E_SCENARIO_INVALID', `the adjusted scenario is invalid: ${parsed.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`, { remedy: 'move the lever back (Backspace resets it)' });
  }
  return withPolicyEffects({ ...parsed.scenario, chain: base.chain }, policies);
}

export interface ScenarioNaming {
  id: string;
  /** the indicator's name, for the label */
  indicatorName: LocalizedText;
  regionName: LocalizedText;
}

/**
 * The scenario file (a plain object for YAML): `extends` the base and adds the changes. A base that is
 * not bundled (a user's file) cannot be found by id from another file, so with `standalone` the file
 * carries every lever itself, resolved, instead of extending it.
 */
export function scenarioDocument(base: ResolvedScenario, target: AdjustmentTarget, adjustments: LeverAdjustments, naming: ScenarioNaming, { standalone = false, policies }: { standalone?: boolean; policies?: PolicyLibrary } = {}): Record<string, unknown> {
  const changes = standalone ? standaloneLevers(adjustedScenario(base, target, adjustments, policies)) : leverChanges(base, target, adjustments);
  const label = {
    zh: `${base.label.zh}（调整${naming.indicatorName.zh}）`,
    en: `${base.label.en}, ${naming.indicatorName.en} adjusted`,
  };
  const child = parseScenario({ id: naming.id, label, ...changes });
  const levers = child.ok ? (() => {
    const sized = withPolicyEffects({ ...child.scenario, chain: [naming.id] }, policies);
    return { zh: describeScenarioLevers(sized, 'zh'), en: describeScenarioLevers(sized, 'en') };
  })() : { zh: [], en: [] };
  const description = {
    zh: `在“${base.label.zh}”基础上为${naming.regionName.zh}调整：${levers.zh.join('；') || '无'}。`,
    en: `${base.label.en} with changes for ${naming.regionName.en}: ${levers.en.join('; ') || 'none'}.`,
  };
  return { id: naming.id, ...(standalone ? {} : { extends: base.id }), label, description, ...changes };
}

/** Every lever of a resolved scenario, for a file that extends nothing. */
function standaloneLevers(scenario: ResolvedScenario): Record<string, unknown> {
  const { id: _id, label: _label, description: _description, ...levers } = rawOf(scenario);
  return JSON.parse(JSON.stringify(levers)) as Record<string, unknown>;
}

/**
 * A scenario may extend another (base + changes). Resolving merges the chain from the root down: lever
 * lists are concatenated (the base's levers, then the child's), objects (drivers, pipeline) are merged key
 * by key, and a child's plain settings replace the base's. Works on the raw (validated) YAML objects so
 * that "not given" and "given as the default" stay distinguishable. The policies the merged scenario uses
 * are then sized from the policy library (expand-policies.ts); the levers add them to their settings.
 */
import { PlancastError } from '../errors.js';
import { distinctPolicyUses, expandPolicies, type PolicyEffect } from '../policies/expand-policies.js';
import type { PolicyLibrary } from '../policies/policy-spec.js';
import { parseScenario, type ScenarioSpec } from './scenario-spec.js';

export interface ResolvedScenario extends ScenarioSpec {
  /** the ids from the root to this scenario, e.g. ['baseline', 'accelerated'] */
  chain: string[];
  /** the scenario's policies sized as it asks (none when it uses none) */
  policyEffects?: readonly PolicyEffect[];
}

/** A scenario with its policies sized from the library; refuses a policy the library does not have. */
export function withPolicyEffects(scenario: ScenarioSpec & { chain: string[] }, policies: PolicyLibrary | undefined): ResolvedScenario {
  const uses = distinctPolicyUses(scenario.policies);
  if (uses.length === 0) return { ...scenario, policies: uses };
  return { ...scenario, policies: uses, policyEffects: expandPolicies(uses, policies ?? new Map(), scenario.id) };
}

type RawScenario = Record<string, unknown>;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function mergeScenarioObjects(base: RawScenario, child: RawScenario): RawScenario {
  const merged: RawScenario = { ...base };
  for (const [key, value] of Object.entries(child)) {
    const existing = merged[key];
    if (Array.isArray(existing) && Array.isArray(value)) merged[key] = [...existing, ...value];
    else if (isPlainObject(existing) && isPlainObject(value)) merged[key] = { ...existing, ...value };
    else merged[key] = value;
  }
  return merged;
}

export function resolveScenario(id: string, rawById: ReadonlyMap<string, unknown>, policies?: PolicyLibrary): ResolvedScenario {
  const chain: string[] = [];
  let current: string | undefined = id;
  while (current !== undefined) {
    if (chain.includes(current)) throw new PlancastError('E_SCENARIO_CYCLE', `scenario ${id}: "extends" forms a cycle (${[...chain, current].join(' → ')})`, { remedy: 'make the chain end at a scenario without extends' });
    const raw = rawById.get(current);
    if (!isPlainObject(raw)) {
      const known = [...rawById.keys()].join(', ');
      throw new PlancastError('E_UNKNOWN_SCENARIO', chain.length === 0 ? `unknown scenario "${current}"` : `scenario ${chain[0]} extends unknown scenario "${current}"`, { remedy: `use one of: ${known}` });
    }
    chain.unshift(current);
    current = typeof raw.extends === 'string' ? raw.extends : undefined;
  }
  let merged: RawScenario = {};
  for (const link of chain) {
    const { extends: _ignored, ...raw } = rawById.get(link) as RawScenario;
    merged = mergeScenarioObjects(merged, raw);
  }
  // The resolved scenario keeps the child's identity.
  const own = rawById.get(id) as RawScenario;
  merged.id = own.id;
  merged.label = own.label;
  if (own.description !== undefined) merged.description = own.description;
  else delete merged.description;
  const parsed = parseScenario(merged);
  if (!parsed.ok) {
    throw new PlancastError('E_SCENARIO_INVALID', `scenario ${id} (with its base ${chain.slice(0, -1).join(' → ')}): ${parsed.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`, { remedy: 'validate each file with `plancast scenarios validate`' });
  }
  return withPolicyEffects({ ...parsed.scenario, chain }, policies);
}

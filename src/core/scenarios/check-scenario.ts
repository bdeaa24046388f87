/**
 * The checks a scenario file needs beyond its schema, each giving the path of the problem in the file
 * (for its line) and a did-you-mean:
 * - every indicator a lever names (growth, shocks, ceilings … as the registry declares them) and every
 *   indicator a policy's effects name is in the catalogue (an id, `kind:<kind>` or `*`), so a misspelt
 *   `rd_expenditre` is an error instead of a lever that silently moves nothing;
 * - a driver or pipeline the scenario sets has an indicator playing its role in the catalogue;
 * - every policy it uses exists;
 * - its `extends` target exists and the chain does not come back on itself.
 * Run by `plancast scenarios validate` and before every projection.
 */
import { closest } from 'fastest-levenshtein';
import { suggestIndicators } from '../catalog/find-indicator.js';
import { INDICATOR_KINDS, type Catalog } from '../catalog/indicator-catalog.js';
import { DRIVER_NAMES, driverIndicator } from '../catalog/indicator-roles.js';
import { ANY_LEVERS, findLever } from '../levers/lever-registry.js';
import type { PolicyDefinition, PolicyLibrary } from '../policies/policy-spec.js';
import type { ScenarioIssue, ScenarioSpec } from './scenario-spec.js';

/** Problems with one selector (an id, a list, `kind:<kind>` or `*`) at `path`. */
export function selectorIssues(selector: string | readonly string[], path: (string | number)[], catalog: Catalog): ScenarioIssue[] {
  const entries = typeof selector === 'string' ? [{ entry: selector, at: path }] : selector.map((entry, index) => ({ entry, at: [...path, index] }));
  return entries.flatMap(({ entry, at }) => {
    if (entry === '*' || catalog.indicators.has(entry)) return [];
    const kind = /^kind:(.*)$/.exec(entry)?.[1];
    if (kind !== undefined) {
      return (INDICATOR_KINDS as readonly string[]).includes(kind) ? [] : [{ path: at, message: `unknown indicator kind "${kind}" — did you mean "kind:${closest(kind, [...INDICATOR_KINDS])}"? (kinds: ${INDICATOR_KINDS.join(', ')})` }];
    }
    const suggestions = suggestIndicators(catalog.indicators, entry);
    const named = [...catalog.indicators.values()].find((definition) => [definition.name.zh, definition.name.en, ...definition.aliases].includes(entry));
    const hint = named !== undefined ? ` — that is the name of ${named.id}; write the id.` : suggestions.length > 0 ? ` — did you mean "${suggestions[0]}"?${suggestions.length > 1 ? ` (or ${suggestions.slice(1).join(', ')}).` : ''}` : '.';
    return [{ path: at, message: `unknown indicator "${entry}"${hint} A lever naming it would move nothing (\`plancast data list\` lists the ids).` }];
  });
}

/** Indicators and roles a scenario's own levers name, checked against the catalogue. */
export function scenarioIndicatorIssues(spec: ScenarioSpec, catalog: Catalog): ScenarioIssue[] {
  const issues: ScenarioIssue[] = [];
  for (const lever of ANY_LEVERS) {
    for (const { path, selector } of lever.selectors(spec[lever.key])) issues.push(...selectorIssues(selector, path, catalog));
  }
  for (const driver of DRIVER_NAMES) {
    if (spec.drivers?.[driver] !== undefined && driverIndicator(catalog, driver) === undefined) {
      issues.push({ path: ['drivers', driver], message: `no indicator in the catalogue plays the driver role "${driver}" (roles: { driver: ${driver} } in the catalogue); the driver would move nothing` });
    }
  }
  if (spec.pipeline !== undefined && ![...catalog.indicators.values()].some((definition) => definition.roles?.pipelinePool !== undefined)) {
    issues.push({ path: ['pipeline'], message: 'no indicator in the catalogue grows from a pool (roles: { pipelinePool: … }); the pipeline would move nothing' });
  }
  return issues;
}

/** Policies a scenario uses that the library does not have. */
export function policyUseIssues(spec: ScenarioSpec, policies: PolicyLibrary): ScenarioIssue[] {
  const known = [...policies.keys()];
  return spec.policies.flatMap((use, index) => (policies.has(use.policy) ? [] : [{
    path: ['policies', index],
    message: `unknown policy "${use.policy}"${known.length > 0 ? ` — did you mean "${closest(use.policy, known)}"?` : ''} (policies: ${known.join(', ') || 'none'})`,
  }]));
}

/** Indicators a policy's effects name, checked against the catalogue. */
export function policyIndicatorIssues(policy: PolicyDefinition, catalog: Catalog): ScenarioIssue[] {
  return policy.effects.flatMap((effect, index) => {
    const selectors = findLever(effect.lever)?.policy?.selectors(effect.fields) ?? [];
    return selectors.flatMap((selector) => selectorIssues(selector, ['effects', index, 'indicators'], catalog));
  });
}

/** Whether the `extends` chain from `id` reaches a scenario that exists and ends without coming back. */
export function extendsIssues(id: string, rawById: ReadonlyMap<string, unknown>): ScenarioIssue[] {
  const chain = [id];
  let current = id;
  for (;;) {
    const raw = rawById.get(current) as { extends?: unknown } | undefined;
    const next = typeof raw?.extends === 'string' ? raw.extends : undefined;
    if (next === undefined) return [];
    if (chain.includes(next)) return [{ path: ['extends'], message: `"extends" forms a cycle (${[...chain, next].join(' → ')}); make the chain end at a scenario without extends` }];
    if (!rawById.has(next)) {
      const known = [...rawById.keys()].filter((candidate) => candidate !== id);
      const where = current === id ? '' : ` (through ${chain.slice(1).join(' → ')})`;
      return [{ path: ['extends'], message: `extends unknown scenario "${next}"${where}${known.length > 0 ? ` — did you mean "${closest(next, known)}"?` : ''}` }];
    }
    chain.push(next);
    current = next;
  }
}

/**
 * The scenario library of a process: the bundled scenarios/*.yaml plus any files a user names, each read
 * and validated once, the policies they may use (scenarios/policies/*.yaml), and --scenario entries (ids
 * or files) resolved against them. Resolving needs no data, so a misspelt scenario is refused before any
 * data is loaded; given the catalogue, every indicator a scenario's levers and policies name is checked
 * too (an unknown one would silently move nothing), with the file and line it stands on.
 */
import type { Catalog } from '../core/catalog/indicator-catalog.js';
import { PlancastError } from '../core/errors.js';
import type { PolicyLibrary } from '../core/policies/policy-spec.js';
import { policyIndicatorIssues, scenarioIndicatorIssues } from '../core/scenarios/check-scenario.js';
import { resolveScenario, type ResolvedScenario } from '../core/scenarios/resolve-scenario.js';
import { parseScenario, type ScenarioIssue } from '../core/scenarios/scenario-spec.js';
import { loadPolicyLibrary, type PolicyLibraryFiles } from '../io/load-policies.js';
import { checkScenarioFile, loadScenarioLibrary, type ScenarioLibrary } from '../io/load-scenarios.js';

/** Whether a --scenario entry names a file rather than a bundled id. */
export function isScenarioFile(entry: string): boolean {
  return /\.ya?ml$/i.test(entry);
}

const libraries = new Map<string, ScenarioLibrary>();

/** The bundled scenarios plus these files. */
export function openScenarioLibrary(files: readonly string[] = []): ScenarioLibrary {
  const unique = [...new Set(files)].sort();
  const key = JSON.stringify(unique);
  let library = libraries.get(key);
  if (library === undefined) libraries.set(key, (library = loadScenarioLibrary(unique)));
  return library;
}

/** The bundled policies (scenarios/policies/*.yaml), read once. */
export function openPolicyLibrary(): PolicyLibraryFiles {
  return loadPolicyLibrary();
}

function located(file: string | undefined, lineOf: ((path: readonly (string | number)[]) => number | undefined) | undefined, issue: ScenarioIssue): string {
  const line = lineOf?.(issue.path);
  return `${file ?? '(scenario)'}${line !== undefined ? `:${line}` : ''}: at ${issue.path.join('.')}: ${issue.message}`;
}

/** Refuses a resolved scenario whose levers or policies name indicators the catalogue does not have. */
export function requireKnownIndicators(scenario: ResolvedScenario, library: ScenarioLibrary, policies: PolicyLibraryFiles, catalog: Catalog): void {
  const problems: string[] = [];
  for (const link of scenario.chain) {
    const parsed = parseScenario(library.raw.get(link));
    if (!parsed.ok) continue;
    for (const issue of scenarioIndicatorIssues(parsed.scenario, catalog)) problems.push(located(library.files.get(link), library.lineOf?.get(link), issue));
  }
  for (const use of scenario.policies) {
    const policy = policies.policies.get(use.policy);
    if (policy === undefined) continue;
    for (const issue of policyIndicatorIssues(policy, catalog)) problems.push(located(policies.files.get(use.policy), policies.lineOf.get(use.policy), issue));
  }
  if (problems.length > 0) {
    throw new PlancastError('E_UNKNOWN_INDICATOR', `scenario ${scenario.id} names indicators the catalogue does not have:\n${problems.join('\n')}`, { remedy: 'write indicator ids from `plancast data list` (or kind:<kind>, or *); check the file with `plancast scenarios validate FILE`' });
  }
}

/**
 * The scenarios named by id or YAML file, resolved (extends chains merged, policies sized), in the
 * order given; with a catalogue, the indicators they name are checked against it.
 */
export function resolveScenarioEntries(entries: readonly string[], catalog?: Catalog): ResolvedScenario[] {
  const library = openScenarioLibrary(entries.filter(isScenarioFile));
  const policies = openPolicyLibrary();
  return entries.map((entry) => {
    // A file's id is the one the library read it under (the library checks that it matches the file name).
    const id = isScenarioFile(entry) ? [...library.files].find(([, file]) => file === entry)?.[0] ?? checkScenarioFile(entry).id ?? entry : entry;
    const scenario = resolveScenario(id, library.raw, policies.policies);
    if (catalog !== undefined) requireKnownIndicators(scenario, library, policies, catalog);
    return scenario;
  });
}

export type { PolicyLibrary };

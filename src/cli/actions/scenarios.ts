/** What `plancast scenarios list|show|validate|policies` do (the commands' options are in commands/scenarios.ts). */
import { resolveScenarioEntries } from '../../app/open-scenarios.js';
import type { Catalog } from '../../core/catalog/indicator-catalog.js';
import { policyChain, type PolicyChainLink } from '../../core/policies/policy-chain.js';
import { extendsIssues, policyIndicatorIssues, policyUseIssues, scenarioIndicatorIssues } from '../../core/scenarios/check-scenario.js';
import { describeScenarioLevers } from '../../core/scenarios/describe-scenario.js';
import { resolveScenario } from '../../core/scenarios/resolve-scenario.js';
import { parseScenario, scenarioSchema, type ScenarioIssue } from '../../core/scenarios/scenario-spec.js';
import { loadCatalogWith } from '../../io/load-dataset.js';
import { bundledPolicyFiles, checkPolicyFile, formatPolicyProblem, loadPolicyLibrary } from '../../io/load-policies.js';
import { bundledScenarioFiles, checkScenarioFile, formatScenarioProblem, loadScenarioLibrary, type ScenarioFileProblem } from '../../io/load-scenarios.js';
import type { CliIo } from '../cli-io.js';
import { ExitSignal } from '../exit-signal.js';
import { formatTable } from '../format-table.js';

export function scenariosListAction(io: CliIo, options: { json?: boolean }): void {
  const library = loadScenarioLibrary();
  const policies = loadPolicyLibrary().policies;
  const rows = [...library.raw.keys()].map((id) => {
    const scenario = resolveScenario(id, library.raw, policies);
    return { id, zh: scenario.label.zh, en: scenario.label.en, extends: scenario.chain.slice(0, -1).join(' → '), policies: scenario.policies.map((use) => use.policy), levers: describeScenarioLevers(scenario, 'en').length, file: library.files.get(id)! };
  });
  if (options.json) return io.out(JSON.stringify(rows, null, 2));
  io.out(formatTable(['scenario', '名称', 'name', 'extends', 'policies', 'levers'], rows.map((row) => [row.id, row.zh, row.en, row.extends, String(row.policies.length), String(row.levers)]), ['left', 'left', 'left', 'left', 'right', 'right']));
}

function chainLines(links: readonly PolicyChainLink[], names: ReadonlyMap<string, string>): string[] {
  const lines: string[] = [];
  let policy: string | undefined;
  for (const link of links) {
    if (link.policy !== policy) {
      policy = link.policy;
      lines.push(`  • ${names.get(link.policy) ?? link.policy}`);
    }
    const reached = link.indicators.length > 0 ? link.indicators.join(', ') : '(no indicator of the catalogue)';
    const through = link.through.map((step) => ` ⇒ pipeline from ${step.pool} → ${step.indicators.join(', ')}`).join('');
    lines.push(`      → ${link.lever}: ${link.effect}`, `          → ${reached}${through}`);
  }
  return lines;
}

export async function scenariosShowAction(io: CliIo, id: string, options: { json?: boolean; catalog?: string }): Promise<void> {
  const catalog = await loadCatalogWith(options.catalog);
  const [scenario] = resolveScenarioEntries([id], catalog);
  const policies = loadPolicyLibrary();
  const links = policyChain(scenario!.policyEffects ?? [], catalog, scenario!.pipeline !== undefined, 'en');
  if (options.json) return io.out(JSON.stringify({ ...scenario, policyChain: links }, null, 2));
  const shown = scenario!;
  io.out(`${shown.id} — ${shown.label.zh} / ${shown.label.en}`);
  if (shown.chain.length > 1) io.out(`extends: ${shown.chain.slice(0, -1).join(' → ')}`);
  if (shown.description) io.out(`${shown.description.zh}\n${shown.description.en}`);
  if (shown.policies.length > 0) {
    const names = new Map(shown.policies.map((use) => {
      const policy = policies.policies.get(use.policy)!;
      return [use.policy, `${policy.name.zh} / ${policy.name.en} — ${policy.source.document}:${policy.source.line} «${policy.source.quote}»`];
    }));
    io.out(`policies: policy → lever (assumed size, range) → indicators — every size is an assumption, see scenarios/policies/<id>.yaml\n${chainLines(links, names).join('\n')}`);
  }
  const levers = describeScenarioLevers({ ...shown, policyEffects: [] }, 'en');
  io.out(levers.length === 0 ? (shown.policies.length > 0 ? 'levers: none besides the policies' : 'levers: none (the fitted trend continues)') : `levers:\n${levers.map((lever) => `  • ${lever}`).join('\n')}`);
}

export async function scenariosPoliciesAction(io: CliIo, options: { json?: boolean; catalog?: string }): Promise<void> {
  const catalog = await loadCatalogWith(options.catalog);
  const policies = [...loadPolicyLibrary().policies.values()];
  const rows = policies.map((policy) => ({
    ...policy,
    chain: policyChain(policy.effects.map((effect) => ({ policy: policy.id, name: policy.name, source: policy.source, lever: effect.lever, fields: effect.fields, size: effect.size, assumption: 'central' as const, central: effect.size, range: effect.range, reasoning: effect.assumption })), catalog, false, 'en'),
  }));
  if (options.json) return io.out(JSON.stringify(rows, null, 2));
  for (const row of rows) {
    io.out(`${row.id} — ${row.name.zh} / ${row.name.en}\n  cites ${row.source.document}:${row.source.line} «${row.source.quote}»`);
    row.effects.forEach((effect, index) => {
      const link = row.chain[index]!;
      io.out(`  → ${link.lever}: ${link.effect}\n      → ${link.indicators.join(', ') || '(no indicator of the catalogue)'}${link.through.map((step) => ` ⇒ pipeline from ${step.pool} → ${step.indicators.join(', ')}`).join('')}\n      assumption: ${effect.assumption.en}`);
    });
    io.out('');
  }
}

/** Problems found after the schema: extends, indicators the levers and policies name, unknown policies. */
function namingProblems(file: string, raw: unknown, lineOf: (path: readonly (string | number)[]) => number | undefined, rawById: ReadonlyMap<string, unknown>, catalog: Catalog): ScenarioFileProblem[] {
  const parsed = parseScenario(raw);
  if (!parsed.ok) return [];
  const policies = loadPolicyLibrary();
  // each with the code a run stops with on the same problem
  const at = (code: string) => (issue: ScenarioIssue): ScenarioFileProblem => ({ file, line: lineOf(issue.path), path: issue.path.join('.'), message: issue.message, code });
  const problems = [
    ...extendsIssues(parsed.scenario.id, rawById).map(at('E_SCENARIO_INVALID')),
    ...scenarioIndicatorIssues(parsed.scenario, catalog).map(at('E_UNKNOWN_INDICATOR')),
    ...policyUseIssues(parsed.scenario, policies.policies).map(at('E_POLICY_INVALID')),
  ];
  for (const use of parsed.scenario.policies) {
    const policy = policies.policies.get(use.policy);
    if (policy === undefined) continue;
    const policyFile = policies.files.get(use.policy)!;
    for (const issue of policyIndicatorIssues(policy, catalog)) problems.push({ file: policyFile, line: policies.lineOf.get(use.policy)?.(issue.path), path: issue.path.join('.'), message: `(used by ${parsed.scenario.id}) ${issue.message}`, code: 'E_UNKNOWN_INDICATOR' });
  }
  return problems;
}

export async function scenariosValidateAction(io: CliIo, files: string[], options: { catalog?: string } = {}): Promise<void> {
  const bundledOnly = files.length === 0;
  const targets = bundledOnly ? bundledScenarioFiles() : files;
  const catalog = await loadCatalogWith(options.catalog);
  let invalid = 0;
  if (bundledOnly) {
    // the policy files first: scenarios use them
    for (const file of bundledPolicyFiles()) {
      const checked = checkPolicyFile(file);
      const problems = [...checked.problems.map(formatPolicyProblem)];
      if (checked.policy !== undefined) for (const issue of policyIndicatorIssues(checked.policy, catalog)) problems.push(formatPolicyProblem({ file, line: checked.document.lineOf(issue.path), path: issue.path.join('.'), message: issue.message }));
      if (problems.length === 0) {
        io.out(`✓ ${file}: valid (policy ${checked.policy!.id})`);
        continue;
      }
      invalid++;
      for (const problem of problems) io.err(`E_POLICY_INVALID ${problem}`);
      io.out(`✗ ${file}: ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
    }
  }
  const checkedFiles = targets.map((file) => ({ file, checked: checkScenarioFile(file) }));
  // what `extends` may name: the bundled scenarios and every file given
  const rawById = new Map<string, unknown>();
  for (const file of bundledScenarioFiles()) {
    const checked = checkedFiles.find((entry) => entry.file === file)?.checked ?? safeCheck(file);
    if (checked?.id !== undefined) rawById.set(checked.id, checked.raw);
  }
  for (const { checked } of checkedFiles) if (checked.id !== undefined) rawById.set(checked.id, checked.raw);
  for (const { file, checked } of checkedFiles) {
    const problems = checked.problems.length > 0 || checked.id === undefined ? checked.problems : namingProblems(file, checked.raw, checked.lineOf, rawById, catalog);
    if (problems.length === 0) {
      io.out(`✓ ${file}: valid (${checked.id})`);
      continue;
    }
    invalid++;
    // each line starts with the code a run would stop with on the same problem
    for (const problem of problems) io.err(`${problem.code ?? 'E_SCENARIO_INVALID'} ${formatScenarioProblem(problem)}`);
    io.out(`✗ ${file}: ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
  }
  if (invalid > 0) {
    io.err(`remedy: fix the fields named; the schema is scenarios/scenario.schema.json (fields: ${Object.keys(scenarioSchema.shape).join(', ')}); indicator ids are listed by \`plancast data list\``);
    throw new ExitSignal(2);
  }
}

/** A bundled file's check, or nothing when it cannot be read (it is reported where it is a target). */
function safeCheck(file: string): ReturnType<typeof checkScenarioFile> | undefined {
  try {
    return checkScenarioFile(file);
  } catch {
    return undefined;
  }
}

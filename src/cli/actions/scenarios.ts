/** What `plancast scenarios list|show|validate` do (the commands' options are in commands/scenarios.ts). */
import { scenarioSchema } from '../../core/scenarios/scenario-spec.js';
import { describeScenarioLevers } from '../../core/scenarios/describe-scenario.js';
import { resolveScenario } from '../../core/scenarios/resolve-scenario.js';
import { bundledScenarioFiles, checkScenarioFile, formatScenarioProblem, loadScenario, loadScenarioLibrary } from '../../io/load-scenarios.js';
import type { CliIo } from '../cli-io.js';
import { ExitSignal } from '../exit-signal.js';
import { formatTable } from '../format-table.js';

export function scenariosListAction(io: CliIo, options: { json?: boolean }): void {
  const library = loadScenarioLibrary();
  const rows = [...library.raw.keys()].map((id) => {
    const scenario = resolveScenario(id, library.raw);
    return { id, zh: scenario.label.zh, en: scenario.label.en, extends: scenario.chain.slice(0, -1).join(' → '), levers: describeScenarioLevers(scenario, 'en').length, file: library.files.get(id)! };
  });
  if (options.json) return io.out(JSON.stringify(rows, null, 2));
  io.out(formatTable(['scenario', '名称', 'name', 'extends', 'levers'], rows.map((row) => [row.id, row.zh, row.en, row.extends, String(row.levers)]), ['left', 'left', 'left', 'left', 'right']));
}

export function scenariosShowAction(io: CliIo, id: string, options: { json?: boolean }): void {
  const scenario = loadScenario(id);
  if (options.json) return io.out(JSON.stringify(scenario, null, 2));
  io.out(`${scenario.id} — ${scenario.label.zh} / ${scenario.label.en}`);
  if (scenario.chain.length > 1) io.out(`extends: ${scenario.chain.slice(0, -1).join(' → ')}`);
  if (scenario.description) io.out(`${scenario.description.zh}\n${scenario.description.en}`);
  const levers = describeScenarioLevers(scenario, 'en');
  io.out(levers.length === 0 ? 'levers: none (the fitted trend continues)' : `levers:\n${levers.map((lever) => `  • ${lever}`).join('\n')}`);
}

export function scenariosValidateAction(io: CliIo, files: string[]): void {
  const targets = files.length > 0 ? files : bundledScenarioFiles();
  let invalid = 0;
  for (const file of targets) {
    const checked = checkScenarioFile(file);
    if (checked.problems.length === 0) {
      io.out(`✓ ${file}: valid (${checked.id})`);
      continue;
    }
    invalid++;
    for (const problem of checked.problems) io.err(formatScenarioProblem(problem));
    io.out(`✗ ${file}: ${checked.problems.length} problem${checked.problems.length === 1 ? '' : 's'}`);
  }
  if (invalid > 0) {
    io.err(`remedy: fix the fields named; the schema is scenarios/scenario.schema.json (fields: ${Object.keys(scenarioSchema.shape).join(', ')})`);
    throw new ExitSignal(2);
  }
}

/** `plancast scenarios list|show|validate`: the scenario files and their levers. */
import type { Command } from 'commander';
import { scenarioSchema } from '../../core/scenarios/scenario-spec.js';
import { describeScenarioLevers } from '../../core/scenarios/describe-scenario.js';
import { bundledScenarioFiles, checkScenarioFile, formatScenarioProblem, loadScenario, loadScenarioLibrary } from '../../io/load-scenarios.js';
import { resolveScenario } from '../../core/scenarios/resolve-scenario.js';
import type { CliIo } from '../cli-io.js';
import { ExitSignal } from '../exit-signal.js';
import { formatTable } from '../format-table.js';
import { addJsonOption } from './shared-options.js';

export function registerScenarioCommands(program: Command, io: CliIo): void {
  const scenarios = program.command('scenarios').description('list, show and validate scenario files (scenarios/*.yaml)');

  addJsonOption(scenarios.command('list').description('the bundled scenarios')).action((options: { json?: boolean }) => {
    const library = loadScenarioLibrary();
    const rows = [...library.raw.keys()].map((id) => {
      const scenario = resolveScenario(id, library.raw);
      return { id, zh: scenario.label.zh, en: scenario.label.en, extends: scenario.chain.slice(0, -1).join(' → '), levers: describeScenarioLevers(scenario, 'en').length, file: library.files.get(id)! };
    });
    if (options.json) return io.out(JSON.stringify(rows, null, 2));
    io.out(formatTable(['scenario', '名称', 'name', 'extends', 'levers'], rows.map((row) => [row.id, row.zh, row.en, row.extends, String(row.levers)]), ['left', 'left', 'left', 'left', 'right']));
  });

  addJsonOption(scenarios.command('show').description('a scenario with its levers, its base resolved').argument('<scenario>', 'a scenario id or a YAML file')).action((id: string, options: { json?: boolean }) => {
    const scenario = loadScenario(id);
    if (options.json) return io.out(JSON.stringify(scenario, null, 2));
    io.out(`${scenario.id} — ${scenario.label.zh} / ${scenario.label.en}`);
    if (scenario.chain.length > 1) io.out(`extends: ${scenario.chain.slice(0, -1).join(' → ')}`);
    if (scenario.description) io.out(`${scenario.description.zh}\n${scenario.description.en}`);
    const levers = describeScenarioLevers(scenario, 'en');
    io.out(levers.length === 0 ? 'levers: none (the fitted trend continues)' : `levers:\n${levers.map((lever) => `  • ${lever}`).join('\n')}`);
  });

  scenarios
    .command('validate')
    .description('check scenario files against the schema (no file: the bundled ones)')
    .argument('[files...]', 'scenario YAML files')
    .action((files: string[]) => {
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
    });
}

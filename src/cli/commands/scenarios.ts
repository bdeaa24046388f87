/** `plancast scenarios list|show|validate`: the scenario files and their levers. */
import type { Command } from 'commander';
import type { CliIo } from '../cli-io.js';
import { lazyAction } from '../lazy-action.js';
import { addJsonOption } from './shared-options.js';

export function registerScenarioCommands(program: Command, io: CliIo): void {
  const scenarios = program.command('scenarios').description('list, show and validate scenario files (scenarios/*.yaml)');
  const actions = () => import('../actions/scenarios.js');
  addJsonOption(scenarios.command('list').description('the bundled scenarios')).action(lazyAction(actions, 'scenariosListAction', io));
  addJsonOption(scenarios.command('show').description('a scenario with its levers, its base resolved').argument('<scenario>', 'a scenario id or a YAML file')).action(lazyAction(actions, 'scenariosShowAction', io));
  scenarios
    .command('validate')
    .description('check scenario files against the schema (no file: the bundled ones)')
    .argument('[files...]', 'scenario YAML files')
    .action(lazyAction(actions, 'scenariosValidateAction', io));
}

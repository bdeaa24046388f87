/** `plancast scenarios list|show|validate|policies`: the scenario files, their levers and the policies they use. */
import type { Command } from 'commander';
import type { CliIo } from '../cli-io.js';
import { lazyAction } from '../lazy-action.js';
import { addJsonOption } from './shared-options.js';

const CATALOG_HELP = 'your own indicator catalogue (YAML like seeds/indicators.yaml): its ids (and roles) count as known';

export function registerScenarioCommands(program: Command, io: CliIo): void {
  const scenarios = program.command('scenarios').description('list, show and validate scenario files (scenarios/*.yaml) and the policies they use (scenarios/policies/*.yaml)');
  const actions = () => import('../actions/scenarios.js');
  addJsonOption(scenarios.command('list').description('the bundled scenarios')).action(lazyAction(actions, 'scenariosListAction', io));
  addJsonOption(scenarios.command('show').description('a scenario: its base resolved, each policy → lever → indicator, its levers').argument('<scenario>', 'a scenario id or a YAML file'))
    .option('--catalog <file>', CATALOG_HELP)
    .action(lazyAction(actions, 'scenariosShowAction', io));
  addJsonOption(scenarios.command('policies').description('the policies scenarios can use: cited line, levers, assumed sizes and why'))
    .option('--catalog <file>', CATALOG_HELP)
    .action(lazyAction(actions, 'scenariosPoliciesAction', io));
  scenarios
    .command('validate')
    .description('check scenario files: schema, extends (exists, no cycle), every indicator and policy they name (no file: the bundled scenarios and policies)')
    .argument('[files...]', 'scenario YAML files')
    .option('--catalog <file>', CATALOG_HELP)
    .action(lazyAction(actions, 'scenariosValidateAction', io));
}

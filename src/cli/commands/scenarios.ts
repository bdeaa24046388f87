/** `plancast scenarios list|show|validate|policies`: the scenario files, their levers and the policies they use. */
import type { Command } from 'commander';
import type { CliIo } from '../cli-io.js';
import { lazyAction } from '../lazy-action.js';
import { addJsonOption } from './shared-options.js';

const CATALOG_HELP = 'your own indicator catalogue (YAML like seeds/indicators.yaml): its ids (and roles) count as known';

const actions = () => import('../actions/scenarios.js');

export function defineScenariosListCommand(command: Command, io: CliIo): void {
  addJsonOption(command).action(lazyAction(actions, 'scenariosListAction', io));
}

export function defineScenariosShowCommand(command: Command, io: CliIo): void {
  addJsonOption(command.argument('<scenario>', 'a scenario id or a YAML file'))
    .option('--catalog <file>', CATALOG_HELP)
    .action(lazyAction(actions, 'scenariosShowAction', io));
}

export function defineScenariosPoliciesCommand(command: Command, io: CliIo): void {
  addJsonOption(command)
    .option('--catalog <file>', CATALOG_HELP)
    .action(lazyAction(actions, 'scenariosPoliciesAction', io));
}

export function defineScenariosValidateCommand(command: Command, io: CliIo): void {
  command
    .argument('[files...]', 'scenario YAML files')
    .option('--catalog <file>', CATALOG_HELP)
    .action(lazyAction(actions, 'scenariosValidateAction', io));
}

/**
 * `plancast project --region R [--scenario S] [--paths N] [--seed N] [--json]`: every indicator of the
 * region projected under a scenario — median and 80 % range by year, the model behind it.
 */
import type { Command } from 'commander';
import type { CliIo } from '../cli-io.js';
import { lazyAction } from '../lazy-action.js';
import { addProjectionOptions } from '../projection-options.js';
import { addJsonOption } from './shared-options.js';

export function defineProjectCommand(command: Command, io: CliIo): void {
  command
    .option('--scenario <scenario>', 'scenario id or YAML file (default baseline)', 'baseline')
    .option('--indicator <indicator>', 'only this indicator (id or Chinese name)');
  addJsonOption(addProjectionOptions(command, { preset: false })).action(lazyAction(() => import('../actions/project.js'), 'projectAction', io));
}

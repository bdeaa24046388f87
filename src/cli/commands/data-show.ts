/** `plancast data show --region R [--indicator I] [--json]`: the records of a region with their sources. */
import type { Command } from 'commander';
import type { CliIo } from '../cli-io.js';
import { lazyAction } from '../lazy-action.js';
import { addDataOption, addJsonOption } from './shared-options.js';

export function defineDataShowCommand(command: Command, io: CliIo): void {
  command
    .requiredOption('--region <region>', 'region id, e.g. yubei (see `plancast data list`)')
    .option('--indicator <indicator>', 'indicator id or Chinese name, e.g. rd_intensity');
  addJsonOption(addDataOption(command)).action(lazyAction(() => import('../actions/data-show.js'), 'dataShowAction', io));
}

/** `plancast data conflicts [--json]`: every contradiction in the data, the competing values and sources. */
import type { Command } from 'commander';
import type { CliIo } from '../cli-io.js';
import { lazyAction } from '../lazy-action.js';
import { addDataOption, addJsonOption } from './shared-options.js';

export function registerDataConflicts(data: Command, io: CliIo): void {
  const command = data.command('conflicts').description('every contradiction found in the data, with the competing values and their sources');
  addJsonOption(addDataOption(command)).action(lazyAction(() => import('../actions/data-conflicts.js'), 'dataConflictsAction', io));
}

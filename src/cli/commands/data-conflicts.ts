/** `plancast data conflicts [--json]`: every contradiction in the data, the competing values and sources. */
import type { Command } from 'commander';
import type { CliIo } from '../cli-io.js';
import { lazyAction } from '../lazy-action.js';
import { addDataOption, addJsonOption } from './shared-options.js';

export function defineDataConflictsCommand(command: Command, io: CliIo): void {
  addJsonOption(addDataOption(command)).action(lazyAction(() => import('../actions/data-conflicts.js'), 'dataConflictsAction', io));
}

/** `plancast data list`: regions and indicators with their record counts. */
import type { Command } from 'commander';
import type { CliIo } from '../cli-io.js';
import { lazyAction } from '../lazy-action.js';
import { addDataOption, addJsonOption } from './shared-options.js';

export function defineDataListCommand(command: Command, io: CliIo): void {
  addJsonOption(addDataOption(command)).action(lazyAction(() => import('../actions/data-list.js'), 'dataListAction', io));
}

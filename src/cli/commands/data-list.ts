/** `plancast data list`: regions and indicators with their record counts. */
import type { Command } from 'commander';
import type { CliIo } from '../cli-io.js';
import { lazyAction } from '../lazy-action.js';
import { addDataOption, addJsonOption } from './shared-options.js';

export function registerDataList(data: Command, io: CliIo): void {
  const command = data.command('list').description('regions and indicators with record counts');
  addJsonOption(addDataOption(command)).action(lazyAction(() => import('../actions/data-list.js'), 'dataListAction', io));
}

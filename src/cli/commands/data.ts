/** `plancast data …`: the bundled datasets and users' own files. */
import type { Command } from 'commander';
import type { CliIo } from '../cli-io.js';
import { registerDataConflicts } from './data-conflicts.js';
import { registerDataList } from './data-list.js';
import { registerDataShow } from './data-show.js';
import { registerDataValidate } from './data-validate.js';

export function registerDataCommands(program: Command, io: CliIo): void {
  const data = program.command('data').description('list, show, check and validate indicator data');
  registerDataList(data, io);
  registerDataShow(data, io);
  registerDataConflicts(data, io);
  registerDataValidate(data, io);
}

/**
 * `plancast compare --region R --scenarios a,b,c`: the main goal of every indicator under several
 * scenarios side by side — probability and median projection — on the same common random numbers, so
 * the differences are the scenarios'.
 */
import type { Command } from 'commander';
import type { CliIo } from '../cli-io.js';
import { lazyAction } from '../lazy-action.js';
import { parseList } from '../option-parsers.js';
import { addProjectionOptions } from '../projection-options.js';
import { addJsonOption } from './shared-options.js';

export function defineCompareCommand(command: Command, io: CliIo): void {
  command
    .option('--scenarios <list>', 'comma-separated scenario ids or YAML files', parseList('--scenarios'), ['baseline', 'plan-path', 'conservative', 'accelerated', 'downturn-shock']);
  addJsonOption(addProjectionOptions(command)).action(lazyAction(() => import('../actions/compare.js'), 'compareAction', io));
}

/**
 * `plancast fit --region R --indicator I [--family F] [--to YEAR] [--json]`: every family's parameters,
 * fit statistics, backtest error and forecast with intervals, and which model is chosen and why.
 */
import type { Command } from 'commander';
import type { CliIo } from '../cli-io.js';
import { lazyAction } from '../lazy-action.js';
import { parseYear } from '../option-parsers.js';
import { addDataOption, addJsonOption } from './shared-options.js';

export function defineFitCommand(command: Command, io: CliIo): void {
  command
    .requiredOption('--region <region>', 'region id, e.g. yubei')
    .requiredOption('--indicator <indicator>', 'indicator id or Chinese name, e.g. rd_intensity')
    .option('--family <family>', 'fit only this family (a family id, see models/README.md)')
    .option('--to <year>', 'forecast to this year (default: the last year of the plan the year after the data falls in, from seeds/plans.yaml)', parseYear)
    .option('--models <file>', 'model spec file (default models/default.yaml)');
  addJsonOption(addDataOption(command)).action(lazyAction(() => import('../actions/fit.js'), 'fitAction', io));
}

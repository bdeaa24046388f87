/**
 * `plancast template --region R --as-of YEAR [--xlsx] [--out FILE]`: the data request a bureau sends to
 * its departments — one row per goal indicator and missing year, with unit, attribute, plan and an empty
 * value column — that reads back unchanged through --data once filled in.
 */
import type { Command } from 'commander';
import type { CliIo } from '../cli-io.js';
import { lazyAction } from '../lazy-action.js';
import { parseYear } from '../option-parsers.js';
import { addDataOption } from './shared-options.js';

export function defineTemplateCommand(command: Command, io: CliIo): void {
  command
    .requiredOption('--region <region>', 'region id or Chinese name, e.g. yubei or 渝北区')
    .requiredOption('--as-of <year>', 'the assessment year: rows run from the plan\'s base year to this year', parseYear)
    .option('--xlsx', 'write an Excel workbook (.xlsx) instead of CSV (needs --out)')
    .option('--out <file>', 'write to this file (default: CSV to standard output)');
  addDataOption(command).action(lazyAction(() => import('../actions/template.js'), 'templateAction', io));
}

/**
 * `plancast forecast --data FILE [--catalog FILE] --horizon N [--levels 80,95] [--models FILE] [--json]`:
 * forecasts for every series of a file in one run — each region × indicator of a data file, or each
 * series of a generic `series,year,value[,part]` file (only its history rows) — with the median, the
 * intervals and where their spread came from. Only the file's own values are used.
 */
import type { Command } from 'commander';
import type { CliIo } from '../cli-io.js';
import { lazyAction } from '../lazy-action.js';
import { parseInteger, parseLevels } from '../option-parsers.js';
import { addJsonOption } from './shared-options.js';

export function defineForecastCommand(command: Command, io: CliIo): void {
  command
    .requiredOption('--data <file>', 'CSV or .xlsx: region,indicator,year,value[,unit,kind…] or series,year,value[,part]')
    .option('--catalog <file>', 'your own indicator catalogue (YAML like seeds/indicators.yaml)')
    .requiredOption('--horizon <years>', 'years to forecast after each series\' last value', parseInteger('--horizon', 1, 100))
    .option('--levels <levels>', 'interval levels in percent, comma-separated', parseLevels, [80, 95])
    .option('--models <file>', 'model spec file (default models/default.yaml)');
  addJsonOption(command).action(lazyAction(() => import('../actions/forecast.js'), 'forecastAction', io));
}

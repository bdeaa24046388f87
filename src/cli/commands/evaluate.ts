/**
 * `plancast evaluate --data FILE [--origins 2015,2016,…] [--window 6] [--horizon N] [--cross-fit K] [--json]`:
 * how honest plancast's forecasts are on the user's own history — a rolling-origin evaluation against the
 * naive and the planners' CAGR forecasts, with the protocol of ../shared/benchmarks/README.md: sMAPE,
 * MASE, interval coverage and MSIS, by horizon and overall. With a `part` column the `future` rows are
 * scored. By default plancast forecasts under the shipped calibration; --cross-fit K learns it from the
 * file itself, K folds by region, so no series is forecast by parameters learned on it.
 */
import type { Command } from 'commander';
import type { CliIo } from '../cli-io.js';
import { lazyAction } from '../lazy-action.js';
import { parseInteger, parseLevels, parseOrigins } from '../option-parsers.js';
import { addJsonOption } from './shared-options.js';

export function defineEvaluateCommand(command: Command, io: CliIo): void {
  command
    .requiredOption('--data <file>', 'CSV or .xlsx: region,indicator,year,value[,…] or series,year,value[,part]')
    .option('--catalog <file>', 'your own indicator catalogue (YAML like seeds/indicators.yaml)')
    .option('--origins <years>', 'origin years, comma-separated (default: every year with a full window before it)', parseOrigins)
    .option('--window <points>', 'history points each forecast sees', parseInteger('--window', 1, 50), 6)
    .option('--horizon <years>', 'furthest year scored after the origin (default: every future row with a part column, else 5)', parseInteger('--horizon', 1, 50))
    .option('--levels <levels>', 'interval levels in percent, comma-separated', parseLevels, [80, 95])
    .option('--cross-fit <folds>', 'learn the calibration from the file itself, in this many folds by region', parseInteger('--cross-fit', 2, 100))
    .option('--models <file>', 'model spec file naming the calibration (default models/default.yaml)');
  addJsonOption(command).action(lazyAction(() => import('../actions/evaluate.js'), 'evaluateAction', io));
}

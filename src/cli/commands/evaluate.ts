/**
 * `plancast evaluate --data FILE [--origins 2015,2016,…] [--window 6] [--horizon N] [--cross-fit K] [--json]`:
 * how honest plancast's forecasts are on the user's own history — a rolling-origin evaluation against the
 * naive and the planners' CAGR forecasts, with the protocol of ../shared/benchmarks/README.md: sMAPE,
 * MASE, interval coverage and MSIS, by horizon and overall. With a `part` column the `future` rows are
 * scored. By default plancast forecasts under the shipped calibration; --cross-fit K learns it from the
 * file itself, K folds by region, so no series is forecast by parameters learned on it.
 */
import { InvalidArgumentError, type Command } from 'commander';
import { PlancastError } from '../../core/errors.js';
import type { CliIo } from '../cli-io.js';
import { formatTable } from '../format-table.js';
import { parseInteger } from '../option-parsers.js';
import { parseLevels } from './forecast.js';
import { addJsonOption } from './shared-options.js';

interface EvaluateOptions { data: string; catalog?: string; origins?: number[]; window: number; horizon?: number; levels: number[]; crossFit?: number; models?: string; json?: boolean }

function parseOrigins(value: string): number[] {
  const years = value.split(',').map((part) => Number(part.trim()));
  if (years.some((year) => !Number.isInteger(year) || year < 1800 || year > 2200)) throw new InvalidArgumentError(`--origins takes years separated by commas, e.g. 2015,2016,2017 (got "${value}")`);
  return [...new Set(years)].sort((a, b) => a - b);
}

const fixed = (value: number | undefined, digits = 2): string => (value === undefined || !Number.isFinite(value) ? '–' : value.toFixed(digits));

export function registerEvaluateCommand(program: Command, io: CliIo): void {
  const command = program
    .command('evaluate')
    .description('rolling-origin evaluation of plancast\'s forecasts on your history against the naive and CAGR forecasts')
    .requiredOption('--data <file>', 'CSV or .xlsx: region,indicator,year,value[,…] or series,year,value[,part]')
    .option('--catalog <file>', 'your own indicator catalogue (YAML like seeds/indicators.yaml)')
    .option('--origins <years>', 'origin years, comma-separated (default: every year with a full window before it)', parseOrigins)
    .option('--window <points>', 'history points each forecast sees', parseInteger('--window', 1, 50), 6)
    .option('--horizon <years>', 'furthest year scored after the origin (default: every future row with a part column, else 5)', parseInteger('--horizon', 1, 50))
    .option('--levels <levels>', 'interval levels in percent, comma-separated', parseLevels, [80, 95])
    .option('--cross-fit <folds>', 'learn the calibration from the file itself, in this many folds by region', parseInteger('--cross-fit', 2, 100))
    .option('--models <file>', 'model spec file naming the calibration (default models/default.yaml)');
  addJsonOption(command).action(async (options: EvaluateOptions) => {
    const { loadCatalogWith } = await import('../../io/load-dataset.js');
    const { readSeriesFile } = await import('../../io/read-series-file.js');
    const { loadModelSpec } = await import('../../io/load-model-spec.js');
    const { runForecastEvaluation } = await import('../../core/evaluation/run-forecast-evaluation.js');
    const catalog = await loadCatalogWith(options.catalog);
    const table = await readSeriesFile(options.data, catalog);
    const split = table.series.some((series) => series.parts !== undefined);
    if (split && options.origins !== undefined) throw new PlancastError('E_USAGE', '--origins applies to files without a part column; with one, the future rows are scored', { remedy: 'drop --origins, or drop the part column' });
    const spec = loadModelSpec(options.models);
    if (options.crossFit === undefined && spec.calibration === undefined) throw new PlancastError('E_CALIBRATION_MISSING', `the model spec ${spec.file} names no calibration`, { remedy: 'use models/default.yaml, or give --cross-fit K to learn one from the file' });
    const result = runForecastEvaluation(table.series, {
      window: options.window,
      horizon: options.horizon ?? (split ? null : 5),
      origins: options.origins ?? null,
    }, { levels: options.levels, ...(options.crossFit !== undefined ? { crossFitFolds: options.crossFit } : { calibration: spec.calibration! }) });
    if (result.evaluation.cases === 0) {
      throw new PlancastError('E_NO_CASES', `${options.data}: no case to evaluate (${result.evaluation.skipped.map((entry) => `${entry.count}× ${entry.reason}`).join('; ') || 'no series'})`, { remedy: 'give each series at least --window values before an origin and one after it, or lower --window' });
    }
    if (options.json) return io.out(JSON.stringify({ data: options.data, layout: table.layout, ...result }, null, 2));
    const { evaluation, protocol, calibration } = result;
    io.out(`${options.data}: ${evaluation.cases} cases, ${evaluation.points} scored values — window ${protocol.window}, ${protocol.horizon === null ? 'every future row' : `horizons 1–${protocol.horizon}`}${protocol.origins ? `, origins ${protocol.origins.join(', ')}` : ''}; plancast under ${calibration}\n`);
    const wide = Math.max(...options.levels);
    const levelHeaders = options.levels.map((level) => `cov ${level}`);
    const row = (label: string, accuracy: (typeof evaluation.methods)[number]['overall']): string[] => [
      label, fixed(accuracy.symmetricMeanAbsolutePercentageError), fixed(accuracy.meanAbsoluteScaledError),
      ...options.levels.map((level) => fixed(accuracy.coverage.find((entry) => entry.level === level)?.observed, 3)),
      fixed(accuracy.scaledIntervalScore.find((entry) => entry.level === wide)?.mean), fixed(accuracy.scaledIntervalScore.find((entry) => entry.level === wide)?.median),
    ];
    const headers = ['method', 'sMAPE', 'MASE', ...levelHeaders, `MSIS${wide}`, 'median'];
    const alignments = headers.map((_, index) => (index === 0 ? 'left' : 'right') as 'left' | 'right');
    io.out(formatTable(headers, evaluation.methods.map((method) => row(method.label, method.overall)), alignments));
    io.out('\nby horizon (plancast; sMAPE of naive and CAGR alongside)\n');
    const plancast = evaluation.methods.find((method) => method.id === 'plancast')!;
    io.out(formatTable(['h', 'points', ...headers.slice(1), 'naive sMAPE', 'CAGR sMAPE'], plancast.byHorizon.map((entry) => [
      String(entry.horizon), String(entry.accuracy.points), ...row('', entry.accuracy).slice(1),
      fixed(evaluation.methods.find((method) => method.id === 'naive')!.byHorizon.find((other) => other.horizon === entry.horizon)?.accuracy.symmetricMeanAbsolutePercentageError),
      fixed(evaluation.methods.find((method) => method.id === 'cagr')!.byHorizon.find((other) => other.horizon === entry.horizon)?.accuracy.symmetricMeanAbsolutePercentageError),
    ]), ['right', 'right', ...alignments.slice(1), 'right', 'right']));
    for (const entry of evaluation.skipped) io.out(`skipped ${entry.count}: ${entry.reason}`);
  });
}

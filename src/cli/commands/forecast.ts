/**
 * `plancast forecast --data FILE [--catalog FILE] --horizon N [--levels 80,95] [--models FILE] [--json]`:
 * forecasts for every series of a file in one run — each region × indicator of a data file, or each
 * series of a generic `series,year,value[,part]` file (only its history rows) — with the median, the
 * intervals and where their spread came from. Only the file's own values are used.
 */
import { InvalidArgumentError, type Command } from 'commander';
import { PlancastError } from '../../core/errors.js';
import type { CliIo } from '../cli-io.js';
import { formatNumber, formatTable } from '../format-table.js';
import { parseInteger } from '../option-parsers.js';
import { addJsonOption } from './shared-options.js';

interface ForecastOptions { data: string; catalog?: string; horizon: number; levels: number[]; models?: string; json?: boolean }

/** "80,95" → [80, 95]: interval levels in percent, strictly between 0 and 100. */
export function parseLevels(value: string): number[] {
  const levels = value.split(',').map((part) => Number(part.trim()));
  if (levels.length === 0 || levels.some((level) => !(level > 0 && level < 100))) throw new InvalidArgumentError(`--levels takes percentages between 0 and 100 separated by commas, e.g. 80,95 (got "${value}")`);
  return [...new Set(levels)].sort((a, b) => a - b);
}

export function registerForecastCommand(program: Command, io: CliIo): void {
  const command = program
    .command('forecast')
    .description('forecast every series of a file in one run: median, intervals, and where their spread came from')
    .requiredOption('--data <file>', 'CSV or .xlsx: region,indicator,year,value[,unit,kind…] or series,year,value[,part]')
    .option('--catalog <file>', 'your own indicator catalogue (YAML like seeds/indicators.yaml)')
    .requiredOption('--horizon <years>', 'years to forecast after each series\' last value', parseInteger('--horizon', 1, 100))
    .option('--levels <levels>', 'interval levels in percent, comma-separated', parseLevels, [80, 95])
    .option('--models <file>', 'model spec file (default models/default.yaml)');
  addJsonOption(command).action(async (options: ForecastOptions) => {
    const { loadCatalogWith } = await import('../../io/load-dataset.js');
    const { readSeriesFile } = await import('../../io/read-series-file.js');
    const { loadModelSpec } = await import('../../io/load-model-spec.js');
    const { forecastManySeries } = await import('../../core/forecasting/forecast-many-series.js');
    const catalog = await loadCatalogWith(options.catalog);
    const table = await readSeriesFile(options.data, catalog);
    if (table.series.length === 0) throw new PlancastError('E_NO_OBSERVATIONS', `${options.data} holds no series with an observation`, { remedy: 'give actual values (kind actual, or no kind column) for at least one region and indicator' });
    const spec = loadModelSpec(options.models);
    const forecasts = forecastManySeries(table.series, spec, options.horizon, options.levels);
    for (const issue of table.issues) if (issue.severity === 'warning') io.err(`warning ${issue.code}: ${issue.file}:${issue.line ?? ''} ${issue.message}`);
    if (options.json) return io.out(JSON.stringify(forecasts, null, 2));
    const wide = Math.max(...options.levels);
    const cell = (row: (typeof forecasts)[number]['forecast'][number] | undefined): string => {
      const interval = row?.intervals.find((entry) => entry.level === wide);
      return row && interval ? `${formatNumber(row.median)} [${formatNumber(interval.lower)}, ${formatNumber(interval.upper)}]` : '–';
    };
    io.out(`${forecasts.length} series from ${options.data}; median [${wide} %] after 1 and ${options.horizon} year${options.horizon === 1 ? '' : 's'}\n`);
    io.out(formatTable(['region', 'indicator', 'first year', `year ${options.horizon}`, 'spread from'], forecasts.map((entry) => [
      entry.region, entry.indicator, entry.failure ? `not forecast: ${entry.failure}` : cell(entry.forecast[0]), cell(entry.forecast[entry.forecast.length - 1]),
      entry.source.referenceClass ? `${entry.source.intervalSource} (${entry.source.referenceClass}${entry.source.match === 'general' ? ', no class of its own' : ''})` : entry.source.intervalSource ?? '–',
    ]), ['left', 'left', 'right', 'right', 'left']));
  });
}

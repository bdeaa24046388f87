/** What `plancast forecast` does (the command's options are in commands/forecast.ts). */
import { forecastManySeries } from '../../core/forecasting/forecast-many-series.js';
import { PlancastError } from '../../core/errors.js';
import { loadCatalogWith } from '../../io/load-dataset.js';
import { loadModelSpec } from '../../io/load-model-spec.js';
import { readSeriesFile } from '../../io/read-series-file.js';
import type { CliIo } from '../cli-io.js';
import { formatNumber, formatTable } from '../format-table.js';

export interface ForecastOptions { data: string; catalog?: string; horizon: number; levels: number[]; models?: string; json?: boolean }

export async function forecastAction(io: CliIo, options: ForecastOptions): Promise<void> {
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
}

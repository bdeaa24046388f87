/**
 * `plancast fit --region R --indicator I [--family F] [--to YEAR] [--json]`: every family's parameters,
 * fit statistics, backtest error and forecast with intervals, and which model is chosen and why.
 */
import type { Command } from 'commander';
import { PlancastError } from '../../core/errors.js';
import { findFamily, FAMILY_IDS } from '../../core/models/family-registry.js';
import { fitAndSelect, type FitReport } from '../../core/models/model-selection.js';
import { familiesForIndicator } from '../../core/models/model-spec.js';
import { allObservedSeries } from '../../core/pipeline/prepare-region.js';
import { fitContextFor } from '../../core/pipeline/pooled-priors.js';
import { seriesFromRecords } from '../../core/series/observed-series.js';
import { loadDataset } from '../../io/load-dataset.js';
import { loadModelSpec } from '../../io/load-model-spec.js';
import type { CliIo } from '../cli-io.js';
import { formatNumber, formatTable } from '../format-table.js';
import { parseYear } from '../option-parsers.js';
import { requireIndicator } from './require-indicator.js';
import { requireRegion } from './require-region.js';
import { addDataOption, addJsonOption, dataOptions } from './shared-options.js';

interface FitOptions { region: string; indicator: string; family?: string; to?: number; models?: string; data?: string; catalog?: string; json?: boolean }

/** The JSON shape the issue names: { chosen, families: [{ family, parameters, aicc?, backtestError?, intervalSource, forecast }], diagnostics }. */
export function fitReportJson(report: FitReport): unknown {
  return {
    series: report.series,
    chosen: report.chosen,
    families: report.families.map((family) => ({
      family: family.family,
      label: family.label,
      parameters: family.parameters,
      ...(family.aicc !== null ? { aicc: family.aicc } : {}),
      ...(family.aiccNote ? { aiccNote: family.aiccNote } : {}),
      ...(family.backtestError !== null ? { backtestError: family.backtestError } : {}),
      backtestCoverage: family.backtestCoverage,
      weight: family.weight,
      intervalSource: family.intervalSource,
      intervalSourceDescription: family.intervalSourceDescription,
      forecast: family.forecast.map((row) => ({ year: row.year, mean: row.point, median: row.point, intervals: row.intervals })),
      ...(family.failure ? { failure: family.failure } : {}),
    })),
    ...(report.ensemble ? { ensemble: report.ensemble } : {}),
    diagnostics: report.diagnostics,
  };
}

export function registerFitCommand(program: Command, io: CliIo): void {
  const command = program
    .command('fit')
    .description('fit every model family to one series: parameters, fit, backtest, forecast with intervals, and the choice with its reason')
    .requiredOption('--region <region>', 'region id, e.g. yubei')
    .requiredOption('--indicator <indicator>', 'indicator id or Chinese name, e.g. rd_intensity')
    .option('--family <family>', `fit only this family (${FAMILY_IDS.join(', ')})`)
    .option('--to <year>', 'forecast to this year (default 2025; 2035 for the long-range goals)', parseYear)
    .option('--models <file>', 'model spec file (default models/default.yaml)');
  addJsonOption(addDataOption(command)).action(async (options: FitOptions) => {
    const dataset = await loadDataset(dataOptions(options));
    requireRegion(dataset, options.region);
    const definition = requireIndicator(dataset.catalog, options.indicator);
    const spec = loadModelSpec(options.models);
    const series = seriesFromRecords(dataset.records, options.region, definition.id, { unit: definition.unit, indicatorKind: definition.kind, bounds: definition.bounds });
    if (series.years.length === 0) throw new PlancastError('E_NO_OBSERVATIONS', `${options.region} has no observation of ${definition.id}`, { remedy: 'supply actual values with --data FILE, or pick an indicator listed by `plancast data show --region ' + options.region + '`' });
    let choices = familiesForIndicator(spec, definition.id, definition.kind);
    if (options.family !== undefined) {
      if (findFamily(options.family) === undefined) throw new PlancastError('E_UNKNOWN_FAMILY', `unknown model family "${options.family}"`, { remedy: `use one of: ${FAMILY_IDS.join(', ')}` });
      choices = [choices.find((choice) => choice.family === options.family) ?? { family: options.family, settings: {} }];
    }
    const lastYear = series.years[series.years.length - 1]!;
    const horizon = Math.max(1, (options.to ?? 2025) - lastYear);
    const report = fitAndSelect(series, choices, fitContextFor(allObservedSeries(dataset), series, dataset.catalog, spec), {
      levels: spec.intervalLevels, horizon, backtest: spec.backtest, selection: { criterion: spec.selection.criterion, combine: spec.selection.combine, fallback: options.family ?? spec.selection.fallbackByKind[definition.kind] ?? spec.selection.fallback },
    });
    if (options.json) return io.out(JSON.stringify(fitReportJson(report), null, 2));
    io.out(`${definition.name.zh} ${definition.name.en} — ${options.region}, ${series.years.length} observations: ${series.years.map((year, index) => `${year} ${formatNumber(series.values[index]!)}`).join(', ')} (${definition.unit})\n`);
    const wide = Math.max(...spec.intervalLevels);
    io.out(formatTable(['family', 'parameters', 'AICc', 'backtest MAPE', 'spread from', `${report.horizon.lastYear} point [${wide} %]`],
      report.families.map((family) => {
        const last = family.forecast[family.forecast.length - 1];
        const interval = last?.intervals.find((entry) => entry.level === wide);
        return [
          family.family + (family.family === report.chosen.family ? ' ✓' : ''),
          family.failure ? `not fitted: ${family.failure}` : family.parameters.filter((row) => row.value !== null).slice(0, 3).map((row) => `${row.name}=${formatNumber(row.value!, 4)}`).join(' '),
          family.aicc !== null ? formatNumber(family.aicc, 2) : '–',
          family.backtestError !== null ? `${formatNumber(family.backtestError, 2)} %` : '–',
          family.intervalSource ?? '–',
          last && interval ? `${formatNumber(last.point)} [${formatNumber(interval.lower)}, ${formatNumber(interval.upper)}]` : '–',
        ];
      }), ['left', 'left', 'right', 'right', 'left', 'right']));
    io.out(`\nchosen: ${report.chosen.family ?? 'none'} (${report.chosen.evidence} evidence) — ${report.chosen.reason}`);
    for (const diagnostic of report.diagnostics) io.out(`note: ${diagnostic}`);
  });
}

/** What `plancast fit` does (the command's options are in commands/fit.ts). */
import { requireIndicator } from '../../app/require-indicator.js';
import { requireRegion } from '../../app/require-region.js';
import { openWorkspace } from '../../app/workspace.js';
import { planContaining } from '../../core/plans/plan-calendar.js';
import { PlancastError } from '../../core/errors.js';
import { findFamily, FAMILY_IDS } from '../../core/models/family-registry.js';
import { fitAndSelect, type FitReport } from '../../core/models/model-selection.js';
import { familiesForIndicator } from '../../core/models/model-spec.js';
import { allObservedSeries } from '../../core/pipeline/prepare-region.js';
import { fitContextFor } from '../../core/pipeline/pooled-priors.js';
import { seriesFromRecords } from '../../core/series/observed-series.js';
import type { CliIo } from '../cli-io.js';
import { formatNumber, formatTable } from '../format-table.js';
import { workspaceOptions } from '../projection-options.js';

export interface FitOptions { region: string; indicator: string; family?: string; to?: number; models?: string; data?: string; catalog?: string; json?: boolean }

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

export async function fitAction(io: CliIo, options: FitOptions): Promise<void> {
  const workspace = await openWorkspace(workspaceOptions(options));
  const { dataset, modelSpec: spec } = workspace;
  const region = requireRegion(dataset, options.region);
  const definition = requireIndicator(dataset.catalog, options.indicator);
  const series = seriesFromRecords(dataset.records, region, definition.id, { unit: definition.unit, indicatorKind: definition.kind, bounds: definition.bounds });
  if (series.years.length === 0) throw new PlancastError('E_NO_OBSERVATIONS', `${region} has no observation of ${definition.id}`, { remedy: 'supply actual values with --data FILE, or pick an indicator listed by `plancast data show --region ' + options.region + '`' });
  let choices = familiesForIndicator(spec, definition.id, definition.kind);
  if (options.family !== undefined) {
    if (findFamily(options.family) === undefined) throw new PlancastError('E_UNKNOWN_FAMILY', `unknown model family "${options.family}"`, { remedy: `use one of: ${FAMILY_IDS.join(', ')}` });
    choices = [choices.find((choice) => choice.family === options.family) ?? { family: options.family, settings: {} }];
  }
  const lastYear = series.years[series.years.length - 1]!;
  const horizon = Math.max(1, (options.to ?? planContaining(dataset.catalog.plans, lastYear + 1)?.lastYear ?? lastYear + 1) - lastYear);
  const report = fitAndSelect(series, choices, fitContextFor(allObservedSeries(dataset), series, dataset.catalog, spec), {
    levels: spec.intervalLevels, horizon, backtest: spec.backtest, selection: { criterion: spec.selection.criterion, combine: spec.selection.combine, fallback: options.family ?? spec.selection.fallbackByKind[definition.kind] ?? spec.selection.fallback },
  });
  if (options.json) return io.out(JSON.stringify(fitReportJson(report), null, 2));
  io.out(`${definition.name.zh} ${definition.name.en} — ${region}, ${series.years.length} observations: ${series.years.map((year, index) => `${year} ${formatNumber(series.values[index]!)}`).join(', ')} (${definition.unit})\n`);
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
}

/**
 * Forecasts for many series in one run (`plancast forecast`): each series forecast from its own values
 * under the model spec — with the default spec (selection.criterion none) that is the calibrated growth
 * family alone, which needs nothing but the series and its reference class, so a thousand series take
 * well under a second. A spec that chooses between families (criterion auto, backtest, aicc) fits and
 * backtests them all, as `plancast fit` does. A series no family can forecast is returned with the reason.
 *
 * In the generic layout with `history`/`future` parts, only the history is used.
 */
import type { EvaluationSeries } from '../evaluation/evaluation-cases.js';
import { findFamily } from '../models/family-registry.js';
import type { FitContext } from '../models/model-family.js';
import { fitWithSpec } from '../models/model-selection.js';
import type { ModelSpec } from '../models/model-spec.js';
import { pooledPriorFor } from '../pipeline/pooled-priors.js';
import type { ObservedSeries } from '../series/observed-series.js';
import { resolveReferenceClass } from './reference-class.js';

export interface SeriesForecastRow {
  year: number;
  median: number;
  intervals: { level: number; lower: number; upper: number }[];
}

export interface SeriesForecast {
  region: string;
  indicator: string;
  forecast: SeriesForecastRow[];
  /** where the forecast and its spread came from */
  source: {
    family: string | null;
    intervalSource: string | null;
    /** "corpus/class" of the calibration's reference class, when the calibrated family forecast it */
    referenceClass: string | null;
    /** own, group or general */
    match: string | null;
    description: string;
  };
  /** why no forecast was made */
  failure?: string;
}

function observedOf(series: EvaluationSeries): ObservedSeries {
  const keep = series.parts === undefined ? series.years.map(() => true) : series.parts.map((part) => part === 'history');
  return {
    region: series.region,
    indicator: series.indicator,
    unit: series.unit,
    indicatorKind: series.indicatorKind,
    bounds: series.bounds,
    years: series.years.filter((_, index) => keep[index]),
    values: series.values.filter((_, index) => keep[index]),
  };
}

export function forecastManySeries(allSeries: readonly EvaluationSeries[], spec: ModelSpec, horizon: number, levels: readonly number[]): SeriesForecast[] {
  const observed = allSeries.map(observedOf);
  const groupOf = new Map(allSeries.map((series) => [series.indicator, series.forecastGroup ?? series.indicator]));
  return allSeries.map((series, index) => {
    const target = observed[index]!;
    const base = { region: series.region, indicator: series.indicator };
    if (target.years.length === 0) return { ...base, forecast: [], source: { family: null, intervalSource: null, referenceClass: null, match: null, description: 'no history to forecast from' }, failure: 'no history rows' };
    const resolved = spec.calibration === undefined ? undefined : resolveReferenceClass(spec.calibration, { id: series.indicator, ...(series.forecastGroup !== undefined ? { forecastGroup: series.forecastGroup } : {}) });
    const context: FitContext = resolved === undefined ? {} : { calibration: resolved };
    const fallbackId = spec.selection.fallbackByKind[series.indicatorKind] ?? spec.selection.fallback;
    const family = findFamily(fallbackId);
    let model = null;
    let reason = '';
    if (spec.selection.criterion === 'none' && family !== undefined) {
      const outcome = family.fit(target, family.settingsSchema.parse(undefined), context);
      if (outcome.ok) model = { family, model: outcome.model };
      else reason = outcome.reason;
    }
    if (model === null) {
      // Choose between families as the spec says (or find one that fits when the default cannot).
      const generic = groupOf.get(series.indicator) === 'generic';
      const full: FitContext = generic ? context : { ...context, pooledGrowth: pooledPriorFor(observed, target, (indicator) => groupOf.get(indicator) ?? indicator) };
      const report = fitWithSpec(target, spec, full, horizon);
      const chosen = report.families.find((candidate) => candidate.family === report.chosen.family && candidate.model !== null);
      const chosenFamily = chosen ? findFamily(chosen.family) : undefined;
      if (chosen?.model && chosenFamily) model = { family: chosenFamily, model: chosen.model };
      else reason = reason || report.chosen.reason;
    }
    if (model === null) return { ...base, forecast: [], source: { family: null, intervalSource: null, referenceClass: null, match: null, description: reason }, failure: reason };
    const forecast = model.family.forecast(model.model, horizon, levels);
    const calibrated = model.model.intervalSource === 'calibrated' && resolved !== undefined;
    return {
      ...base,
      forecast: forecast.years.map((year, row) => ({
        year,
        median: forecast.point[row]!,
        intervals: forecast.intervals.map((interval) => ({ level: interval.level, lower: interval.lower[row]!, upper: interval.upper[row]! })),
      })),
      source: {
        family: model.family.id,
        intervalSource: forecast.intervalSource,
        referenceClass: calibrated ? `${resolved.corpus.id}/${resolved.classId}` : null,
        match: calibrated ? resolved.match : null,
        description: forecast.intervalSourceDescription,
      },
    };
  });
}

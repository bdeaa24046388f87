/**
 * The training examples the calibration is learned from: every short history of every reference series,
 * paired with what followed it.
 *
 * For each reference series, each origin (a year with at least one later value) and each history length
 * n = 1…6 that fits before it, the history is the n values ending at the origin and each later value up
 * to 6 years ahead is one example (horizon h, the actual value on the forecast scale). A series'
 * examples of one history length carry a total weight of 1, so a long series does not outvote a short
 * one and every history length counts alike.
 *
 * Histories with a value outside the transform's domain (≤ 0, or at or above the ceiling) are skipped.
 */
import { CALIBRATION_HISTORY, CALIBRATION_HORIZON } from './forecast-calibration.js';
import { summariseHistory, type HistorySummary } from './history-summary.js';

/** One reference series: values by year, with the class it belongs to and its ceiling, if bounded. */
export interface ReferenceSeries {
  /** unique within the corpus (e.g. "beijing|rd_intensity", or an M1 series id) */
  id: string;
  /** the reference class (an indicator id or a declared group; "general" for a generic series) */
  referenceClass: string;
  indicatorKind: 'flow' | 'stock' | 'ratio' | 'share' | 'count';
  /** an upper bound (e.g. 100 for a percentage): the forecast scale is then logit(x / U) */
  ceiling: number | null;
  years: number[];
  values: number[];
}

export interface CalibrationExamples {
  histories: HistorySummary[];
  /** per history: its class and series */
  historyClass: string[];
  historySeries: number[];
  /** per example */
  history: Int32Array;
  horizon: Int32Array;
  actual: Float64Array;
  weight: Float64Array;
}

/** The forecast scale of a series: ln x, or ln(x / (U − x)) below a ceiling U; NaN outside the domain. */
export function toForecastScale(value: number, ceiling: number | null): number {
  if (!(value > 0)) return Number.NaN;
  if (ceiling === null) return Math.log(value);
  return value < ceiling ? Math.log(value / (ceiling - value)) : Number.NaN;
}

export function buildCalibrationExamples(series: readonly ReferenceSeries[]): CalibrationExamples {
  const histories: HistorySummary[] = [];
  const historyClass: string[] = [];
  const historySeries: number[] = [];
  const history: number[] = [];
  const horizon: number[] = [];
  const actual: number[] = [];
  const weight: number[] = [];
  series.forEach((reference, seriesIndex) => {
    const scaled = Float64Array.from(reference.values, (value) => toForecastScale(value, reference.ceiling));
    const years = Float64Array.from(reference.years);
    const first = weight.length;
    const perLength = new Map<number, number>();
    const lengthOf: number[] = [];
    for (let origin = 0; origin < reference.years.length - 1; origin += 1) {
      for (let count = 1; count <= Math.min(CALIBRATION_HISTORY, origin + 1); count += 1) {
        const start = origin - count + 1;
        const window = scaled.subarray(start, origin + 1);
        if (window.some((value) => !Number.isFinite(value))) continue;
        const summary = summariseHistory(years.subarray(start, origin + 1), window);
        let added = 0;
        for (let later = origin + 1; later < reference.years.length; later += 1) {
          const ahead = reference.years[later]! - reference.years[origin]!;
          if (ahead > CALIBRATION_HORIZON) break;
          if (!Number.isFinite(scaled[later]!)) continue;
          if (added === 0) {
            histories.push(summary);
            historyClass.push(reference.referenceClass);
            historySeries.push(seriesIndex);
          }
          history.push(histories.length - 1);
          horizon.push(ahead);
          actual.push(scaled[later]!);
          weight.push(0);
          lengthOf.push(count);
          added += 1;
        }
        if (added > 0) perLength.set(count, (perLength.get(count) ?? 0) + added);
      }
    }
    for (let index = first; index < weight.length; index += 1) weight[index] = 1 / perLength.get(lengthOf[index - first]!)!;
  });
  return {
    histories,
    historyClass,
    historySeries,
    history: Int32Array.from(history),
    horizon: Int32Array.from(horizon),
    actual: Float64Array.from(actual),
    weight: Float64Array.from(weight),
  };
}

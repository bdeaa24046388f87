/**
 * The forecasting cases of a rolling-origin evaluation, by the protocol of ../shared/benchmarks/README.md.
 *
 * Two layouts:
 * - series split into `history` and `future` parts (the M1 layout): one case per series; the history is
 *   its last `window` history points, and every future point up to `horizon` years ahead is scored;
 * - plain series (region × indicator): one case per series and origin year T; the history is the
 *   `window` values T − window + 1 … T (a case is skipped when any is missing), and the values
 *   T + 1 … T + horizon that exist are scored. Each origin is its own data set: a history never holds a
 *   value after its origin.
 * A case whose history has a value ≤ 0 is skipped (growth on the log scale needs positive values).
 */
import type { Bounds, IndicatorKind } from '../catalog/indicator-catalog.js';

export interface EvaluationSeries {
  /** region id, or the series id of a generic series */
  region: string;
  /** indicator id, or "generic" */
  indicator: string;
  /** the indicator's declared forecast group, if any */
  forecastGroup?: string;
  unit: string;
  indicatorKind: IndicatorKind;
  bounds: Bounds;
  years: number[];
  values: number[];
  /** per value: which part it belongs to (the M1 layout), or absent */
  parts?: ('history' | 'future')[];
}

export interface ScoredValue {
  year: number;
  /** years after the origin */
  horizon: number;
  actual: number;
}

export interface EvaluationCase {
  series: EvaluationSeries;
  origin: number;
  historyYears: number[];
  historyValues: number[];
  future: ScoredValue[];
}

export interface EvaluationProtocol {
  /** history points per case (6 in the benchmarks) */
  window: number;
  /** the furthest horizon scored; null = every future value (the split layout) */
  horizon: number | null;
  /** origin years for plain series; null = every year with a full window before it and a value after it */
  origins: number[] | null;
}

export interface CaseSet {
  cases: EvaluationCase[];
  /** why series or origins gave no case, with counts */
  skipped: { reason: string; count: number }[];
}

function splitCase(series: EvaluationSeries, protocol: EvaluationProtocol): EvaluationCase | string {
  const historyIndices = series.parts!.flatMap((part, index) => (part === 'history' ? [index] : []));
  if (historyIndices.length === 0) return 'no history rows';
  const used = historyIndices.slice(-protocol.window);
  const origin = series.years[used[used.length - 1]!]!;
  const future = series.years.flatMap((year, index) => {
    if (series.parts![index] !== 'future' || year <= origin) return [];
    const horizon = year - origin;
    return protocol.horizon === null || horizon <= protocol.horizon ? [{ year, horizon, actual: series.values[index]! }] : [];
  });
  if (future.length === 0) return 'no future rows to score';
  return { series, origin, historyYears: used.map((index) => series.years[index]!), historyValues: used.map((index) => series.values[index]!), future };
}

function originCases(series: EvaluationSeries, protocol: EvaluationProtocol, addSkip: (reason: string) => void): EvaluationCase[] {
  const byYear = new Map(series.years.map((year, index) => [year, series.values[index]!]));
  const horizon = protocol.horizon ?? Infinity;
  const origins = protocol.origins ?? series.years.filter((year) => year - protocol.window + 1 >= series.years[0]! && series.years.some((later) => later > year));
  const cases: EvaluationCase[] = [];
  for (const origin of origins) {
    const historyYears = Array.from({ length: protocol.window }, (_, index) => origin - protocol.window + 1 + index);
    if (historyYears.some((year) => !byYear.has(year))) {
      addSkip(`a value missing in the ${protocol.window} years up to the origin`);
      continue;
    }
    const future = series.years.filter((year) => year > origin && year - origin <= horizon).map((year) => ({ year, horizon: year - origin, actual: byYear.get(year)! }));
    if (future.length === 0) {
      addSkip('no value after the origin to score');
      continue;
    }
    cases.push({ series, origin, historyYears, historyValues: historyYears.map((year) => byYear.get(year)!), future });
  }
  return cases;
}

export function buildEvaluationCases(allSeries: readonly EvaluationSeries[], protocol: EvaluationProtocol): CaseSet {
  if (!Number.isInteger(protocol.window) || protocol.window < 1) throw new RangeError(`window must be a whole number ≥ 1, got ${protocol.window}`);
  const skipped = new Map<string, number>();
  const addSkip = (reason: string): void => {
    skipped.set(reason, (skipped.get(reason) ?? 0) + 1);
  };
  const cases: EvaluationCase[] = [];
  for (const series of allSeries) {
    const built = series.parts !== undefined ? [splitCase(series, protocol)] : originCases(series, protocol, addSkip);
    for (const entry of built) {
      if (typeof entry === 'string') addSkip(entry);
      else if (entry.historyValues.some((value) => !(value > 0))) addSkip('a history value ≤ 0');
      else cases.push(entry);
    }
  }
  return { cases, skipped: [...skipped].map(([reason, count]) => ({ reason, count })) };
}

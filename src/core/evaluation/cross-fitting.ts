/**
 * Cross-fitting: every case is forecast under a calibration learned without its series. The series are
 * split into K folds by a key (the region, so that a region's other indicators and origins never inform
 * its own forecasts; for a generic series its own id); the calibration for fold k is learned from the
 * series of the other folds — all their years, since they are other series.
 *
 * Folds: the distinct keys, ordered by their FNV-1a hash (then by name), are dealt round-robin, so the
 * folds are balanced and the same data always gives the same folds.
 */
import { GENERAL_CLASS, learnCorpusCalibration, type CorpusDescription } from '../forecasting/learn-calibration.js';
import type { ReferenceSeries } from '../forecasting/calibration-examples.js';
import { CALIBRATION_PROBABILITIES, type ForecastCalibration } from '../forecasting/forecast-calibration.js';
import type { EvaluationCase, EvaluationSeries } from './evaluation-cases.js';

/** FNV-1a, 32 bits, of a string's UTF-16 code units. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** Fold of each key (0 … folds − 1). */
export function assignFolds(keys: Iterable<string>, folds: number): Map<string, number> {
  if (!Number.isInteger(folds) || folds < 2) throw new RangeError(`cross-fitting needs at least 2 folds, got ${folds}`);
  const ordered = [...new Set(keys)].sort((a, b) => fnv1a(a) - fnv1a(b) || (a < b ? -1 : a > b ? 1 : 0));
  return new Map(ordered.map((key, rank) => [key, rank % folds]));
}

/** A series as reference data: its class is its declared group, its indicator, or "general" for a generic series. */
export function referenceSeriesOf(series: EvaluationSeries, generic = 'generic'): ReferenceSeries {
  return {
    id: `${series.region}|${series.indicator}`,
    referenceClass: series.forecastGroup ?? (series.indicator === generic ? GENERAL_CLASS : series.indicator),
    indicatorKind: series.indicatorKind,
    ceiling: series.bounds.upper,
    years: series.years,
    values: series.values,
  };
}

/** A whole calibration holding one learned corpus (its general class, when it has one, is the general one). */
export function calibrationOfCorpus(series: readonly ReferenceSeries[], corpus: CorpusDescription, note: string): ForecastCalibration {
  return {
    format: 'plancast-forecast-calibration/1',
    method: 'calibrated-growth/1',
    provenance: { script: 'cross-fitting', inputs: [], notes: [note] },
    probabilities: [...CALIBRATION_PROBABILITIES],
    corpora: [learnCorpusCalibration(series, corpus)],
    general: `${corpus.id}/${GENERAL_CLASS}`,
    checks: [],
  };
}

/** The calibration to forecast each case under: learned on the other folds (lazily, once per fold). */
export function crossFittedCalibrations(
  allSeries: readonly EvaluationSeries[],
  folds: number,
  foldKey: (series: EvaluationSeries) => string,
  corpus: CorpusDescription,
): (evaluationCase: EvaluationCase) => ForecastCalibration {
  const foldOf = assignFolds(allSeries.map(foldKey), folds);
  const learned = new Map<number, ForecastCalibration>();
  return (evaluationCase) => {
    const fold = foldOf.get(foldKey(evaluationCase.series));
    if (fold === undefined) throw new RangeError(`the case's series (${evaluationCase.series.region}) is not among the cross-fitted series`);
    let calibration = learned.get(fold);
    if (calibration === undefined) {
      const training = allSeries.filter((series) => foldOf.get(foldKey(series)) !== fold).map((series) => referenceSeriesOf(series));
      calibration = calibrationOfCorpus(training, { ...corpus, id: `${corpus.id}-fold-${fold + 1}-of-${folds}` }, `learned without fold ${fold + 1} of ${folds}`);
      learned.set(fold, calibration);
    }
    return calibration;
  };
}

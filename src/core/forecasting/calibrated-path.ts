/**
 * One series' calibrated predictive distribution, before the indicator's kind rules: the numbers that
 * fix it (`CalibratedPath`, plain data a fitted model stores) and its quantiles at any horizon and
 * probability. The formulas are in calibrated-growth-formulas.ts; this file applies them to a series.
 *
 * Value h years ahead at probability p:  x = T⁻¹( centre(h) + spread(h)·z_{n,h}(p) ),
 * T the forecast scale (ln x, or logit x/U below a ceiling U), z_{n,h} the calibration's standardized-error
 * quantiles for a history of n points (the last ≤ 6) at horizon h (the last stored row for later years).
 */
import { forecastCentre, forecastSpread, shrunkGrowth, volatilityForGrowthWeight, volatilityForSpread } from './calibrated-growth-formulas.js';
import { toForecastScale } from './calibration-examples.js';
import { CALIBRATION_HISTORY, type CorpusCalibration, type ReferenceClass } from './forecast-calibration.js';
import { summariseHistory } from './history-summary.js';
import { quantileRowsFor, rowForHorizon, standardizedQuantile } from './standardized-quantiles.js';

export interface CalibratedPath {
  /** the ceiling U of a logit scale, or null for the log scale */
  ceiling: number | null;
  /** points used (the last ≤ 6) */
  historyLength: number;
  /** years they span */
  historySpan: number;
  /** the last value on the forecast scale */
  last: number;
  ownGrowth: number | null;
  ownWeight: number;
  /** d: the shrunk yearly growth on the forecast scale */
  growth: number;
  damping: number;
  /** s², or null with fewer than three points */
  ownVariance: number | null;
  /** σ̃²: the volatility that weighted the own growth */
  growthWeightVolatility: number;
  /** σ̂²: the volatility that sets the width */
  volatility: number;
  horizonExponent: number;
  /** standardized-error quantiles by horizon (1…k) for this history length */
  quantileRows: number[][];
}

export type CalibratedPathOutcome = { ok: true; path: CalibratedPath } | { ok: false; reason: string };

/** The calibrated path of a series (years strictly increasing) under a class of a corpus. */
export function calibratedPath(
  years: readonly number[],
  values: readonly number[],
  ceiling: number | null,
  corpus: CorpusCalibration,
  referenceClass: ReferenceClass,
): CalibratedPathOutcome {
  if (values.length < 1) return { ok: false, reason: 'needs at least 1 observation' };
  const start = Math.max(0, values.length - CALIBRATION_HISTORY);
  const usedYears = years.slice(start);
  const scaled = values.slice(start).map((value) => toForecastScale(value, ceiling));
  const outside = scaled.findIndex((value) => !Number.isFinite(value));
  if (outside >= 0) {
    const domain = ceiling === null ? 'positive values' : `values strictly between 0 and ${ceiling}`;
    return { ok: false, reason: `the calibrated forecast works on the log scale and needs ${domain}; ${usedYears[outside]} has ${values[start + outside]}` };
  }
  const summary = summariseHistory(usedYears, scaled);
  const { ownWeight, growth } = shrunkGrowth(summary, referenceClass);
  return {
    ok: true,
    path: {
      ceiling,
      historyLength: summary.count,
      historySpan: summary.span,
      last: summary.last,
      ownGrowth: summary.ownGrowth,
      ownWeight,
      growth,
      damping: referenceClass.damping,
      ownVariance: summary.ownVariance,
      growthWeightVolatility: volatilityForGrowthWeight(summary, referenceClass),
      volatility: volatilityForSpread(summary, referenceClass, corpus.volatilityWeight),
      horizonExponent: corpus.horizonExponent,
      quantileRows: quantileRowsFor(corpus, summary.count).map((row) => [...row]),
    },
  };
}

/** Back from the forecast scale. */
export function fromForecastScale(value: number, ceiling: number | null): number {
  return ceiling === null ? Math.exp(value) : ceiling / (1 + Math.exp(-value));
}

/** centre(h) and spread(h) on the forecast scale. */
export function pathCentreAndSpread(path: CalibratedPath, horizon: number): { centre: number; spread: number } {
  return {
    centre: forecastCentre(path.last, path.growth, path.damping, horizon),
    spread: forecastSpread(path.volatility, path.horizonExponent, horizon),
  };
}

/** The value h years ahead at probability p (before kind rules). */
export function pathQuantile(path: CalibratedPath, horizon: number, probability: number): number {
  const { centre, spread } = pathCentreAndSpread(path, horizon);
  return fromForecastScale(centre + spread * standardizedQuantile(rowForHorizon(path.quantileRows, horizon), probability), path.ceiling);
}

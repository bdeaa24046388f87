/**
 * The shipped forecast calibration: what the calibrated growth family learned across many short series,
 * as data (models/calibration.json, written by scripts/build-calibration.mjs from the reference corpora).
 * The runtime only reads it; it never reads the corpora.
 *
 * A calibration holds reference corpora. Each corpus has
 * - reference classes (one per indicator, or per declared group of indicators): how fast series of the
 *   class grow on average and how differently (the drift prior), how volatile they typically are, and how
 *   much of a short history's excess growth over the class's it keeps (a limit), and how much of the
 *   growth persists year after year (damping);
 * - what is shared by the whole corpus: how much a series' own volatility counts against its class's
 *   (volatilityWeight), how the spread grows with the horizon (horizonExponent), and the conformal
 *   quantiles of standardized log errors by history length and horizon.
 * `general` names the class used for indicators without a class of their own.
 *
 * The zod schema validates the file when it is loaded (src/io/load-calibration.ts).
 */
import { z } from 'zod';

/** The probabilities at which standardized-error quantiles are stored (tails to 0.5 %/99.5 %). */
export const CALIBRATION_PROBABILITIES = [
  0.005, 0.01, 0.025, 0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.975, 0.99, 0.995,
] as const;

/** The longest history the calibration looks at (longer series use their last points). */
export const CALIBRATION_HISTORY = 6;
/** The longest horizon with its own quantiles; later years use the last row, with the spread still growing. */
export const CALIBRATION_HORIZON = 6;

const localized = z.strictObject({ zh: z.string().min(1), en: z.string().min(1) });
const finite = z.number().finite();

export const referenceClassSchema = z.strictObject({
  /** μ: mean yearly growth on the forecast scale (log, or logit for bounded ratios) */
  meanLogGrowth: finite,
  /** τ²: how much series' own average growth rates differ (between-series variance of the drift) */
  betweenSeriesVariance: z.number().positive(),
  /** E ln σ²: the class's typical yearly volatility on the log scale (bias-corrected mean of ln s²) */
  logVolatility: finite,
  /** Var ln σ² across series (beyond sampling noise): how far volatilities differ within the class */
  volatilityDispersion: z.number().positive(),
  /** c: the largest yearly growth above or below μ a series keeps (its excess saturates as c·tanh(excess/c)) */
  excessGrowthLimit: z.number().positive(),
  /** φ: the share of the growth that persists into each further year (1 = none fades) */
  damping: z.number().min(0).max(1),
  /** the kind of the indicator the class was learned on (stocks get the stock rule) */
  indicatorKind: z.enum(['flow', 'stock', 'ratio', 'share', 'count']),
  series: z.number().int().positive(),
  histories: z.number().int().positive(),
});
export type ReferenceClass = z.infer<typeof referenceClassSchema>;

const quantileRow = z.array(finite).length(CALIBRATION_PROBABILITIES.length);

export const corpusCalibrationSchema = z.strictObject({
  id: z.string().min(1),
  description: localized,
  /** λ: weight of the series' own log volatility against its class's (0 = class only, 1 = own only) */
  volatilityWeight: z.number().min(0).max(1),
  /** β: the spread grows with horizon h as h^β */
  horizonExponent: z.number().positive().max(2),
  /** by history length "1"…"6", then by horizon 1…6: standardized-error quantiles at CALIBRATION_PROBABILITIES */
  quantiles: z.record(z.string().regex(/^[1-6]$/), z.array(quantileRow).min(1).max(CALIBRATION_HORIZON)),
  classes: z.record(z.string().regex(/^[a-z][a-z0-9_]*$/), referenceClassSchema),
});
export type CorpusCalibration = z.infer<typeof corpusCalibrationSchema>;

const coverageCheck = z.strictObject({ level: z.number(), observed: z.number().min(0).max(1) });
export const calibrationCheckSchema = z.strictObject({
  corpus: z.string(),
  /** how the parameters were learned without the scored series */
  learnedFrom: z.string(),
  points: z.number().int().nonnegative(),
  coverage: z.array(coverageCheck),
  symmetricMeanAbsolutePercentageError: finite,
  meanAbsoluteScaledError: finite,
  meanScaledIntervalScore: finite,
  medianScaledIntervalScore: finite,
});
export type CalibrationCheck = z.infer<typeof calibrationCheckSchema>;

export const forecastCalibrationSchema = z.strictObject({
  format: z.literal('plancast-forecast-calibration/1'),
  method: z.string(),
  provenance: z.strictObject({
    script: z.string(),
    inputs: z.array(z.strictObject({ path: z.string(), sha256: z.string().regex(/^[0-9a-f]{64}$/), series: z.number().int() })),
    notes: z.array(z.string()),
  }),
  probabilities: z.array(z.number().gt(0).lt(1)).length(CALIBRATION_PROBABILITIES.length),
  corpora: z.array(corpusCalibrationSchema).min(1),
  /** "corpus/class" of the class used for indicators without one of their own */
  general: z.string().regex(/^[^/]+\/[a-z][a-z0-9_]*$/),
  checks: z.array(calibrationCheckSchema),
});
export type ForecastCalibration = z.infer<typeof forecastCalibrationSchema>;

/**
 * The one interface every model family implements, and the plain-data types that pass between
 * families, the selector, the scenario engine and the CLI.
 *
 * Three nouns (after fable/fabletools): a family with its settings (the *definition*, from a model spec)
 * → `fit` → a `FittedModel` (plain JSON: parameters, settings, fitted values, noise scale, where the
 * interval spread comes from) → `forecast` → a `Forecast` (point path and interval bands), or
 * `simulate` → paths driven by injected standard-normal innovations.
 *
 * A family that cannot fit a series returns `{ ok: false, reason }`; it never throws for data it
 * cannot handle, so one family failing never aborts a batch. (Programming errors — a negative horizon,
 * an innovations array too short — still throw RangeError.)
 */
import type { z } from 'zod';
import type { IndicatorKind, LocalizedText } from '../catalog/indicator-catalog.js';
import type { ResolvedReferenceClass } from '../forecasting/reference-class.js';
import type { ObservedSeries } from '../series/observed-series.js';

/**
 * Where an interval's spread came from.
 * - `residuals`: this series' own scatter around the fitted model (Student-t intervals);
 * - `pooled`: the spread of growth rates across regions' series of the same indicator kind;
 * - `default`: a stated default from the model spec (no data-based spread was available);
 * - `ceiling-range`: residuals plus an uncertain ceiling drawn from its stated range;
 * - `calibrated`: quantiles of standardized errors learned across a reference class of many series
 *   (models/calibration.json), scaled by the series' own volatility shrunk toward its class's.
 */
export type IntervalSource = 'residuals' | 'pooled' | 'default' | 'ceiling-range' | 'calibrated';

/**
 * The spread of yearly log growth rates across many series of one indicator kind (all bundled regions),
 * built by `computePooledGrowthPrior`. Rates are per year: ln(x_j / x_i) / (t_j − t_i).
 */
export interface PooledGrowthPrior {
  indicatorKind: IndicatorKind;
  /** mean per-year log growth rate over all intervals of all series */
  mean: number;
  /** standard deviation of the per-year log growth rates over all intervals of all series */
  standardDeviation: number;
  /** number of per-year rates behind mean and standardDeviation */
  count: number;
  seriesCount: number;
  regionCount: number;
  /** scatter of a series' yearly rates around its own average rate (pooled over series); null if too few */
  withinSeriesStandardDeviation: number | null;
  /** standard deviation of the series' average rates; null with fewer than three series */
  betweenSeriesStandardDeviation: number | null;
  /** true when too few series were available and mean / standardDeviation are the documented default */
  isDefault: boolean;
  /** a sentence naming how many series and regions, which kind, and any default used */
  source: string;
}

/** What a fit may borrow from outside the series. */
export interface FitContext {
  pooledGrowth?: PooledGrowthPrior;
  /** the series' reference class in the model spec's forecast calibration (the calibrated family needs it) */
  calibration?: ResolvedReferenceClass;
}

/** The series as the model saw it (a copy, so a fitted model stands alone as JSON). */
export type SeriesSnapshot = ObservedSeries;

/** The scale and size of a family's noise. */
export interface ResidualScale {
  /** standard deviation of one year's noise on `scale` */
  standardDeviation: number;
  /** the scale the noise is additive on */
  scale: 'level' | 'log' | 'logistic' | 'gompertz';
  /** Student-t degrees of freedom for intervals; null = normal (the spread was not estimated here) */
  degreesOfFreedom: number | null;
}

/** A maximised log-likelihood on the original (level) scale, for AICc. */
export interface LikelihoodSummary {
  logLikelihood: number;
  /** every estimated parameter, the noise variance included */
  parameterCount: number;
  observationCount: number;
  /**
   * Which observations the likelihood covers. Only likelihoods with the same basis (and the same data)
   * can be compared: `all-observations` (trend models, state-space one-step errors) or
   * `conditional-on-first` (random walks, which condition on the first value).
   */
  basis: 'all-observations' | 'conditional-on-first';
}

export type ParameterValue = number | null;

export interface FittedModel<TSettings = unknown> {
  family: string;
  label: LocalizedText;
  series: SeriesSnapshot;
  lastYear: number;
  lastValue: number;
  /** named numbers; each family documents its own in its parameterTable */
  parameters: Record<string, ParameterValue>;
  /** named tables of numbers a family needs beyond its parameters (the calibrated family's error quantiles) */
  tables?: Record<string, number[][]>;
  /** the normalised settings the fit used */
  settings: TSettings;
  /** in-sample fitted values aligned with series.years (null where a family has none, e.g. the origin) */
  fittedValues: (number | null)[];
  residualScale: ResidualScale;
  intervalSource: IntervalSource;
  /** a sentence: where the spread came from, how large, on how many points */
  intervalSourceDescription: string;
  likelihood: LikelihoodSummary | null;
  /** things a reader should know (a bound that binds, a parameter taken from a prior, …) */
  notes: string[];
}

export type FitOutcome<TSettings = unknown> =
  | { ok: true; model: FittedModel<TSettings> }
  | { ok: false; family: string; reason: string };

export interface ForecastInterval {
  /** coverage in percent, e.g. 80 or 95 */
  level: number;
  lower: number[];
  upper: number[];
}

export interface Forecast {
  family: string;
  /** lastYear + 1 … lastYear + horizon */
  years: number[];
  /**
   * The point forecast — for every family the median of its predictive distribution (for growth
   * families the planners' geometric path x·(1 + g)^h). Not the expected value: a log-normal's mean lies
   * above its median, and a log-t has none.
   */
  point: number[];
  intervals: ForecastInterval[];
  intervalSource: IntervalSource;
  intervalSourceDescription: string;
  /** true when a bound (0, 100, the indicator's limits) clipped any value */
  boundsApplied: boolean;
}

export interface ParameterRow {
  name: string;
  value: ParameterValue;
  standardError?: number;
  /** estimated from the data, fixed by the spec, or taken from a prior */
  origin: 'estimated' | 'fixed' | 'prior';
  description: string;
}

export interface FitSummary {
  family: string;
  /** observations used */
  n: number;
  /** null where undefined, with the reason in aiccNote */
  aicc: number | null;
  aiccNote?: string;
  /** root mean squared in-sample error on the level scale; null where there are no fitted values */
  rmse: number | null;
  residualStandardDeviation: number;
  residualScale: ResidualScale['scale'];
  degreesOfFreedom: number | null;
  intervalSource: IntervalSource;
  intervalSourceDescription: string;
  notes: string[];
}

export interface ModelFamily<TSettings = unknown> {
  /** kebab-case id used in model specs and reports */
  readonly id: string;
  readonly label: LocalizedText;
  /** the fewest observations `fit` accepts */
  readonly minimumObservations: number;
  /** the indicator kinds the family suits */
  readonly appliesTo: readonly IndicatorKind[];
  /** validates and normalises the family's settings (defaults filled); model specs use it */
  readonly settingsSchema: z.ZodType<TSettings>;
  fit(series: ObservedSeries, settings: TSettings, context: FitContext): FitOutcome<TSettings>;
  /** horizon: number of years after the model's last observed year; levels in percent */
  forecast(model: FittedModel<TSettings>, horizon: number, levels: readonly number[]): Forecast;
  /**
   * Paths for the `horizon` years after the last observed year, row-major (paths × horizon), from
   * `innovations`: independent standard normals of at least the same shape, which the family maps to its
   * own noise. The same innovations give the same paths.
   */
  simulate(model: FittedModel<TSettings>, innovations: Float64Array, paths: number, horizon: number): Float64Array;
  parameterTable(model: FittedModel<TSettings>): ParameterRow[];
  fitSummary(model: FittedModel<TSettings>): FitSummary;
}

/** A family of any settings type (for registries and selectors). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyModelFamily = ModelFamily<any>;

/** A family chosen by a spec, with its normalised settings. */
export interface FamilyChoice {
  family: string;
  settings: unknown;
}

/** The failure outcome, with the reason as a sentence. */
export function fitFailure(family: string, reason: string): { ok: false; family: string; reason: string } {
  return { ok: false, family, reason };
}

/** The snapshot a fitted model carries. */
export function snapshotSeries(series: ObservedSeries): SeriesSnapshot {
  return {
    region: series.region,
    indicator: series.indicator,
    unit: series.unit,
    indicatorKind: series.indicatorKind,
    bounds: { lower: series.bounds.lower, upper: series.bounds.upper },
    years: [...series.years],
    values: [...series.values],
  };
}

/** The fields every fitted model starts with: which family, and the series and last observation it grows from. */
export function modelIdentity(family: string, label: LocalizedText, series: ObservedSeries): Pick<FittedModel, 'family' | 'label' | 'series' | 'lastYear' | 'lastValue'> {
  return {
    family,
    label,
    series: snapshotSeries(series),
    lastYear: series.years[series.years.length - 1]!,
    lastValue: series.values[series.values.length - 1]!,
  };
}

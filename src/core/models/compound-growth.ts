/**
 * Model card — compound growth (CAGR), the planners' own method.
 *
 * Equation: g = (x_end / x_start)^(1 / (end − start)) − 1 over a chosen window of observed years, then
 * x_T = x_origin·(1 + g)^(T − t_origin) from a chosen origin (default: the last observation). With
 * window 2017–2019 and origin 2019 it reproduces the Yongchuan plan's 测算依据: 2.28 → 2.75 gives
 * g = 9.82 % and 2.75·1.0982⁶ = 4.82 in 2025.
 *
 * Parameters: g (growth rate), the window, the origin; σ (per-year log noise) and se(ln(1 + g)) for the
 * intervals.
 * Noise: a random walk with drift on the log scale (see growth-path.ts): ln x grows by ln(1 + g) a year
 * plus N(0, σ²); the interval widens with the walk (σ²·s) and with the drift's own uncertainty
 * (σ²·s²/years). σ comes from the window's own yearly rates when they give at least
 * spread.minimumDegreesOfFreedom degrees of freedom, else from the pooled prior across regions, else
 * from the spec's stated default — and the fitted model says which.
 * Assumptions: growth continues at the window's average compound rate; yearly shocks are independent and
 * permanent; values are positive (counts at zero cannot be grown from).
 * Reference: R forecast::rwf(log(y), drift = TRUE) (Hyndman & Athanasopoulos, FPP3 §5.5) for the full
 * window; checked in tests/reference.
 */
import { z } from 'zod';
import type { ObservedSeries } from '../series/observed-series.js';
import { inSampleRootMeanSquaredError, percent, summariseFit } from './family-common.js';
import { originSchema, spreadSettingsSchema, windowSchema } from './family-settings.js';
import {
  chooseGrowthSpread,
  forecastGrowthPath,
  growthPathOf,
  ownLogGrowthSpread,
  positiveIntervals,
  randomWalkLikelihood,
  simulateGrowthPath,
} from './growth-path.js';
import { fitFailure, type FitContext, type FitOutcome, type ModelFamily, modelIdentity } from './model-family.js';

export const compoundGrowthSettingsSchema = z
  .strictObject({
    /** the years the growth rate is measured over; default: first to last observation */
    window: windowSchema.nullable().default(null),
    /** the year (and value) the path grows from; default: the last observation */
    origin: originSchema.nullable().default(null),
    /**
     * Round the growth rate, as a percentage, to this many decimals before compounding — what planners
     * do when they state "9.82 %" and compound the stated rate. null (default): the exact rate.
     */
    growthRateDecimals: z.number().int().min(0).max(6).nullable().default(null),
    spread: spreadSettingsSchema,
  })
  .default({ window: null, origin: null, growthRateDecimals: null, spread: { minimumDegreesOfFreedom: 2, defaultStandardDeviation: 0.1 } });
export type CompoundGrowthSettings = z.infer<typeof compoundGrowthSettingsSchema>;

const ID = 'compound-growth';

/**
 * Resolves a window and origin against a series: the shared first step of compound and mean growth.
 */
export function resolveWindowAndOrigin(
  series: ObservedSeries,
  settings: Pick<CompoundGrowthSettings, 'window' | 'origin'>,
):
  | { ok: true; startIndex: number; endIndex: number; originYear: number; originValue: number }
  | { ok: false; reason: string } {
  const { years, values } = series;
  const startYear = settings.window?.startYear ?? years[0]!;
  const endYear = settings.window?.endYear ?? years[years.length - 1]!;
  const startIndex = years.indexOf(startYear);
  const endIndex = years.indexOf(endYear);
  if (startIndex < 0 || endIndex < 0) {
    return {
      ok: false,
      reason: `window ${startYear}–${endYear} needs observations in both years; observed: ${years.join(', ')}`,
    };
  }
  const lastYear = years[years.length - 1]!;
  const originYear = settings.origin?.year ?? lastYear;
  if (originYear > lastYear) {
    return { ok: false, reason: `origin ${originYear} is after the last observation (${lastYear})` };
  }
  const observedIndex = years.indexOf(originYear);
  const originValue = settings.origin?.value ?? (observedIndex >= 0 ? values[observedIndex] : undefined);
  if (originValue === undefined) {
    return { ok: false, reason: `origin ${originYear} is not observed; give origin.value` };
  }
  if (!(originValue > 0)) return { ok: false, reason: `origin value ${originValue} must be positive to grow from` };
  return { ok: true, startIndex, endIndex, originYear, originValue };
}

/**
 * The window both growth families measure over: its years and values, its growth intervals (positive
 * values only), the years it spans and its log compound rate, and the origin the path grows from.
 */
export function measureGrowthWindow(series: ObservedSeries, settings: Pick<CompoundGrowthSettings, 'window' | 'origin'>) {
  if (series.years.length < 2) return { ok: false as const, reason: `needs at least 2 observations, has ${series.years.length}` };
  const resolved = resolveWindowAndOrigin(series, settings);
  if (!resolved.ok) return resolved;
  const windowYears = series.years.slice(resolved.startIndex, resolved.endIndex + 1);
  const windowValues = series.values.slice(resolved.startIndex, resolved.endIndex + 1);
  const growth = positiveIntervals(windowYears, windowValues);
  if (!growth.ok) return growth;
  const years = windowYears[windowYears.length - 1]! - windowYears[0]!;
  const logCompoundRate = (Math.log(windowValues[windowValues.length - 1]!) - Math.log(windowValues[0]!)) / years;
  return { ...resolved, windowYears, windowValues, intervals: growth.intervals, years, logCompoundRate };
}

/** The growth rate as planners compound it: exact, or rounded to `decimals` decimals of a percentage. */
export function roundGrowthRate(rate: number, decimals: number | null): number {
  if (decimals === null) return rate;
  const scale = 10 ** (decimals + 2);
  return Math.round(rate * scale) / scale;
}

export const compoundGrowthFamily: ModelFamily<CompoundGrowthSettings> = {
  id: ID,
  label: { zh: '复合年均增长率外推', en: 'Compound annual growth (CAGR)' },
  minimumObservations: 2,
  appliesTo: ['flow', 'stock', 'ratio', 'share', 'count'],
  settingsSchema: compoundGrowthSettingsSchema,

  fit(series: ObservedSeries, settings: CompoundGrowthSettings, context: FitContext): FitOutcome<CompoundGrowthSettings> {
    const window = measureGrowthWindow(series, settings);
    if (!window.ok) return fitFailure(ID, window.reason);
    const { startIndex, endIndex, originYear, originValue, windowYears, windowValues, years, logCompoundRate: exactLogRate } = window;
    const statedRate = roundGrowthRate(Math.expm1(exactLogRate), settings.growthRateDecimals);
    if (!(statedRate > -1)) return fitFailure(ID, `growth rate ${statedRate} is −100 % or below`);
    const logGrowthRate = settings.growthRateDecimals === null ? exactLogRate : Math.log1p(statedRate);
    const spread = chooseGrowthSpread(ownLogGrowthSpread(window.intervals, exactLogRate), settings.spread, context, series.indicatorKind);
    const driftStandardError = spread.standardDeviation / Math.sqrt(years);
    const isDefaultWindow = startIndex === 0 && endIndex === series.years.length - 1;
    const isDefaultOrigin = originYear === series.years[series.years.length - 1] && settings.origin?.value === undefined;
    const notes: string[] = [];
    if (!isDefaultWindow) notes.push(`growth measured over ${windowYears[0]}–${windowYears[windowYears.length - 1]} only`);
    if (!isDefaultOrigin) notes.push(`path grows from ${originYear} (${originValue}), not from the last observation`);
    if (settings.growthRateDecimals !== null) {
      notes.push(`growth rate ${percent(Math.expm1(exactLogRate), 6)} rounded to ${percent(statedRate, settings.growthRateDecimals)} before compounding`);
    }
    const start = windowValues[0]!;
    const model = {
      ...modelIdentity(ID, compoundGrowthFamily.label, series),
      parameters: {
        growthRate: Math.expm1(logGrowthRate),
        logGrowthRate,
        windowStartYear: windowYears[0]!,
        windowEndYear: windowYears[windowYears.length - 1]!,
        originYear,
        originValue,
        noiseStandardDeviation: spread.standardDeviation,
        driftStandardError,
        degreesOfFreedom: spread.degreesOfFreedom,
      },
      settings,
      // The in-sample path: the window's geometric line, extended over every observed year.
      fittedValues: series.years.map((year) => start * Math.exp(logGrowthRate * (year - windowYears[0]!))),
      residualScale: { standardDeviation: spread.standardDeviation, scale: 'log' as const, degreesOfFreedom: spread.degreesOfFreedom },
      intervalSource: spread.source,
      intervalSourceDescription: spread.description,
      // ln(1 + g) over the full window is the random walk's maximum-likelihood drift, so AICc applies.
      likelihood: isDefaultWindow && settings.growthRateDecimals === null ? randomWalkLikelihood(window.intervals, logGrowthRate, windowValues) : null,
      notes,
    };
    return { ok: true, model };
  },

  forecast: forecastGrowthPath,
  simulate: simulateGrowthPath,

  parameterTable(model) {
    const path = growthPathOf(model);
    const growthRate = Math.expm1(path.logGrowthRate);
    const { windowStartYear, windowEndYear } = model.parameters;
    return [
      {
        name: 'growthRate',
        value: growthRate,
        // delta method: d(1 + g)/dμ = 1 + g
        standardError: (1 + growthRate) * path.driftStandardError,
        origin: 'estimated',
        description: `compound annual growth rate over ${windowStartYear}–${windowEndYear}: ${percent(growthRate)} a year`,
      },
      { name: 'windowStartYear', value: windowStartYear ?? null, origin: model.settings.window ? 'fixed' : 'estimated', description: 'first year of the growth window' },
      { name: 'windowEndYear', value: windowEndYear ?? null, origin: model.settings.window ? 'fixed' : 'estimated', description: 'last year of the growth window' },
      { name: 'originYear', value: path.originYear, origin: model.settings.origin ? 'fixed' : 'estimated', description: 'year the projection grows from' },
      { name: 'originValue', value: path.originValue, origin: model.settings.origin?.value ? 'fixed' : 'estimated', description: `value the projection grows from (${model.series.unit})` },
      {
        name: 'noiseStandardDeviation',
        value: path.noiseStandardDeviation,
        origin: model.intervalSource === 'residuals' ? 'estimated' : 'prior',
        description: `per-year log-growth spread: ${model.intervalSourceDescription}`,
      },
    ];
  },

  fitSummary(model) {
    const summary = summariseFit(model, 'AICc not computed: the growth rate is taken over a chosen window, not fitted to all points by maximum likelihood');
    return { ...summary, rmse: inSampleRootMeanSquaredError(model) };
  },
};

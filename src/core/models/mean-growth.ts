/**
 * Model card — arithmetic mean of yearly growth rates (labelled as such: it is NOT the CAGR).
 *
 * Equation: ḡ = Σ kᵢ·rᵢ / Σ kᵢ over the window's intervals, where rᵢ is the interval's per-year growth
 * rate and kᵢ its length in years (a gap of k years counts as k years at its geometric per-year rate;
 * without gaps ḡ is the plain mean of the yearly rates). Then x_T = x_origin·(1 + ḡ)^(T − t_origin).
 * Some plan documents' "年均增长率" is this average rather than the CAGR; ḡ ≥ CAGR always (arithmetic
 * ≥ geometric mean), so it projects faster growth when growth was uneven — reports must say which is used.
 *
 * Parameters: ḡ, the window and origin (as compound growth), σ and se for intervals.
 * Noise: as compound growth (random walk with drift on the log scale, growth-path.ts); σ is estimated
 * from the yearly log rates around the window's log CAGR (the maximum-likelihood centre), with
 * se(ln(1 + ḡ)) ≈ σ/√years. Spread source: own rates, else pooled, else stated default.
 * Assumptions: as compound growth; positive values.
 * Reference: the planners' practice described in DOMAIN.md ("How planners compute today").
 */
import { z } from 'zod';
import { meanYearlyGrowthRate } from '../statistics/mean-yearly-growth-rate.js';
import type { ObservedSeries } from '../series/observed-series.js';
import { compoundGrowthSettingsSchema, measureGrowthWindow, roundGrowthRate } from './compound-growth.js';
import { percent, summariseFit } from './family-common.js';
import {
  chooseGrowthSpread,
  forecastGrowthPath,
  growthPathOf,
  ownLogGrowthSpread,
  simulateGrowthPath,
} from './growth-path.js';
import { fitFailure, type FitContext, type FitOutcome, type ModelFamily, modelIdentity } from './model-family.js';

export const meanGrowthSettingsSchema = compoundGrowthSettingsSchema;
export type MeanGrowthSettings = z.infer<typeof meanGrowthSettingsSchema>;

const ID = 'mean-growth';

export const meanGrowthFamily: ModelFamily<MeanGrowthSettings> = {
  id: ID,
  label: { zh: '年均增长率算术平均外推', en: 'Arithmetic mean of yearly growth rates' },
  minimumObservations: 2,
  appliesTo: ['flow', 'stock', 'ratio', 'share', 'count'],
  settingsSchema: meanGrowthSettingsSchema,

  fit(series: ObservedSeries, settings: MeanGrowthSettings, context: FitContext): FitOutcome<MeanGrowthSettings> {
    const window = measureGrowthWindow(series, settings);
    if (!window.ok) return fitFailure(ID, window.reason);
    const { originYear, originValue, windowYears, windowValues, years, logCompoundRate } = window;
    const meanRate = roundGrowthRate(meanYearlyGrowthRate(windowYears, windowValues), settings.growthRateDecimals);
    if (!(meanRate > -1)) return fitFailure(ID, `mean yearly growth rate ${meanRate} is −100 % or below`);
    const logGrowthRate = Math.log1p(meanRate);
    const spread = chooseGrowthSpread(ownLogGrowthSpread(window.intervals, logCompoundRate), settings.spread, context, series.indicatorKind);
    const gaps = window.intervals.filter((interval) => interval.span > 1);
    const notes = [
      `arithmetic mean of yearly growth rates ${percent(meanRate)} (the compound rate over the same years is ${percent(Math.expm1(logCompoundRate))})`,
    ];
    if (gaps.length > 0) {
      notes.push(
        `gaps ${gaps.map((gap) => `${gap.fromYear}–${gap.toYear}`).join(', ')} count as their geometric per-year rate once per year spanned`,
      );
    }
    const start = windowValues[0]!;
    return {
      ok: true,
      model: {
        ...modelIdentity(ID, meanGrowthFamily.label, series),
        parameters: {
          growthRate: meanRate,
          logGrowthRate,
          compoundGrowthRate: Math.expm1(logCompoundRate),
          windowStartYear: windowYears[0]!,
          windowEndYear: windowYears[windowYears.length - 1]!,
          originYear,
          originValue,
          noiseStandardDeviation: spread.standardDeviation,
          driftStandardError: spread.standardDeviation / Math.sqrt(years),
          degreesOfFreedom: spread.degreesOfFreedom,
        },
        settings,
        fittedValues: series.years.map((year) => start * Math.exp(logGrowthRate * (year - windowYears[0]!))),
        residualScale: { standardDeviation: spread.standardDeviation, scale: 'log', degreesOfFreedom: spread.degreesOfFreedom },
        intervalSource: spread.source,
        intervalSourceDescription: spread.description,
        likelihood: null,
        notes,
      },
    };
  },

  forecast: forecastGrowthPath,
  simulate: simulateGrowthPath,

  parameterTable(model) {
    const path = growthPathOf(model);
    const meanRate = Math.expm1(path.logGrowthRate);
    const { windowStartYear, windowEndYear, compoundGrowthRate } = model.parameters;
    return [
      {
        name: 'growthRate',
        value: meanRate,
        standardError: (1 + meanRate) * path.driftStandardError,
        origin: 'estimated',
        description: `arithmetic mean of yearly growth rates over ${windowStartYear}–${windowEndYear} (not the CAGR)`,
      },
      { name: 'compoundGrowthRate', value: compoundGrowthRate ?? null, origin: 'estimated', description: 'the CAGR over the same window, for comparison' },
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

  fitSummary: (model) =>
    summariseFit(model, 'AICc not computed: the mean of yearly rates is not a maximum-likelihood estimate'),
};

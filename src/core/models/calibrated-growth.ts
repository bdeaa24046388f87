/**
 * Model card — calibrated growth: a forecast for 1–6 point annual series whose spread is learned
 * across many series and checked on series it never saw. plancast's default (models/default.yaml).
 *
 * Scale: y = ln x (y = ln(x / (U − x)) for a ratio or share below its upper bound U, so it saturates).
 * From the last n ≤ 6 points, with the series' reference class (its indicator's, a declared group's, or
 * the general one — see src/core/forecasting/reference-class.ts) and its corpus in models/calibration.json:
 *   growth      d' = w·d̂ + (1 − w)·μ,  w = (span/σ̃²) / (span/σ̃² + 1/τ²)
 *                 the series' own log CAGR d̂ shrunk toward the class mean μ, as much as the years it spans
 *                 and its volatility σ̃ (empirical Bayes) say against how differently the class grows (τ);
 *               d = μ + c·tanh((d' − μ)/c)
 *                 a history far above (or below) its class keeps at most about c of that excess
 *   centre      c(h) = y_last + d·(φ + φ² + … + φʰ)
 *                 growth fades by φ a year (φ = 1: it persists)
 *   spread      s(h) = σ̂·h^β,  σ̂² = exp(λ·ln σ̃² + (1 − λ)·E ln σ²_class)
 *                 σ̃² the series' own volatility by empirical Bayes (ln s² bias-corrected, shrunk toward
 *                 the class's by its degrees of freedom, read within 3√D of it)
 *   value       x_h(p) = T⁻¹( c(h) + s(h)·z_{n,h}(p) )
 * where z_{n,h}(p) are the conformal quantiles of standardized log errors (y − c)/s of forecasts made
 * from n-point histories h years ahead across the reference corpus (years beyond the sixth use the sixth
 * row, the spread still growing as h^β). The point forecast is the median x_h(0.5).
 * Parameters in words: μ, τ² — how fast and how differently series of the class grow; c — how much excess
 * growth a short history keeps; φ — how much of a year's growth persists into the next (c and φ learned
 * per class on what followed each history); E ln σ², D — how volatile series of the class are and how differently; λ — how much a
 * series' own volatility predicts its future errors; β — how the spread grows with the horizon (λ, β
 * learned per corpus). All are learned by scripts/build-calibration.mjs; none is set by hand. (On M1,
 * 3-point histories growing 20–40 % a year went on to grow 7–8 % a year over the next 3–12 years: a short
 * history's excess growth persists far less than it seems.)
 * Kind rules (src/core/forecasting/kind-rules.ts): bounds; a stock loses at most half of itself a year;
 * counts of things are whole numbers.
 * Paths: a path's normal score at year h is W_h = (ε₁ + … + ε_h)/√h from the injected innovations (a
 * random walk's correlation between years), and its value x_h(Φ(W_h)); so each year's paths have exactly
 * the distribution of the bands, and the share of paths below a band is the band's level.
 * Assumptions: the series behaves like its class's series did (exchangeable errors); values positive.
 * Checked: cross-fitted on the benchmark corpora (K folds by series, or by region), the 80 %/95 % intervals
 * cover 0.76–0.85 / 0.92–0.97 of outcomes (the figures are in models/calibration.json `checks`).
 * References: Gelman et al., BDA3 §5.4 (partial pooling); Gardner & McKenzie (1985) (damped trend);
 * Vovk et al. (2005) (conformal prediction); Gneiting & Raftery (2007) (interval score).
 */
import { z } from 'zod';
import { calibratedPath, pathQuantile, type CalibratedPath } from '../forecasting/calibrated-path.js';
import { samplePaths } from '../forecasting/calibrated-path-sampler.js';
import { applyKindRules, kindRulesFor, type KindRules } from '../forecasting/kind-rules.js';
import type { ObservedSeries } from '../series/observed-series.js';
import { percent, summariseFit, toForecast } from './family-common.js';
import { fitFailure, type FitContext, type FitOutcome, type FittedModel, type ModelFamily, modelIdentity, type ParameterValue } from './model-family.js';
import { assertHorizon, assertInnovations, assertLevels } from './predictive-paths.js';

export const calibratedGrowthSettingsSchema = z.strictObject({}).default({});
export type CalibratedGrowthSettings = z.infer<typeof calibratedGrowthSettingsSchema>;

const ID = 'calibrated-growth';

const numberOrNull = (value: ParameterValue | undefined): number | null => (typeof value === 'number' ? value : null);

/** The path and kind rules a fitted model stores. */
function stored(model: FittedModel<unknown>): { path: CalibratedPath; rules: KindRules } {
  const parameters = model.parameters;
  const value = (name: string): number => {
    const entry = parameters[name];
    if (typeof entry !== 'number') throw new RangeError(`fitted model lacks the numeric parameter "${name}"`);
    return entry;
  };
  const rows = model.tables?.quantileRows;
  if (rows === undefined) throw new RangeError('fitted model lacks the table "quantileRows"');
  return {
    path: {
      ceiling: numberOrNull(parameters.ceiling),
      historyLength: value('historyLength'),
      historySpan: value('historySpan'),
      last: value('lastOnScale'),
      ownGrowth: numberOrNull(parameters.ownGrowth),
      ownWeight: value('ownWeight'),
      growth: value('growth'),
      damping: value('damping'),
      growthWeightVolatility: value('growthWeightVolatility'),
      ownVariance: numberOrNull(parameters.ownVariance),
      volatility: value('volatility'),
      horizonExponent: value('horizonExponent'),
      quantileRows: rows,
    },
    rules: { bounds: model.series.bounds, yearlyFloorRatio: numberOrNull(parameters.yearlyFloorRatio), wholeNumbers: parameters.wholeNumbers === 1 },
  };
}

const rate = (logGrowth: number, ceiling: number | null): string =>
  ceiling === null ? `${percent(Math.expm1(logGrowth))} a year` : `${logGrowth.toFixed(3)} a year on the logit scale (below ${ceiling})`;

export const calibratedGrowthFamily: ModelFamily<CalibratedGrowthSettings> = {
  id: ID,
  label: { zh: '跨序列校准增长预测', en: 'Calibrated growth (learned across many short series)' },
  minimumObservations: 1,
  appliesTo: ['flow', 'stock', 'ratio', 'share', 'count'],
  settingsSchema: calibratedGrowthSettingsSchema,

  fit(series: ObservedSeries, settings: CalibratedGrowthSettings, context: FitContext): FitOutcome<CalibratedGrowthSettings> {
    const resolved = context.calibration;
    if (resolved === undefined) return fitFailure(ID, 'no forecast calibration was supplied (the model spec names none: see models/README.md, `calibration`)');
    if (series.years.length < 1) return fitFailure(ID, 'needs at least 1 observation');
    const ceiling = series.bounds.upper;
    const outcome = calibratedPath(series.years, series.values, ceiling, resolved.corpus, resolved.referenceClass);
    if (!outcome.ok) return fitFailure(ID, outcome.reason);
    const path = outcome.path;
    const rules = kindRulesFor(series.indicatorKind, series.unit, series.bounds, resolved.match === 'general' ? null : resolved.referenceClass.indicatorKind);
    const identity = modelIdentity(ID, calibratedGrowthFamily.label, series);
    const notes: string[] = [];
    if (series.years.length > path.historyLength) notes.push(`uses the last ${path.historyLength} of ${series.years.length} observations (the calibration covers histories of up to 6 points)`);
    if (resolved.match === 'general') notes.push(`no reference class of its own: the general class (${resolved.corpus.id}) applies`);
    if (rules.yearlyFloorRatio !== null) notes.push('a stock: at most half of it can be lost in a year');
    if (rules.wholeNumbers) notes.push(`counted in ${series.unit}: forecasts are whole numbers`);
    const limit = resolved.referenceClass.excessGrowthLimit;
    const description =
      `calibrated: ${resolved.description}; own growth ${path.ownGrowth === null ? '(none: one observation)' : rate(path.ownGrowth, ceiling)} ` +
      `counts ${percent(path.ownWeight, 0)} against the class's ${rate(resolved.referenceClass.meanLogGrowth, ceiling)}, an excess over the class's growth kept up to ` +
      `${ceiling === null ? `${(limit * 100).toFixed(0)} % a year` : `${limit} a year on the logit scale`}; ${percent(path.damping, 1)} of the growth persists into each further year; ` +
      `spread σ = ${Math.sqrt(path.volatility).toFixed(3)} a year (${percent(resolved.corpus.volatilityWeight, 0)} the series' own volatility, the rest its class's) growing as h^${resolved.corpus.horizonExponent}, ` +
      `times conformal quantiles of standardized log errors of ${path.historyLength}-point histories`;
    const lastYear = identity.lastYear;
    return {
      ok: true,
      model: {
        ...identity,
        parameters: {
          ceiling,
          historyLength: path.historyLength,
          historySpan: path.historySpan,
          lastOnScale: path.last,
          ownGrowth: path.ownGrowth,
          ownWeight: path.ownWeight,
          growth: path.growth,
          damping: path.damping,
          ownVariance: path.ownVariance,
          growthWeightVolatility: path.growthWeightVolatility,
          volatility: path.volatility,
          horizonExponent: path.horizonExponent,
          classMeanGrowth: resolved.referenceClass.meanLogGrowth,
          classBetweenSeriesVariance: resolved.referenceClass.betweenSeriesVariance,
          classExcessGrowthLimit: resolved.referenceClass.excessGrowthLimit,
          classLogVolatility: resolved.referenceClass.logVolatility,
          volatilityWeight: resolved.corpus.volatilityWeight,
          yearlyFloorRatio: rules.yearlyFloorRatio,
          wholeNumbers: rules.wholeNumbers ? 1 : 0,
        },
        tables: { quantileRows: path.quantileRows },
        settings,
        fittedValues: series.years.map((year) => (ceiling === null ? identity.lastValue * Math.exp(path.growth * (year - lastYear)) : null)),
        residualScale: { standardDeviation: Math.sqrt(path.volatility), scale: ceiling === null ? 'log' : 'logistic', degreesOfFreedom: null },
        intervalSource: 'calibrated',
        intervalSourceDescription: description,
        likelihood: null,
        notes,
      },
    };
  },

  forecast(model, horizon, levels) {
    assertHorizon(horizon);
    assertLevels(levels);
    const { path, rules } = stored(model);
    let boundsApplied = false;
    const at = (year: number, probability: number): number => {
      const raw = pathQuantile(path, year, probability);
      const ruled = applyKindRules(raw, year, model.lastValue, rules);
      if ((rules.bounds.lower !== null && raw < rules.bounds.lower) || (rules.bounds.upper !== null && raw > rules.bounds.upper)) boundsApplied = true;
      return ruled;
    };
    const years = Array.from({ length: horizon }, (_, index) => index + 1);
    const point = years.map((year) => at(year, 0.5));
    const intervals = levels.map((level) => ({
      level,
      lower: years.map((year) => at(year, 0.5 - level / 200)),
      upper: years.map((year) => at(year, 0.5 + level / 200)),
    }));
    return toForecast(model, horizon, { point, intervals, boundsApplied });
  },

  simulate(model, innovations, paths, horizon) {
    assertInnovations(innovations, paths, horizon);
    const { path, rules } = stored(model);
    return samplePaths(path, model.lastValue, rules, innovations, paths, horizon);
  },

  parameterTable(model) {
    const { path } = stored(model);
    const parameters = model.parameters;
    const onScale = path.ceiling === null ? 'yearly log growth' : `yearly growth on the logit scale below ${path.ceiling}`;
    return [
      { name: 'growth', value: path.growth, origin: 'estimated', description: `d: ${onScale}, own growth shrunk toward the class mean (${rate(path.growth, path.ceiling)})` },
      { name: 'ownGrowth', value: path.ownGrowth, origin: 'estimated', description: `d̂: the series' own ${onScale} over its last ${path.historyLength} points` },
      { name: 'ownWeight', value: path.ownWeight, origin: 'estimated', description: "w: weight of the series' own growth (0 = all class, 1 = all own)" },
      { name: 'classMeanGrowth', value: numberOrNull(parameters.classMeanGrowth), origin: 'prior', description: `μ: the reference class's mean ${onScale}` },
      { name: 'classExcessGrowthLimit', value: numberOrNull(parameters.classExcessGrowthLimit), origin: 'prior', description: "c: the largest yearly excess growth over the class's a series keeps, learned on the reference class" },
      { name: 'damping', value: path.damping, origin: 'prior', description: 'φ: share of the growth persisting into each further year, learned on the reference class' },
      { name: 'volatility', value: Math.sqrt(path.volatility), origin: 'estimated', description: "σ̂: yearly spread, own volatility weighted against the class's" },
      { name: 'volatilityWeight', value: numberOrNull(parameters.volatilityWeight), origin: 'prior', description: "λ: weight of the series' own log volatility, learned on the reference corpus" },
      { name: 'horizonExponent', value: path.horizonExponent, origin: 'prior', description: 'β: the spread grows as h^β, learned on the reference corpus' },
      { name: 'historyLength', value: path.historyLength, origin: 'fixed', description: 'points used (the last ≤ 6); selects the row of calibrated error quantiles' },
    ];
  },

  fitSummary: (model) => summariseFit(model, 'AICc not computed: a calibrated forecast, not a maximum-likelihood fit'),
};

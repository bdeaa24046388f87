/**
 * Model card — linear trend (OLS), and the factory the exponential family composes.
 *
 * Equation: x_t = a + b·t + ε_t, ε_t ~ N(0, σ²) independent, fitted by ordinary least squares.
 * Parameters: b (change per year, in the indicator's unit), the fitted level in the last observed year,
 * s (residual standard error, n − 2 degrees of freedom).
 * Intervals: x̂_T ± t_{n−2}·s·√(1 + 1/n + (T − t̄)²/Sxx) — the proper prediction standard error with
 * Student-t multipliers (source: residuals). Values are clamped to the indicator's bounds (no negative
 * counts, shares within [0, 100]).
 * Assumptions: a constant yearly increment; independent, equal-variance deviations from the line.
 * Needs three points (two for the line, one for its spread).
 * Reference: R `predict(lm(y ~ year), interval = "prediction")`; checked in tests/reference.
 *
 * `createTrendFamily` builds the same family on any scale transform (exponential = linear in logs).
 */
import { z } from 'zod';
import type { IndicatorKind, LocalizedText } from '../catalog/indicator-catalog.js';
import type { ObservedSeries } from '../series/observed-series.js';
import { futureYears, summariseFit, toForecast } from './family-common.js';
import { fitFailure, type FitOutcome, type ModelFamily, type ParameterRow, modelIdentity } from './model-family.js';
import { assertHorizon, bandsFromDistribution, simulateMixture } from './predictive-paths.js';
import { levelTransform, type ScaleTransform } from './scale-transform.js';
import {
  fitTrendOnScale,
  trendLikelihood,
  trendLineOf,
  trendLineParameters,
  trendMeanStandardError,
  trendPathDistribution,
  trendValue,
  type TrendLine,
} from './trend-on-scale.js';

export const trendSettingsSchema = z.strictObject({}).default({});
export type TrendSettings = z.infer<typeof trendSettingsSchema>;

export interface TrendFamilyDefinition {
  id: string;
  label: LocalizedText;
  appliesTo: readonly IndicatorKind[];
  transform: ScaleTransform;
  /** the parameter rows particular to the scale (slope read as growth, etc.) */
  describeSlope(line: TrendLine, unit: string): ParameterRow;
}

export function createTrendFamily(definition: TrendFamilyDefinition): ModelFamily<TrendSettings> {
  const { id, transform } = definition;
  const family: ModelFamily<TrendSettings> = {
    id,
    label: definition.label,
    minimumObservations: 3,
    appliesTo: definition.appliesTo,
    settingsSchema: trendSettingsSchema,

    fit(series: ObservedSeries, settings: TrendSettings): FitOutcome<TrendSettings> {
      const trend = fitTrendOnScale(series.years, series.values, transform);
      if (!trend.ok) return fitFailure(id, trend.reason);
      const { line, fit } = trend;
      const degreesOfFreedom = line.observationCount - 2;
      return {
        ok: true,
        model: {
          ...modelIdentity(id, definition.label, series),
          parameters: trendLineParameters(line),
          settings,
          fittedValues: series.years.map((year) => transform.inverse(trendValue(line, year))),
          residualScale: { standardDeviation: line.residualStandardError, scale: transform.name, degreesOfFreedom },
          intervalSource: 'residuals',
          intervalSourceDescription:
            `residual spread around the fitted ${transform.name === 'level' ? '' : `${transform.name}-scale `}line: ` +
            `s = ${line.residualStandardError.toPrecision(4)} (${line.observationCount} points, ${degreesOfFreedom} degrees of freedom; Student-t prediction intervals)`,
          likelihood: trendLikelihood(fit, series.values, transform),
          notes: [],
        },
      };
    },

    forecast(model, horizon, levels) {
      assertHorizon(horizon);
      const distribution = trendPathDistribution(trendLineOf(model.parameters), transform, futureYears(model.lastYear, horizon));
      return toForecast(model, horizon, bandsFromDistribution(distribution, model.series.bounds, levels));
    },

    simulate(model, innovations, paths, horizon) {
      assertHorizon(horizon);
      const distribution = trendPathDistribution(trendLineOf(model.parameters), transform, futureYears(model.lastYear, horizon));
      return simulateMixture([distribution], model.series.bounds, innovations, paths, horizon);
    },

    parameterTable(model) {
      const line = trendLineOf(model.parameters);
      const level = trendValue(line, model.lastYear);
      return [
        definition.describeSlope(line, model.series.unit),
        {
          name: 'fittedLevel',
          value: transform.inverse(level),
          origin: 'estimated',
          description: `the fitted line in ${model.lastYear} (${model.series.unit})`,
          ...(transform === levelTransform ? { standardError: trendMeanStandardError(line, model.lastYear) } : {}),
        },
        {
          name: 'residualStandardError',
          value: line.residualStandardError,
          origin: 'estimated',
          description: `s: scatter around the line on the ${transform.name} scale (${line.observationCount - 2} degrees of freedom)`,
        },
      ];
    },

    fitSummary: (model) => summariseFit(model, 'AICc not available'),
  };
  return family;
}

export const linearTrendFamily = createTrendFamily({
  id: 'linear-trend',
  label: { zh: '线性趋势外推（最小二乘）', en: 'Linear trend (OLS)' },
  appliesTo: ['flow', 'stock', 'ratio', 'share', 'count'],
  transform: levelTransform,
  describeSlope: (line, unit) => ({
    name: 'slope',
    value: line.slope,
    standardError: line.residualStandardError / Math.sqrt(line.sumOfSquaresYears),
    origin: 'estimated',
    description: `change per year (${unit} a year)`,
  }),
});

/**
 * Shared by the logistic and Gompertz families: a saturating curve with a ceiling K, fitted as a straight
 * line on the curve's linearising scale (scale-transform.ts), with K either fixed or uncertain.
 *
 * Fixed K: one line, t prediction intervals on the transformed scale (source: residuals), read back
 * through the inverse — which can never reach K.
 * Uncertain K: the setting { low, high } is a uniform distribution. It is represented by 32 equally
 * likely ceilings at the midpoints of 32 equal-probability strata; the line is refitted under each, and
 * the forecast is the equal-weight mixture of the 32 predictive distributions (source: ceiling-range).
 * Ceilings at or below the largest observation are impossible given the data and are dropped (the range
 * is truncated, and the fitted model says so). Each simulated path takes one ceiling: a stratified,
 * scrambled choice by path index (predictive-paths.ts), independent of the noise innovations, scrambled
 * per series so that two indicators' ceilings are not drawn in lockstep.
 */
import { z } from 'zod';
import type { IndicatorKind, LocalizedText } from '../catalog/indicator-catalog.js';
import type { ObservedSeries } from '../series/observed-series.js';
import { futureYears, numberParameter, summariseFit, toForecast } from './family-common.js';
import { ceilingSchema, type CeilingSetting } from './family-settings.js';
import {
  fitFailure,
  type FitOutcome,
  type FittedModel,
  type ModelFamily,
  type SeriesSnapshot, modelIdentity } from './model-family.js';
import { bandsFromMixture } from './mixture-bands.js';
import {
  assertHorizon,
  simulateMixture,
  type PathDistribution,
} from './predictive-paths.js';
import type { ScaleTransform } from './scale-transform.js';
import {
  fitTrendOnScale,
  trendLikelihood,
  trendLineParameters,
  trendPathDistribution,
  trendValue,
  type TrendLine,
} from './trend-on-scale.js';

export const ceilingTrendSettingsSchema = z
  .strictObject({
    /** fixed number, or { low, high } (uniform); null = the indicator's upper bound */
    ceiling: ceilingSchema.nullable().default(null),
  })
  .default({ ceiling: null });
export type CeilingTrendSettings = z.infer<typeof ceilingTrendSettingsSchema>;

const CEILING_NODES = 32;

export interface CeilingFamilyDefinition {
  id: string;
  label: LocalizedText;
  appliesTo: readonly IndicatorKind[];
  transformFor(ceiling: number): ScaleTransform;
  /** what the zero of the linearised scale means, e.g. "midpoint year (x = K/2)" */
  zeroCrossingDescription: string;
}

interface CeilingFit {
  ceiling: number;
  line: TrendLine;
}

/** The ceilings to fit under: one, or the strata midpoints of a uniform range above the data. */
function resolveCeilings(
  series: Pick<SeriesSnapshot, 'values' | 'bounds'>,
  setting: CeilingSetting | null,
): { ok: true; ceilings: number[]; notes: string[] } | { ok: false; reason: string } {
  const ceiling = setting ?? series.bounds.upper;
  if (ceiling === null) {
    return { ok: false, reason: 'needs a ceiling: set settings.ceiling (a number or { low, high }); the indicator has no upper bound' };
  }
  const largest = Math.max(...series.values);
  if (typeof ceiling === 'number') {
    if (!(ceiling > largest)) return { ok: false, reason: `the ceiling ${ceiling} is not above the largest observation ${largest}` };
    return { ok: true, ceilings: [ceiling], notes: [] };
  }
  const width = ceiling.high - ceiling.low;
  const all = Array.from({ length: CEILING_NODES }, (_, index) => ceiling.low + ((index + 0.5) / CEILING_NODES) * width);
  const feasible = all.filter((value) => value > largest);
  if (feasible.length === 0) {
    return { ok: false, reason: `the ceiling range [${ceiling.low}, ${ceiling.high}] is not above the largest observation ${largest}` };
  }
  const notes =
    feasible.length < all.length
      ? [`ceiling range [${ceiling.low}, ${ceiling.high}] truncated above the largest observation ${largest}: ${feasible.length} of ${all.length} ceilings remain`]
      : [];
  return { ok: true, ceilings: feasible, notes };
}

function fitUnderCeilings(
  series: Pick<SeriesSnapshot, 'years' | 'values'>,
  ceilings: readonly number[],
  transformFor: (ceiling: number) => ScaleTransform,
): { ok: true; fits: CeilingFit[] } | { ok: false; reason: string } {
  const fits: CeilingFit[] = [];
  for (const ceiling of ceilings) {
    const trend = fitTrendOnScale(series.years, series.values, transformFor(ceiling));
    if (!trend.ok) return { ok: false, reason: `${trend.reason} (ceiling ${ceiling})` };
    fits.push({ ceiling, line: trend.line });
  }
  return { ok: true, fits };
}

/** FNV-1a hash of the series' identity: the per-series scramble of ceiling draws. */
function seriesScramble(series: SeriesSnapshot): number {
  let hash = 0x811c9dc5;
  for (const character of `${series.region}|${series.indicator}`) {
    hash ^= character.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export function createCeilingTrendFamily(definition: CeilingFamilyDefinition): ModelFamily<CeilingTrendSettings> {
  const { id, transformFor } = definition;

  const refit = (model: FittedModel<CeilingTrendSettings>): CeilingFit[] => {
    const resolved = resolveCeilings(model.series, model.settings.ceiling);
    if (!resolved.ok) throw new RangeError(`cannot rebuild ${id}: ${resolved.reason}`);
    const fitted = fitUnderCeilings(model.series, resolved.ceilings, transformFor);
    if (!fitted.ok) throw new RangeError(`cannot rebuild ${id}: ${fitted.reason}`);
    return fitted.fits;
  };

  const distributions = (model: FittedModel<CeilingTrendSettings>, horizon: number): PathDistribution[] => {
    const years = futureYears(model.lastYear, horizon);
    return refit(model).map(({ ceiling, line }) => trendPathDistribution(line, transformFor(ceiling), years));
  };

  const family: ModelFamily<CeilingTrendSettings> = {
    id,
    label: definition.label,
    minimumObservations: 3,
    appliesTo: definition.appliesTo,
    settingsSchema: ceilingTrendSettingsSchema,

    fit(series: ObservedSeries, settings: CeilingTrendSettings): FitOutcome<CeilingTrendSettings> {
      if (series.years.length < 3) return fitFailure(id, `needs at least 3 observations, has ${series.years.length}`);
      const resolved = resolveCeilings(series, settings.ceiling);
      if (!resolved.ok) return fitFailure(id, resolved.reason);
      const fitted = fitUnderCeilings(series, resolved.ceilings, transformFor);
      if (!fitted.ok) return fitFailure(id, fitted.reason);
      const central = fitted.fits[Math.floor((fitted.fits.length - 1) / 2)]!;
      const transform = transformFor(central.ceiling);
      const uncertain = fitted.fits.length > 1;
      const degreesOfFreedom = central.line.observationCount - 2;
      const spread = `s = ${central.line.residualStandardError.toPrecision(4)} on the ${transform.name} scale (${degreesOfFreedom} degrees of freedom; Student-t)`;
      const range = settings.ceiling !== null && typeof settings.ceiling === 'object' ? settings.ceiling : null;
      const single = fitTrendOnScale(series.years, series.values, transform);
      return {
        ok: true,
        model: {
          ...modelIdentity(id, definition.label, series),
          parameters: {
            ceiling: uncertain ? null : central.ceiling,
            ceilingLow: range?.low ?? null,
            ceilingHigh: range?.high ?? null,
            ceilingCount: fitted.fits.length,
            centralCeiling: central.ceiling,
            ...trendLineParameters(central.line),
          },
          settings,
          fittedValues: series.years.map((year) => transform.inverse(trendValue(central.line, year))),
          residualScale: { standardDeviation: central.line.residualStandardError, scale: transform.name, degreesOfFreedom },
          intervalSource: uncertain ? 'ceiling-range' : 'residuals',
          intervalSourceDescription: uncertain
            ? `residual spread (${spread}, at the central ceiling ${central.ceiling.toPrecision(4)}) combined with an uncertain ceiling, uniform on [${range?.low}, ${range?.high}] (${fitted.fits.length} equally likely ceilings above the data)`
            : `residual spread around the fitted ${transform.name}-scale line with ceiling ${central.ceiling}: ${spread}`,
          likelihood: uncertain || !single.ok ? null : trendLikelihood(single.fit, series.values, transform),
          notes: [...resolved.notes, ...(settings.ceiling === null ? [`ceiling = the indicator's upper bound ${central.ceiling}`] : [])],
        },
      };
    },

    forecast(model, horizon, levels) {
      assertHorizon(horizon);
      return toForecast(model, horizon, bandsFromMixture(distributions(model, horizon), model.series.bounds, levels));
    },

    simulate(model, innovations, paths, horizon) {
      assertHorizon(horizon);
      return simulateMixture(distributions(model, horizon), model.series.bounds, innovations, paths, horizon, seriesScramble(model.series));
    },

    parameterTable(model) {
      const { parameters } = model;
      const slope = numberParameter(parameters, 'slope');
      const intercept = numberParameter(parameters, 'intercept');
      const uncertain = parameters.ceiling === null;
      return [
        uncertain
          ? {
              name: 'ceiling',
              value: numberParameter(parameters, 'centralCeiling'),
              origin: 'prior' as const,
              description: `uncertain ceiling, uniform on [${parameters.ceilingLow}, ${parameters.ceilingHigh}] (value shown: the central one)`,
            }
          : { name: 'ceiling', value: parameters.ceiling ?? null, origin: 'fixed' as const, description: `ceiling K (${model.series.unit})` },
        {
          name: 'rate',
          value: slope,
          standardError: numberParameter(parameters, 'residualStandardError') / Math.sqrt(numberParameter(parameters, 'sumOfSquaresYears')),
          origin: 'estimated',
          description: `slope on the ${model.residualScale.scale} scale (per year)`,
        },
        {
          name: 'zeroCrossingYear',
          value: slope !== 0 ? -intercept / slope : null,
          origin: 'estimated',
          description: definition.zeroCrossingDescription,
        },
        {
          name: 'residualStandardError',
          value: numberParameter(parameters, 'residualStandardError'),
          origin: 'estimated',
          description: `s on the ${model.residualScale.scale} scale`,
        },
      ];
    },

    fitSummary: (model) =>
      summariseFit(model, 'AICc not computed: with an uncertain ceiling the model is a mixture, not one maximum-likelihood fit'),
  };
  return family;
}

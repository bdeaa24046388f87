/**
 * What a fit may borrow from outside its series (the FitContext), built in one place for the pipeline and
 * the commands:
 * - the pooled growth prior: the growth rates of the other series of the same indicator — or of its
 *   declared forecast group (`forecastGroup` in seeds/indicators.yaml) — across regions, leaving out the
 *   series being fitted. Never across unrelated indicators: actuals supplied for one indicator must not
 *   move another's forecast. Where the group has too few series, the prior is the documented default and
 *   says so (families then use their own stated default spread);
 * - the calibrated family's reference class in the model spec's calibration (its indicator's, its
 *   group's, or the general one).
 */
import type { Catalog } from '../catalog/indicator-catalog.js';
import { resolveReferenceClass } from '../forecasting/reference-class.js';
import type { FitContext, PooledGrowthPrior } from '../models/model-family.js';
import type { ModelSpec } from '../models/model-spec.js';
import { computePooledGrowthPrior } from '../models/pooled-growth-prior.js';
import type { ObservedSeries } from '../series/observed-series.js';

/** The forecast group of an indicator id: its declared group, else itself. */
export function forecastGroupOf(catalog: Catalog | undefined): (indicator: string) => string {
  return (indicator) => catalog?.indicators.get(indicator)?.forecastGroup ?? indicator;
}

export function pooledPriorFor(allSeries: readonly ObservedSeries[], target: ObservedSeries, groupOf: (indicator: string) => string = (indicator) => indicator): PooledGrowthPrior {
  const group = groupOf(target.indicator);
  // A declared group may join kinds (patents per head, a ratio, with the stock of patents): read them as the target's.
  const members = allSeries.filter((series) => groupOf(series.indicator) === group).map((series) => ({ ...series, indicatorKind: target.indicatorKind }));
  const prior = computePooledGrowthPrior(members, target.indicatorKind, { exclude: { region: target.region, indicator: target.indicator } });
  const scope = group === target.indicator ? `${target.indicator} only` : `the forecast group ${group}`;
  return { ...prior, source: `${prior.source} (pooled within ${scope})` };
}

/** The FitContext of one series: its pooled prior within its group, and its reference class. */
export function fitContextFor(allSeries: readonly ObservedSeries[], target: ObservedSeries, catalog: Catalog | undefined, spec: Pick<ModelSpec, 'calibration'>): FitContext {
  const definition = catalog?.indicators.get(target.indicator);
  const forecastGroup = definition?.forecastGroup;
  return {
    pooledGrowth: pooledPriorFor(allSeries, target, forecastGroupOf(catalog)),
    ...(spec.calibration !== undefined ? { calibration: resolveReferenceClass(spec.calibration, { id: target.indicator, ...(forecastGroup !== undefined ? { forecastGroup } : {}) }) } : {}),
  };
}

/**
 * The pooled growth priors the models borrow from: one per indicator kind, computed from every series of
 * that kind in the dataset (all regions), leaving out the series being fitted. Where a kind has too few
 * series of its own (the bundled plans give most counts a single 2020 value), the prior pools the growth
 * rates of every kind instead and says so in its source sentence; only where even that fails is the
 * documented default used.
 */
import type { PooledGrowthPrior } from '../models/model-family.js';
import { computePooledGrowthPrior } from '../models/pooled-growth-prior.js';
import type { ObservedSeries } from '../series/observed-series.js';

export function pooledPriorFor(allSeries: readonly ObservedSeries[], target: ObservedSeries): PooledGrowthPrior {
  const exclude = { region: target.region, indicator: target.indicator };
  const own = computePooledGrowthPrior(allSeries, target.indicatorKind, { exclude });
  if (!own.isDefault) return own;
  const relabelled = allSeries.map((series) => ({ ...series, indicatorKind: target.indicatorKind }));
  const pooled = computePooledGrowthPrior(relabelled, target.indicatorKind, { exclude });
  if (pooled.isDefault) return own;
  return {
    ...pooled,
    source: `too few ${target.indicatorKind} series with two or more observations, so growth is pooled across all indicator kinds: ${pooled.source}`,
  };
}

/**
 * A prepared region whose baseline paths end at a given year: what a question about one goal needs.
 * Sensitivity asks for one goal's probability under some forty lever settings; the paths beyond the
 * goal's year cannot change it, so simulating them is wasted work (a 2025 goal in paths that run to the
 * calendar's last year, 2035, is most of the work).
 *
 * This is exact only because every scenario lever is causal: a year's value depends on the baseline
 * paths of that year and earlier, never later (tests/core/pipeline/truncated-region.test.ts checks it
 * for every lever setting sensitivity tries, on every bundled region). Each indicator keeps at least its
 * first projected year, so a driver whose data runs past the end year still answers for its first year.
 */
import type { IndicatorPaths } from '../simulation/indicator-paths.js';
import type { PreparedIndicator, PreparedRegion } from './prepare-region.js';

/** The paths' first years up to lastYear (at least one year), the same numbers. */
export function truncatedPaths(paths: IndicatorPaths, lastYear: number): IndicatorPaths {
  const horizon = Math.max(1, Math.min(paths.horizon, lastYear - paths.firstYear + 1));
  if (horizon === paths.horizon) return paths;
  const values = new Float64Array(paths.pathCount * horizon);
  for (let path = 0; path < paths.pathCount; path++) values.set(paths.values.subarray(path * paths.horizon, path * paths.horizon + horizon), path * horizon);
  return { ...paths, horizon, values };
}

function truncatedIndicator(indicator: PreparedIndicator, lastYear: number): PreparedIndicator {
  return indicator.baseline === undefined ? indicator : { ...indicator, baseline: truncatedPaths(indicator.baseline, lastYear) };
}

// One truncation per region and year: a region's goals mostly share a year (its plan's last), and the
// same shortened baseline arrays then share their memoised medians (path-quantiles.ts) across goals.
// Keyed weakly: the shortened regions go with the prepared region. Prepared regions are never changed.
const truncations = new WeakMap<PreparedRegion, Map<number, PreparedRegion>>();

/** The region with every indicator's baseline paths ending at lastYear (the same object for the same region and year). */
export function truncatedRegion(region: PreparedRegion, lastYear: number): PreparedRegion {
  let byYear = truncations.get(region);
  if (byYear === undefined) truncations.set(region, (byYear = new Map()));
  let shortened = byYear.get(lastYear);
  if (shortened === undefined) byYear.set(lastYear, (shortened = { ...region, indicators: region.indicators.map((indicator) => truncatedIndicator(indicator, lastYear)) }));
  return shortened;
}

/**
 * Simulated paths of one indicator in one region: `pathCount` rows of `horizon` yearly values, row-major,
 * for the years `firstYear` … `firstYear + horizon − 1` after the last observation.
 */
import type { Bounds, IndicatorKind } from '../catalog/indicator-catalog.js';

export interface IndicatorPaths {
  region: string;
  indicator: string;
  indicatorKind: IndicatorKind;
  bounds: Bounds;
  lastYear: number;
  lastValue: number;
  firstYear: number;
  horizon: number;
  pathCount: number;
  values: Float64Array;
}

export function withValues(paths: IndicatorPaths, values: Float64Array): IndicatorPaths {
  return { ...paths, values };
}

/** Whether a lever's `indicators` selector (an id, a list, `kind:<kind>` or `*`) picks this indicator. */
export function selectorMatches(selector: string | readonly string[], indicator: string, indicatorKind: IndicatorKind): boolean {
  const entries = typeof selector === 'string' ? [selector] : selector;
  return entries.some((entry) => entry === '*' || entry === indicator || entry === `kind:${indicatorKind}`);
}

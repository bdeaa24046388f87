/**
 * What the nature of an indicator forbids, applied to calibrated quantiles and simulated paths alike:
 * - bounds: nothing below the lower or above the upper bound (0 and 100 for a percentage);
 * - stocks (patents held, enterprises, institutions) cannot lose more than half of themselves in a year:
 *   h years ahead a value is at least last·(1/2)^h. Certifications lapse and registers are cleaned, so a
 *   stock can fall — but a halving in one year is a change of definition, not a forecast;
 * - whole numbers: counts and stocks measured in units of things (家, 个, 件, 项, 人 …) are whole: every
 *   quantile and every path is rounded to the nearest whole number.
 * Each rule is a monotone map of the value, applied alike to the quantiles and to the paths, so the
 * quantiles of the paths are the bands: bands and paths stay one distribution (for whole numbers, a
 * discrete one).
 */
import type { Bounds, IndicatorKind } from '../catalog/indicator-catalog.js';
import { clampToBounds } from '../catalog/indicator-catalog.js';

/** Units of things counted one by one. */
export const WHOLE_NUMBER_UNITS: readonly string[] = ['家', '个', '件', '项', '人', '支', '辆', '所', '位', '名', '座', '台', '篇', '次', '株', '只'];

/** The largest share of itself a stock can lose in one year. */
export const STOCK_LARGEST_YEARLY_LOSS = 0.5;

export interface KindRules {
  bounds: Bounds;
  /** the smallest ratio to the last value one year ahead (0.5 for stocks), or null */
  yearlyFloorRatio: number | null;
  wholeNumbers: boolean;
}

export function kindRulesFor(indicatorKind: IndicatorKind, unit: string, bounds: Bounds, referenceKind: IndicatorKind | null): KindRules {
  const isStock = indicatorKind === 'stock' || referenceKind === 'stock';
  return {
    bounds,
    yearlyFloorRatio: isStock ? 1 - STOCK_LARGEST_YEARLY_LOSS : null,
    wholeNumbers: (indicatorKind === 'count' || indicatorKind === 'stock') && WHOLE_NUMBER_UNITS.includes(unit),
  };
}

/** The least a stock can be h years ahead (last·ratio^h), or −∞ when the rules set no floor. */
export function stockFloor(lastValue: number, horizon: number, rules: KindRules): number {
  return rules.yearlyFloorRatio === null ? Number.NEGATIVE_INFINITY : lastValue * rules.yearlyFloorRatio ** horizon;
}

/** A value with the rules applied, its year's stock floor computed once (stockFloor) for many values. */
export function applyKindRulesAbove(value: number, floor: number, rules: KindRules): number {
  let result = value < floor ? floor : value;
  if (rules.wholeNumbers) result = Math.round(result);
  return clampToBounds(result, rules.bounds);
}

/** A value h years ahead with the rules applied. */
export function applyKindRules(value: number, horizon: number, lastValue: number, rules: KindRules): number {
  return applyKindRulesAbove(value, stockFloor(lastValue, horizon, rules), rules);
}

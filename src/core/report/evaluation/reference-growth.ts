/**
 * The reference-class check of a proposed target: of comparable series, how many grew this fast over five
 * years. Comparable series are, until a reference corpus is bundled, the observed series of the bundled
 * plans (every region) of the same indicator kind and direction; each contributes every pair of its
 * observations exactly five years apart (2015 → 2020 in the 13th-plan tables), as a compound yearly growth.
 */
import type { IndicatorDefinition } from '../../catalog/indicator-catalog.js';
import type { Dataset } from '../../records/dataset.js';
import { isObservation, isUsable } from '../../records/indicator-record.js';
import { compoundAnnualGrowthRate } from '../../statistics/compound-annual-growth-rate.js';

export const REFERENCE_WINDOW_YEARS = 5;

export interface ReferenceGrowths {
  series: number;
  growths: number[];
}

/** The five-year growths of every bundled series of the same kind and direction as `definition`. */
export function referenceGrowths(dataset: Dataset, definition: IndicatorDefinition): ReferenceGrowths {
  const bySeries = new Map<string, Map<number, number>>();
  for (const record of dataset.records) {
    if (!isObservation(record) || !isUsable(record) || !(record.value > 0)) continue;
    const other = dataset.catalog.indicators.get(record.indicator);
    if (other === undefined || other.kind !== definition.kind || other.direction !== definition.direction) continue;
    const key = `${record.region}|${record.indicator}`;
    const values = bySeries.get(key) ?? new Map<number, number>();
    if (!values.has(record.year) || record.kind === 'actual') values.set(record.year, record.value);
    bySeries.set(key, values);
  }
  let series = 0;
  const growths: number[] = [];
  for (const key of [...bySeries.keys()].sort()) {
    const values = bySeries.get(key)!;
    let counted = false;
    for (const year of [...values.keys()].sort((a, b) => a - b)) {
      const later = values.get(year + REFERENCE_WINDOW_YEARS);
      if (later === undefined) continue;
      growths.push(compoundAnnualGrowthRate(values.get(year)!, later, REFERENCE_WINDOW_YEARS));
      counted = true;
    }
    if (counted) series += 1;
  }
  return { series, growths };
}

/** The share of the growths at least `growth` (at most, for a lower-is-better indicator). */
export function shareAsFast(reference: ReferenceGrowths, growth: number, lowerIsBetter: boolean): number | null {
  if (reference.growths.length === 0) return null;
  const asFast = reference.growths.filter((candidate) => (lowerIsBetter ? candidate <= growth : candidate >= growth)).length;
  return asFast / reference.growths.length;
}

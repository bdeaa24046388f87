/**
 * The reference-class check of a proposed target: of comparable series, how many grew this fast over a
 * plan's span. Comparable series are, until a reference corpus is bundled, the observed series of the
 * bundled plans (every region) of the same indicator kind and direction; each contributes every pair of
 * its observations three to seven years apart (a five-year plan's span, give or take two: exact five-year
 * pairs are rare in plan tables), as a compound yearly growth.
 */
import type { IndicatorDefinition } from '../../catalog/indicator-catalog.js';
import type { Dataset } from '../../records/dataset.js';
import { isObservation, isUsable } from '../../records/indicator-record.js';
import { compoundAnnualGrowthRate } from '../../statistics/compound-annual-growth-rate.js';

/** The spans of the windows compared with a five-year plan's growth. */
export const REFERENCE_WINDOW_SPANS = { shortest: 3, longest: 7 } as const;

export interface ReferenceGrowths {
  series: number;
  growths: number[];
}

/** The yearly growths over three to seven years of every bundled series of the same kind and direction as `definition`. */
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
    const years = [...values.keys()].sort((a, b) => a - b);
    for (const start of years) {
      for (const end of years) {
        const span = end - start;
        if (span < REFERENCE_WINDOW_SPANS.shortest || span > REFERENCE_WINDOW_SPANS.longest) continue;
        growths.push(compoundAnnualGrowthRate(values.get(start)!, values.get(end)!, span));
        counted = true;
      }
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

/**
 * The reference-class check of a proposed target: of comparable series, how many grew this fast over five
 * years. Comparable series are those of the calibrated forecasts' reference corpora (../shared/benchmarks:
 * the provinces' S&T series and the M1 yearly series), in the same reference class the indicator's forecast
 * learns from (forecasting/reference-class.ts): its own class, its declared forecastGroup's, or — where it
 * has neither — the general class, which the check then says.
 *
 * The runtime never reads the corpora: scripts/build-reference-growth.mjs stores, for every class, the
 * compound yearly growth of every window of exactly five years of every series (models/reference-growth.json),
 * and this file reads only that.
 */
import { z } from 'zod';
import type { IndicatorDefinition, LocalizedText } from '../../catalog/indicator-catalog.js';
import type { ReferenceSeries } from '../../forecasting/calibration-examples.js';
import { compoundAnnualGrowthRate } from '../../statistics/compound-annual-growth-rate.js';

/** The span of the windows compared with a five-year plan's growth, in years. */
export const REFERENCE_WINDOW_YEARS = 5;

const localized = z.strictObject({ zh: z.string().min(1), en: z.string().min(1) });
const referenceGrowthClassSchema = z.strictObject({
  /** series of the class with at least one five-year window */
  series: z.number().int().positive(),
  /** the compound yearly growth of every five-year window, ascending */
  growths: z.array(z.number().finite()).min(1),
});
export const referenceGrowthTableSchema = z.strictObject({
  format: z.literal('plancast-reference-growth/1'),
  provenance: z.strictObject({
    script: z.string(),
    inputs: z.array(z.strictObject({ path: z.string(), sha256: z.string(), series: z.number().int().nonnegative() })),
    notes: z.array(z.string()),
  }),
  windowYears: z.literal(REFERENCE_WINDOW_YEARS),
  /** "corpus/class": the class of indicators without one of their own */
  general: z.string().regex(/^[^/]+\/[^/]+$/),
  corpora: z.array(z.strictObject({ id: z.string().min(1), description: localized, classes: z.record(z.string().regex(/^[a-z][a-z0-9_]*$/), referenceGrowthClassSchema) })).min(1),
});
export type ReferenceGrowthTable = z.infer<typeof referenceGrowthTableSchema>;

/** The growths of one reference class, with where they come from. */
export interface ReferenceGrowths {
  corpus: string;
  corpusName: LocalizedText;
  classId: string;
  /** own: the indicator's own class; group: its declared forecastGroup's; general: no class of its own */
  match: 'own' | 'group' | 'general';
  series: number;
  growths: readonly number[];
}

/** Every series' five-year windows as compound yearly growths, by reference class; each list ascending. */
export function fiveYearGrowthsByClass(series: readonly ReferenceSeries[]): Map<string, { series: number; growths: number[] }> {
  const classes = new Map<string, { series: number; growths: number[] }>();
  for (const one of series) {
    const byYear = new Map(one.years.map((year, index) => [year, one.values[index]!]));
    const growths: number[] = [];
    for (const year of [...byYear.keys()].sort((a, b) => a - b)) {
      const start = byYear.get(year)!;
      const end = byYear.get(year + REFERENCE_WINDOW_YEARS);
      if (end !== undefined && start > 0 && end > 0) growths.push(compoundAnnualGrowthRate(start, end, REFERENCE_WINDOW_YEARS));
    }
    if (growths.length === 0) continue;
    const entry = classes.get(one.referenceClass) ?? { series: 0, growths: [] };
    entry.series += 1;
    entry.growths.push(...growths);
    classes.set(one.referenceClass, entry);
  }
  for (const entry of classes.values()) entry.growths.sort((a, b) => a - b);
  return classes;
}

/** The class an indicator is compared with: its own, its forecastGroup's, else the general class. */
export function referenceGrowths(table: ReferenceGrowthTable, definition: Pick<IndicatorDefinition, 'id' | 'forecastGroup'>): ReferenceGrowths | undefined {
  const classId = definition.forecastGroup ?? definition.id;
  for (const corpus of table.corpora) {
    const found = corpus.classes[classId];
    if (found !== undefined) return { corpus: corpus.id, corpusName: corpus.description, classId, match: classId === definition.id ? 'own' : 'group', series: found.series, growths: found.growths };
  }
  const [corpusId, generalId] = table.general.split('/') as [string, string];
  const corpus = table.corpora.find((candidate) => candidate.id === corpusId);
  const general = corpus?.classes[generalId];
  if (corpus === undefined || general === undefined) return undefined;
  return { corpus: corpus.id, corpusName: corpus.description, classId: generalId, match: 'general', series: general.series, growths: general.growths };
}

/** The share of the windows that grew at least `growth` a year (at most, for a lower-is-better indicator). */
export function shareAsFast(reference: Pick<ReferenceGrowths, 'growths'>, growth: number, lowerIsBetter: boolean): number | null {
  if (reference.growths.length === 0) return null;
  const asFast = reference.growths.filter((candidate) => (lowerIsBetter ? candidate <= growth : candidate >= growth)).length;
  return asFast / reference.growths.length;
}

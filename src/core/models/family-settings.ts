/**
 * Settings shared by several families, as zod schemas that validate a model spec's YAML and fill in
 * defaults (the normalised form the families trust). Each family's own schema composes these.
 */
import { z } from 'zod';

const year = z.number().int().min(1900).max(2200);

/**
 * Where a growth family's interval spread comes from when the series cannot supply its own.
 * - minimumDegreesOfFreedom: the series' own spread is used only with at least this many degrees of
 *   freedom (yearly growth intervals − 1); default 2, i.e. four annual points.
 * - defaultStandardDeviation: the per-year log-growth standard deviation used when neither the series
 *   nor a pooled prior can supply one; default 0.10 (a five-year 95 % band of about ×/÷ 1.9 around a
 *   five-year CAGR). State it in reports: it is an assumption, not an estimate.
 */
export const spreadSettingsSchema = z
  .strictObject({
    minimumDegreesOfFreedom: z.number().int().min(1).max(50).default(2),
    defaultStandardDeviation: z.number().positive().max(2).default(0.1),
  })
  .default({ minimumDegreesOfFreedom: 2, defaultStandardDeviation: 0.1 });
export type SpreadSettings = z.infer<typeof spreadSettingsSchema>;

/** A window of observed years to compute a growth rate over: startYear < endYear, both observed. */
export const windowSchema = z
  .strictObject({ startYear: year, endYear: year })
  .refine((window) => window.startYear < window.endYear, { message: 'window.startYear must be before window.endYear' });
export type GrowthWindow = z.infer<typeof windowSchema>;

/**
 * The point a growth path starts from: a year and, optionally, a value (default: the value observed that
 * year). The year must not be after the last observation.
 */
export const originSchema = z.strictObject({ year, value: z.number().positive().optional() });
export type GrowthOrigin = z.infer<typeof originSchema>;

/**
 * A ceiling: a fixed number, or a range [low, high] read as a uniform distribution (the ceiling itself is
 * uncertain). Omitted: the indicator's upper bound (100 for shares).
 */
export const ceilingSchema = z.union([
  z.number().positive(),
  z
    .strictObject({ low: z.number().positive(), high: z.number().positive() })
    .refine((range) => range.low < range.high, { message: 'ceiling.low must be below ceiling.high' }),
]);
export type CeilingSetting = z.infer<typeof ceilingSchema>;

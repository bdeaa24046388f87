/**
 * What a short history says on the forecast scale: its last value, its own average growth and how much
 * its yearly changes scatter around that growth. Shared by the calibrated family (one series) and by
 * learning the calibration (every history of every reference series), so both read a history the same way.
 *
 * On the scale y = ln x (or y = ln(x / (U − x)) below a ceiling U), with points (t₁, y₁) … (tₙ, yₙ):
 *   own growth      d̂ = (yₙ − y₁) / (tₙ − t₁)                  (the log CAGR; null with one point)
 *   own variance    s² = Σ (Δyₖ − spanₖ·d̂)² / spanₖ / (n − 2)     (a random walk's σ², gaps as several steps;
 *                                                              null with fewer than three points)
 */

export interface HistorySummary {
  /** number of points */
  count: number;
  /** years between the first and the last point */
  span: number;
  /** the last value on the forecast scale */
  last: number;
  /** d̂, or null with one point */
  ownGrowth: number | null;
  /** s², or null with fewer than three points */
  ownVariance: number | null;
  /** n − 2 (0 when s² is null) */
  degreesOfFreedom: number;
}

/** Summarise points already on the forecast scale (strictly increasing years). */
export function summariseHistory(years: ArrayLike<number>, scaled: ArrayLike<number>): HistorySummary {
  const count = scaled.length;
  if (count < 1) throw new RangeError('summariseHistory requires at least one point');
  const last = scaled[count - 1]!;
  if (count < 2) return { count, span: 0, last, ownGrowth: null, ownVariance: null, degreesOfFreedom: 0 };
  const span = years[count - 1]! - years[0]!;
  const ownGrowth = (last - scaled[0]!) / span;
  if (count < 3) return { count, span, last, ownGrowth, ownVariance: null, degreesOfFreedom: 0 };
  let sum = 0;
  for (let index = 1; index < count; index += 1) {
    const step = years[index]! - years[index - 1]!;
    sum += (scaled[index]! - scaled[index - 1]! - step * ownGrowth) ** 2 / step;
  }
  return { count, span, last, ownGrowth, ownVariance: sum / (count - 2), degreesOfFreedom: count - 2 };
}

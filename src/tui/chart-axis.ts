/**
 * Axis ticks for the terminal chart: round values for the y axis (1, 2 or 5 × a power of ten, as d3's
 * ticks), labels with the decimals the step needs, and year ticks spaced so their labels never touch.
 * Pure.
 */

/** A round step near (high − low) / count: 1, 2, 2.5 or 5 × 10^k. */
export function niceStep(span: number, count: number): number {
  const raw = span / Math.max(1, count);
  if (!(raw > 0) || !Number.isFinite(raw)) return 1;
  const power = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / power;
  const nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
  return nice * power;
}

/** Round values from at or below `low` to at or above `high`, at most about `maxCount` + 1 of them. */
export function niceTicks(low: number, high: number, maxCount: number): number[] {
  const step = niceStep(high - low || Math.abs(high) || 1, maxCount);
  const first = Math.floor(low / step + 1e-9) * step;
  const ticks: number[] = [];
  for (let value = first; value <= high + step * 0.999 && ticks.length < 100; value += step) ticks.push(Number(value.toFixed(10)));
  if (ticks.length < 2) ticks.push(first + step);
  return ticks;
}

/** A tick's label with as many decimals as the step between ticks needs. */
export function tickLabel(value: number, ticks: readonly number[]): string {
  const step = ticks.length > 1 ? Math.abs(ticks[1]! - ticks[0]!) : 1;
  const decimals = Math.min(3, Math.max(0, -Math.floor(Math.log10(step) + 1e-9) + (step / 10 ** Math.floor(Math.log10(step)) === 2.5 ? 1 : 0)));
  return value.toFixed(decimals);
}

/** Years to label on the x axis: every 1, 2, 5 or 10 years, so labels are at least six columns apart. */
export function yearTicks(startYear: number, endYear: number, plotWidth: number, columnOf: (year: number) => number): { year: number; column: number }[] {
  const span = Math.max(1, endYear - startYear);
  const columnsPerYear = (plotWidth - 1) / span;
  const every = [1, 2, 5, 10, 20, 50].find((candidate) => candidate * columnsPerYear >= 6) ?? 100;
  const ticks: { year: number; column: number }[] = [];
  for (let year = Math.ceil(startYear / every) * every; year <= endYear; year += every) ticks.push({ year, column: columnOf(year) });
  return ticks;
}

/**
 * Property tests (fast-check, fixed seed: a failure prints the seed and the shrunk counterexample).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MODEL_FAMILIES, getFamily } from '../../../src/core/models/family-registry.js';
import type { AnyModelFamily, Forecast } from '../../../src/core/models/model-family.js';
import { createSeededRandom } from '../../../src/core/statistics/seeded-random.js';
import type { ObservedSeries } from '../../../src/core/series/observed-series.js';
import { context, contextFor, makeSeries, settingsFor } from './fixtures.js';

const SEED = 42;
const LEVELS = [80, 95];
const HORIZON = 5;

/** Strictly increasing years from 2010, gaps of 1–3 years. */
const yearsArbitrary = (minimum: number, maximum: number) =>
  fc.array(fc.integer({ min: 1, max: 3 }), { minLength: minimum - 1, maxLength: maximum - 1 }).map((steps) => {
    const years = [2010];
    for (const step of steps) years.push(years[years.length - 1]! + step);
    return years;
  });

const positiveSeriesArbitrary = (minimum: number, maximum: number, top = 1e4) =>
  yearsArbitrary(minimum, maximum).chain((years) =>
    fc
      .array(fc.double({ min: 0.5, max: top, noNaN: true }), { minLength: years.length, maxLength: years.length })
      .map((values) => makeSeries(years, values, { bounds: { lower: null, upper: null } })),
  );

function allValues(forecast: Forecast): number[] {
  return [forecast.point, ...forecast.intervals.flatMap((interval) => [interval.lower, interval.upper])].flat();
}

const innovations = createSeededRandom(7).fillStandardNormal(new Float64Array(200 * HORIZON));

describe('scaling a series scales level forecasts', () => {
  const scalable = MODEL_FAMILIES;
  it.each(scalable.map((family) => ({ id: family.id, family })))('$id', ({ family }) => {
    fc.assert(
      fc.property(positiveSeriesArbitrary(family.minimumObservations, 7, 90), fc.double({ min: 0.01, max: 100, noNaN: true }), (series, factor) => {
        // Ceiling families: the ceiling scales with the series.
        const ceiling = 100;
        const original = family.fit(series, settingsFor(family, ceiling), context);
        const scaledSeries = { ...series, values: series.values.map((value) => value * factor) };
        const scaled = family.fit(scaledSeries, settingsFor(family, ceiling * factor), context);
        expect(scaled.ok).toBe(original.ok);
        if (!original.ok || !scaled.ok) return;
        const expected = allValues(family.forecast(original.model, HORIZON, LEVELS)).map((value) => value * factor);
        const actual = allValues(family.forecast(scaled.model, HORIZON, LEVELS));
        actual.forEach((value, index) => {
          const target = expected[index]!;
          expect(Math.abs(value - target)).toBeLessThanOrEqual(1e-9 * Math.max(Math.abs(target), 1e-12));
        });
      }),
      { seed: SEED, numRuns: 200 },
    );
  });
});

describe('growth families fed positive data never go negative (no bounds to clamp them)', () => {
  const growthFamilies = ['compound-growth', 'mean-growth', 'exponential-trend', 'damped-trend', 'pooled-growth'].map(getFamily);
  it.each(growthFamilies.map((family) => ({ id: family.id, family })))('$id', ({ family }) => {
    fc.assert(
      fc.property(positiveSeriesArbitrary(family.minimumObservations, 7), (series) => {
        const outcome = family.fit(series, family.settingsSchema.parse(undefined), context);
        if (!outcome.ok) return;
        const forecast = family.forecast(outcome.model, HORIZON, LEVELS);
        expect(Math.min(...allValues(forecast))).toBeGreaterThanOrEqual(0);
        expect(Math.min(...family.simulate(outcome.model, innovations, 200, HORIZON))).toBeGreaterThanOrEqual(0);
      }),
      { seed: SEED, numRuns: 200 },
    );
  });
});

describe('logistic and Gompertz never exceed their ceiling', () => {
  const ceilingFamilies = ['logistic-growth', 'gompertz-growth'].map(getFamily);
  const cases = ceilingFamilies.flatMap((family) => [
    { name: `${family.id}, fixed ceiling 10`, family, ceiling: 10 as unknown, top: 10 },
    { name: `${family.id}, ceiling range [8, 12]`, family, ceiling: { low: 8, high: 12 } as unknown, top: 12 },
  ]);
  it.each(cases)('$name', ({ family, ceiling, top }) => {
    fc.assert(
      fc.property(positiveSeriesArbitrary(3, 7, 7.9), (series) => {
        const outcome = family.fit(series, settingsFor(family, ceiling), context);
        if (!outcome.ok) return;
        expect(Math.max(...allValues(family.forecast(outcome.model, HORIZON, LEVELS)))).toBeLessThanOrEqual(top);
        expect(Math.max(...family.simulate(outcome.model, innovations, 200, HORIZON))).toBeLessThanOrEqual(top);
      }),
      { seed: SEED, numRuns: 100 },
    );
  });
});

describe('adding a point never makes a fit throw', () => {
  // Mostly plausible positive values (so fits get far), plus anything finite and edge cases.
  const anyValue = fc.oneof(
    { arbitrary: fc.double({ min: 0.1, max: 1e4, noNaN: true }), weight: 4 },
    { arbitrary: fc.double({ min: -1e6, max: 1e6, noNaN: true }), weight: 1 },
    { arbitrary: fc.constantFrom(0, 1, 100, 1e-9, 5e-324, 1e300), weight: 1 },
  );
  it.each(MODEL_FAMILIES.map((family) => ({ id: family.id, family })))('$id', ({ family }: { family: AnyModelFamily }) => {
    fc.assert(
      fc.property(
        yearsArbitrary(1, 7).chain((years) => fc.array(anyValue, { minLength: years.length, maxLength: years.length }).map((values) => ({ years, values }))),
        fc.integer({ min: 1, max: 4 }),
        anyValue,
        fc.constantFrom(...(['flow', 'ratio', 'share', 'count', 'stock'] as const)),
        ({ years, values }, step, added, kind) => {
          const series: ObservedSeries = makeSeries(years, values, { indicatorKind: kind, bounds: { lower: 0, upper: kind === 'share' ? 100 : null } });
          const longer = { ...series, years: [...years, years[years.length - 1]! + step], values: [...values, added] };
          for (const candidate of [series, longer]) {
            const outcome = family.fit(candidate, settingsFor(family), contextFor(kind));
            if (outcome.ok) {
              expect(() => family.forecast(outcome.model, 3, LEVELS)).not.toThrow();
            } else {
              expect(outcome.reason).toBeTruthy();
            }
          }
        },
      ),
      { seed: SEED, numRuns: 200 },
    );
  });
});

/**
 * Brent's method (src/core/statistics/bracketed-root.ts) against roots known in closed form or to full
 * precision, against bisection on monotone functions with jumps, and for its number of evaluations.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bracketedRoot } from '../../../src/core/statistics/bracketed-root.js';
import { normalCumulative } from '../../../src/core/statistics/normal-cumulative.js';

/** f with a count of its evaluations. */
function counted(f: (x: number) => number): { f: (x: number, data: null) => number; calls: () => number } {
  let calls = 0;
  return { f: (x) => { calls += 1; return f(x); }, calls: () => calls };
}

/** Bisection to the same tolerance: the reference for functions without a closed-form root. */
function bisection(f: (x: number) => number, low: number, high: number, tolerance: number): number {
  while (high - low > tolerance) {
    const middle = 0.5 * (low + high);
    if (f(middle) < 0) low = middle;
    else high = middle;
  }
  return 0.5 * (low + high);
}

describe('bracketedRoot', () => {
  it('finds Brent\'s own example, x³ − 2x − 5 = 0, to the tolerance asked, in a handful of evaluations', () => {
    const cubic = counted((x) => x ** 3 - 2 * x - 5);
    const root = bracketedRoot(cubic.f, null, 2, 3, 1e-12);
    expect(Math.abs(root - 2.0945514815423265)).toBeLessThan(1e-12);
    // bisection needs log2(1 / 1e-12) ≈ 40 evaluations
    expect(cubic.calls()).toBeLessThanOrEqual(12);
  });

  it('finds cos x = x and √2, from either end of the bracket', () => {
    expect(Math.abs(bracketedRoot((x) => Math.cos(x) - x, null, 0, 1, 1e-14) - 0.7390851332151607)).toBeLessThan(1e-14);
    expect(Math.abs(bracketedRoot((x) => Math.cos(x) - x, null, 1, 0, 1e-14) - 0.7390851332151607)).toBeLessThan(1e-14);
    expect(Math.abs(bracketedRoot((x) => x * x - 2, null, 0, 2, 1e-15) - Math.SQRT2)).toBeLessThan(1e-15);
  });

  it('counts a zero as positive: the first point where an increasing f reaches 0', () => {
    expect(bracketedRoot((x) => x - 1, null, 1, 5, 1e-12)).toBe(1);
    expect(Math.abs(bracketedRoot((x) => x - 5, null, 1, 5, 1e-12) - 5)).toBeLessThan(1e-11);
    // 0 on all of [−1, 1]: the left end, as bisection gives
    const flat = (x: number): number => (x < -1 ? x + 1 : x > 1 ? x - 1 : 0);
    expect(Math.abs(bracketedRoot(flat, null, -7, 3, 1e-12) + 1)).toBeLessThan(1e-11);
    expect(Math.abs(bracketedRoot(flat, null, -7, 3, 1e-12) - bisection(flat, -7, 3, 1e-13))).toBeLessThan(1e-11);
  });

  it('returns the end nearer a sign change when both ends have one sign (rounding at a bracket)', () => {
    expect(bracketedRoot((x) => x + 1e-17, null, 0, 5, 1e-12)).toBe(0);
    expect(bracketedRoot((x) => x - 5 - 1e-15, null, 0, 5, 1e-12)).toBe(5);
  });

  it('agrees with bisection on mixtures of normal distribution functions, steps included', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ mean: fc.double({ min: -50, max: 50, noNaN: true }), sd: fc.double({ min: 0.01, max: 20, noNaN: true }) }), { minLength: 1, maxLength: 6 }),
        // at ¼, ½, ¾ components far apart leave the function flat at 0 between them
        fc.oneof(fc.constantFrom(0.25, 0.5, 0.75), fc.double({ min: 0.01, max: 0.99, noNaN: true })),
        fc.option(fc.double({ min: -40, max: 40, noNaN: true })),
        (components, probability, step) => {
          // a mixture's distribution function, with a point mass of weight ¼ at `step` when there is one
          const cumulative = (x: number): number => {
            const smooth = components.reduce((sum, { mean, sd }) => sum + normalCumulative((x - mean) / sd), 0) / components.length;
            return step === null ? smooth : 0.75 * smooth + (x >= step ? 0.25 : 0);
          };
          const f = (x: number): number => cumulative(x) - probability;
          const tolerance = 1e-10;
          const expected = bisection(f, -200, 200, tolerance / 4);
          const root = bracketedRoot(f, null, -200, 200, tolerance);
          expect(Math.abs(root - expected)).toBeLessThanOrEqual(tolerance + 1e-12);
        },
      ),
      { numRuns: 300, seed: 20261130 },
    );
  });
});

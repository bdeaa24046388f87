/**
 * ψ and ψ′ against R 4.2's digamma() and trigamma() (options(digits = 17)), and the weighted quantile
 * against R's quantile(type = 1) — with whole-number weights equal to repeating a value.
 */
import { describe, expect, it } from 'vitest';
import { digamma } from '../../../src/core/statistics/digamma.js';
import { trigamma } from '../../../src/core/statistics/trigamma.js';
import { weightedQuantileSorted } from '../../../src/core/statistics/weighted-quantile.js';

describe('digamma and trigamma', () => {
  it.each([
    [0.5, -1.9635100260214231, 4.934802200544679],
    [2, 0.42278433509846747, 0.6449340668482264],
    [3.7, 1.1671535393615113, 0.31003785767003833],
    [12.5, 2.4851956512749123, 0.08328522460157835],
  ])('at %f match R', (x, psi, psiPrime) => {
    expect(digamma(x)).toBeCloseTo(psi, 12);
    expect(trigamma(x)).toBeCloseTo(psiPrime, 12);
  });

  it('rejects arguments that are not positive', () => {
    expect(() => digamma(0)).toThrow(RangeError);
    expect(() => trigamma(-1)).toThrow(RangeError);
  });
});

describe('weightedQuantileSorted', () => {
  const values = [3.1, -2, 0.5, 7, 1.25, 4];
  const order = [1, 2, 4, 0, 5, 3];

  it('with equal weights is R quantile(type = 1)', () => {
    const equal = values.map(() => 1);
    expect([0.1, 0.25, 0.5, 0.9, 1].map((p) => weightedQuantileSorted(values, equal, order, p))).toEqual([-2, 0.5, 1.25, 7, 7]);
  });

  it('weights a value like repeating it (R on the repeated sample)', () => {
    const weights = [2, 1, 3, 1, 1, 2];
    expect([0.1, 0.25, 0.5, 0.9].map((p) => weightedQuantileSorted(values, weights, order, p))).toEqual([-2, 0.5, 1.25, 4]);
  });

  it('rejects an empty sample and a probability outside [0, 1]', () => {
    expect(() => weightedQuantileSorted([], [], [], 0.5)).toThrow(RangeError);
    expect(() => weightedQuantileSorted(values, values, order, 1.5)).toThrow(RangeError);
  });
});

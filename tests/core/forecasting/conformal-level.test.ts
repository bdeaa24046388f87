/**
 * The finite-sample conformal level of the calibration's quantile table, checked against order-statistic
 * theory: for n exchangeable scores and a new one, P(X₍ᵢ₎ ≤ Y ≤ X₍ⱼ₎) = (j − i)/(n + 1). With n = 20 and
 * R's type-1 quantile, the uncorrected 10 % and 90 % quantiles are X₍₂₎ and X₍₁₈₎ (coverage 16/21 ≈ 0.762,
 * below the stated 80 %); at the conformal level they are X₍₂₎ and X₍₁₉₎ (17/21 ≈ 0.810 ≥ 80 %).
 */
import { describe, expect, it } from 'vitest';
import { buildCalibrationExamples } from '../../../src/core/forecasting/calibration-examples.js';
import { conformalLevel, effectiveSeriesCount } from '../../../src/core/forecasting/learn-calibration.js';
import { createSeededRandom } from '../../../src/core/statistics/seeded-random.js';
import { weightedQuantileSorted } from '../../../src/core/statistics/weighted-quantile.js';

describe('conformalLevel', () => {
  it('moves each bound of a central interval outward by half the added coverage, |2p − 1| / 2n', () => {
    expect(conformalLevel(0.9, 20)).toBeCloseTo(0.92, 12);
    expect(conformalLevel(0.1, 20)).toBeCloseTo(0.08, 12);
    expect(conformalLevel(0.975, 95)).toBeCloseTo(0.98, 12);
    expect(conformalLevel(0.5, 3)).toBe(0.5);
    expect(conformalLevel(0.995, 1)).toBe(1);
    expect(conformalLevel(0.005, 1)).toBe(0);
    expect(conformalLevel(0.9, 0)).toBe(0.9);
  });

  it('gives the order statistics whose coverage is at least the stated level (simulated against (j − i)/(n + 1))', () => {
    const n = 20;
    const trials = 20000;
    const random = createSeededRandom(2026);
    const normals = random.fillStandardNormal(new Float64Array(trials * (n + 1)));
    const weights = new Float64Array(n).fill(1);
    let plain = 0;
    let conformal = 0;
    for (let trial = 0; trial < trials; trial += 1) {
      const scores = normals.subarray(trial * (n + 1), trial * (n + 1) + n);
      const fresh = normals[trial * (n + 1) + n]!;
      const order = Array.from({ length: n }, (_, index) => index).sort((a, b) => scores[a]! - scores[b]!);
      const inside = (low: number, high: number) => (fresh >= weightedQuantileSorted(scores, weights, order, low) && fresh <= weightedQuantileSorted(scores, weights, order, high) ? 1 : 0);
      plain += inside(0.1, 0.9);
      conformal += inside(conformalLevel(0.1, n), conformalLevel(0.9, n));
    }
    // standard error of a share near 0.8 over 20,000 trials ≈ 0.003
    expect(plain / trials).toBeCloseTo(16 / 21, 1);
    expect(Math.abs(plain / trials - 16 / 21)).toBeLessThan(0.012);
    expect(Math.abs(conformal / trials - 17 / 21)).toBeLessThan(0.012);
    expect(conformal / trials).toBeGreaterThan(0.8 - 0.012);
  });
});

describe('effectiveSeriesCount', () => {
  const series = (id: string, values: number[]) => ({ id, referenceClass: 'c', indicatorKind: 'flow' as const, ceiling: null, years: values.map((_, index) => 2000 + index), values });

  it('counts series, not forecasts: many forecasts of one series are one unit', () => {
    const examples = buildCalibrationExamples([series('long', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10])]);
    const all = Array.from(examples.weight, (_, index) => index);
    expect(all.length).toBeGreaterThan(20);
    expect(effectiveSeriesCount(examples, all)).toBeCloseTo(1, 12);
  });

  it("is Kish's (Σw)² / Σw² over the series' total weights", () => {
    const examples = buildCalibrationExamples([series('a', [1, 2, 3]), series('b', [1, 2, 3]), series('c', [1, 2, 3])]);
    // one-point histories only: a series' examples at history length 1 weigh 1 in total
    const members = Array.from(examples.weight, (_, index) => index).filter((index) => examples.histories[examples.history[index]!]!.count === 1);
    expect(effectiveSeriesCount(examples, members)).toBeCloseTo(3, 12);
    // drop series c's two-year-ahead forecast (one of its three): totals 1, 1, ⅔ → (8/3)² / (22/9)
    const lighter = members.filter((index) => !(examples.historySeries[examples.history[index]!] === 2 && examples.horizon[index] === 2));
    const totals = [0, 0, 0];
    for (const index of lighter) totals[examples.historySeries[examples.history[index]!]!]! += examples.weight[index]!;
    const kish = totals.reduce((a, b) => a + b) ** 2 / totals.reduce((a, b) => a + b * b, 0);
    expect(totals[2]).toBeCloseTo(2 / 3, 12);
    expect(effectiveSeriesCount(examples, lighter)).toBeCloseTo(kish, 12);
    expect(kish).toBeCloseTo(64 / 22, 12);
  });
});

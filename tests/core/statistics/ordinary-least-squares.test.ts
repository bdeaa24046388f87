import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { aicc, gaussianLogLikelihood } from '../../../src/core/statistics/aicc.js';
import {
  ordinaryLeastSquares,
  ordinaryLeastSquaresMeanStandardError,
  ordinaryLeastSquaresPredictionStandardError,
  predictOrdinaryLeastSquares,
} from '../../../src/core/statistics/ordinary-least-squares.js';
import { studentTQuantile } from '../../../src/core/statistics/student-t-quantile.js';

const reference = JSON.parse(readFileSync(new URL('../../reference/reference-values.json', import.meta.url), 'utf8'));

describe.each([
  { name: 'airmiles 1949–1960 (R lm)', data: reference.linear },
  { name: 'a series with gaps in its years (R lm)', data: reference.gapped },
])('ordinaryLeastSquares: $name', ({ data }) => {
  const fit = ordinaryLeastSquares(data.years, data.values);

  it('matches the coefficients and their standard errors', () => {
    expect(fit.slope).toBeCloseTo(data.slope, 9);
    expect(fit.intercept / data.intercept).toBeCloseTo(1, 11);
    expect(fit.slopeStandardError! / data.slopeStandardError).toBeCloseTo(1, 11);
    expect(fit.interceptStandardError! / data.interceptStandardError).toBeCloseTo(1, 11);
    expect(fit.residualStandardError! / data.residualStandardError).toBeCloseTo(1, 11);
    expect(fit.degreesOfFreedom).toBe(data.degreesOfFreedom);
  });

  it('matches the fitted mean, its standard error and the t prediction intervals', () => {
    data.futureYears.forEach((year: number, index: number) => {
      expect(predictOrdinaryLeastSquares(fit, year) / data.point[index]).toBeCloseTo(1, 12);
      expect(ordinaryLeastSquaresMeanStandardError(fit, year)! / data.meanStandardError[index]).toBeCloseTo(1, 11);
      for (const interval of data.intervals) {
        const multiplier = studentTQuantile(0.5 + interval.level / 200, fit.degreesOfFreedom);
        const halfWidth = multiplier * ordinaryLeastSquaresPredictionStandardError(fit, year)!;
        expect((predictOrdinaryLeastSquares(fit, year) + halfWidth) / interval.upper[index]).toBeCloseTo(1, 11);
        expect((predictOrdinaryLeastSquares(fit, year) - halfWidth) / interval.lower[index]).toBeCloseTo(1, 11);
      }
    });
  });

  it('matches R AICc from logLik with k = 3', () => {
    const value = aicc(gaussianLogLikelihood(fit.residualSumOfSquares, fit.observationCount), 3, fit.observationCount)!;
    expect(value / data.aicc).toBeCloseTo(1, 11);
  });
});

describe('ordinaryLeastSquares edge cases', () => {
  it('leaves the spread undefined with two points', () => {
    const fit = ordinaryLeastSquares([2015, 2020], [10, 20]);
    expect(fit.slope).toBeCloseTo(2, 14);
    expect(fit.residualStandardError).toBeNull();
    expect(ordinaryLeastSquaresPredictionStandardError(fit, 2025)).toBeNull();
  });

  it('says what it requires', () => {
    expect(() => ordinaryLeastSquares([1], [1])).toThrow(/at least two data points/);
    expect(() => ordinaryLeastSquares([3, 3], [1, 2])).toThrow(/distinct x/);
    expect(() => ordinaryLeastSquares([1, 2], [1, Number.NaN])).toThrow(/finite/);
  });
});

describe('aicc', () => {
  it('applies the small-sample correction and is undefined below n = k + 2', () => {
    expect(aicc(-10, 3, 8)).toBe(32);
    expect(aicc(-10, 3, 4)).toBeNull();
    expect(aicc(-10, 3, 5)).toBe(20 + 6 + 24);
    expect(aicc(Infinity, 2, 10)).toBeNull();
  });
});

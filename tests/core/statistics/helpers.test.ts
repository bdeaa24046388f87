import { describe, expect, it } from 'vitest';
import { choleskyLower } from '../../../src/core/statistics/cholesky.js';
import { quantileSorted } from '../../../src/core/statistics/quantile.js';

describe('quantileSorted (R type 7)', () => {
  it('matches R quantile()', () => {
    expect(quantileSorted(Float64Array.of(1, 2, 3, 4), 0.5)).toBe(2.5);
    // R: quantile(1:10, c(0, 0.1, 0.9, 1)) = 1, 1.9, 9.1, 10
    const values = Float64Array.from({ length: 10 }, (_, index) => index + 1);
    expect(quantileSorted(values, 0)).toBe(1);
    expect(quantileSorted(values, 0.1)).toBeCloseTo(1.9, 14);
    expect(quantileSorted(values, 0.9)).toBeCloseTo(9.1, 14);
    expect(quantileSorted(values, 1)).toBe(10);
    expect(quantileSorted([7], 0.3)).toBe(7);
  });

  it('rejects empty samples and probabilities outside [0, 1]', () => {
    expect(() => quantileSorted([], 0.5)).toThrow(RangeError);
    expect(() => quantileSorted([1, 2], 1.5)).toThrow(RangeError);
  });
});

describe('choleskyLower', () => {
  it('factors a positive definite matrix', () => {
    const matrix = [
      [4, 2, 0.4],
      [2, 3, 0.5],
      [0.4, 0.5, 2],
    ];
    const lower = choleskyLower(matrix);
    for (let row = 0; row < 3; row += 1) {
      for (let column = 0; column < 3; column += 1) {
        let product = 0;
        for (let k = 0; k < 3; k += 1) product += lower[row * 3 + k]! * lower[column * 3 + k]!;
        expect(product).toBeCloseTo(matrix[row]![column]!, 13);
      }
    }
    expect(lower[1]).toBe(0);
  });

  it('gives a zero column, not NaN, for a semi-definite matrix', () => {
    const lower = choleskyLower([
      [1, 1],
      [1, 1],
    ]);
    expect(Array.from(lower)).toEqual([1, 0, 1, 0]);
  });
});

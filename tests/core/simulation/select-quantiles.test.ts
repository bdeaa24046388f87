import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortedQuantile } from '../../../src/core/simulation/path-quantiles.js';
import { selectInPlace, selectQuantiles } from '../../../src/core/simulation/select-quantiles.js';

describe('selectQuantiles', () => {
  it('equals the type-7 quantiles of the sorted array, for any data (ties, duplicates, tiny and large arrays)', () => {
    fc.assert(fc.property(
      fc.array(fc.oneof(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.constantFrom(0, 1, 1, 2)), { minLength: 1, maxLength: 3000 }),
      fc.uniqueArray(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 9 }),
      (data, probabilities) => {
        const sorted = Float64Array.from(data).sort();
        const ordered = [...probabilities].sort((a, b) => a - b);
        const expected = ordered.map((probability) => sortedQuantile(sorted, probability));
        expect(selectQuantiles(Float64Array.from(data), ordered)).toEqual(expected);
      },
    ), { seed: 23, numRuns: 300 });
  });

  it('selectInPlace partitions around the k-th element', () => {
    const values = Float64Array.from({ length: 5000 }, (_, index) => (index * 7919) % 5003);
    const k = 1234;
    const kth = selectInPlace(values, k);
    expect(kth).toBe(Float64Array.from(values).sort()[k]);
    for (let index = 0; index < k; index++) expect(values[index]!).toBeLessThanOrEqual(kth);
    for (let index = k + 1; index < values.length; index++) expect(values[index]!).toBeGreaterThanOrEqual(kth);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortedQuantile } from '../../../src/core/simulation/path-quantiles.js';
import { selectInPlace, selectQuantiles, stridedQuantilesInto } from '../../../src/core/simulation/select-quantiles.js';

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

describe('stridedQuantilesInto', () => {
  it('equals the type-7 quantiles of the sorted column, read in place from row-major paths, without changing them', () => {
    fc.assert(fc.property(
      fc.integer({ min: 1, max: 6 }),
      fc.array(fc.oneof(fc.double({ min: -1e3, max: 1e6, noNaN: true }), fc.constantFrom(0, 1, 1, 2, Infinity, -Infinity)), { minLength: 6, maxLength: 12_000 }),
      fc.uniqueArray(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 9 }),
      (horizon, data, probabilities) => {
        const pathCount = Math.floor(data.length / horizon);
        const paths = Float64Array.from(data.slice(0, pathCount * horizon));
        const before = Float64Array.from(paths);
        const step = pathCount % horizon;
        const column = Float64Array.from({ length: pathCount }, (_, path) => paths[path * horizon + step]!).sort();
        const target = stridedQuantilesInto(paths, step, horizon, pathCount, probabilities, new Float64Array(probabilities.length + 2), 2);
        expect([...target.subarray(2)]).toEqual(probabilities.map((probability) => sortedQuantile(column, probability)));
        expect(paths).toEqual(before);
      },
    ), { seed: 29, numRuns: 200 });
  });

  it('is exact on 10,000 log-normal paths with a long right tail (the buckets fill unevenly)', () => {
    const paths = Float64Array.from({ length: 10_000 }, (_, index) => Math.exp(4 * Math.sin(index * 12.9898) * Math.cos(index * 78.233)) * (index % 997 === 0 ? 1e9 : 1));
    const sorted = Float64Array.from(paths).sort();
    const probabilities = [0.025, 0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95, 0.975];
    expect([...stridedQuantilesInto(paths, 0, 1, paths.length, probabilities, new Float64Array(9))]).toEqual(probabilities.map((probability) => sortedQuantile(sorted, probability)));
  });

  it('is exact on large columns of whole-number counts with ties and a tail, every probability from 0 to 1', () => {
    fc.assert(fc.property(
      fc.integer({ min: 1024, max: 12_000 }),
      fc.integer({ min: 1, max: 40 }),
      fc.double({ min: 0.1, max: 3, noNaN: true }),
      fc.integer({ min: 0, max: 2 ** 31 - 1 }),
      (count, typical, tail, salt) => {
        // a stock's paths made whole: most near `typical`, a log-normal tail, some far outliers
        const column = Float64Array.from({ length: count }, (_, index) => {
          const noise = Math.sin((index + 1) * 12.9898 + salt) * 43758.5453;
          const u = noise - Math.floor(noise);
          return Math.round(typical * Math.exp(tail * (u - 0.5) * 4)) * (index % 1013 === 7 ? 1e6 : 1);
        });
        const probabilities = [0, 0.005, 0.025, 0.1, 0.25, 0.5, 0.75, 0.9, 0.975, 0.995, 1];
        const sorted = Float64Array.from(column).sort();
        expect([...stridedQuantilesInto(column, 0, 1, count, probabilities, new Float64Array(probabilities.length))]).toEqual(probabilities.map((probability) => sortedQuantile(sorted, probability)));
      },
    ), { seed: 31, numRuns: 60 });
  });

  it('gives the quantiles of an empty column as NaN', () => {
    expect(Number.isNaN(stridedQuantilesInto(new Float64Array(0), 0, 1, 0, [0.5], new Float64Array(1))[0])).toBe(true);
  });
});

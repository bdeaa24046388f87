/**
 * Cross-fitting: balanced, deterministic folds, and a case forecast under a calibration learned without
 * its region — none of the region's indicators or origins.
 */
import { describe, expect, it } from 'vitest';
import { assignFolds, crossFittedCalibrations, fnv1a } from '../../../src/core/evaluation/cross-fitting.js';
import { buildEvaluationCases } from '../../../src/core/evaluation/evaluation-cases.js';
import { PROVINCES_CORPUS, PROVINCES_PROTOCOL, readBenchmarkCorpora } from '../../../src/io/build-forecast-calibration.js';

describe('fold assignment', () => {
  it('is FNV-1a (32-bit) as published: "" → 0x811c9dc5, "a" → 0xe40c292c, "foobar" → 0xbf9cf968', () => {
    expect(fnv1a('')).toBe(0x811c9dc5);
    expect(fnv1a('a')).toBe(0xe40c292c);
    expect(fnv1a('foobar')).toBe(0xbf9cf968);
  });

  it('deals the keys round-robin: fold sizes differ by at most one, the same keys give the same folds', () => {
    const keys = Array.from({ length: 23 }, (_, index) => `region-${index}`);
    const folds = assignFolds(keys, 5);
    const sizes = [0, 1, 2, 3, 4].map((fold) => [...folds.values()].filter((value) => value === fold).length);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    expect(assignFolds([...keys].reverse(), 5)).toEqual(folds);
    expect(() => assignFolds(keys, 1)).toThrow(RangeError);
  });
});

describe('cross-fitted calibrations on provinces-dev', async () => {
  const corpora = await readBenchmarkCorpora();
  const calibrationFor = crossFittedCalibrations(corpora.provinces, 5, (series) => series.region, PROVINCES_CORPUS);
  const cases = buildEvaluationCases(corpora.provinces, PROVINCES_PROTOCOL).cases;
  const folds = assignFolds(corpora.provinces.map((series) => series.region), 5);

  it('learn each case’s classes only from the regions of the other folds', () => {
    const regions = [...folds.keys()];
    for (const entry of [cases[0]!, cases[cases.length - 1]!]) {
      const fold = folds.get(entry.series.region)!;
      const calibration = calibrationFor(entry);
      const others = regions.filter((region) => folds.get(region) !== fold).length;
      for (const referenceClass of Object.values(calibration.corpora[0]!.classes)) expect(referenceClass.series).toBe(others);
      expect(calibration.corpora[0]!.id).toBe(`provinces-dev-fold-${fold + 1}-of-5`);
    }
  });

  it('learn once per fold', () => {
    const sameFold = cases.filter((entry) => folds.get(entry.series.region) === folds.get(cases[0]!.series.region));
    expect(calibrationFor(sameFold[0]!)).toBe(calibrationFor(sameFold[sameFold.length - 1]!));
  });
});

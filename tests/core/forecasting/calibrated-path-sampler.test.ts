/**
 * The paths' fast sampler must be the predictive distribution's own reading, value for value: for every
 * draw, fromForecastScale(centre + spread · z(row, s)) with z = standardizedQuantileAtScore at the walk's
 * normal score, then the kind rules (applyKindRulesAbove) — the same bits, checked over the shipped
 * calibration's rows, a ceiling and none, stocks with a floor and counts made whole, and scores at the
 * stored ones, the ±5 limits and every bin edge of the segment table.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calibratedPath, fromForecastScale, pathCentreAndSpread, type CalibratedPath } from '../../../src/core/forecasting/calibrated-path.js';
import { samplePaths } from '../../../src/core/forecasting/calibrated-path-sampler.js';
import { applyKindRulesAbove, kindRulesFor, stockFloor, type KindRules } from '../../../src/core/forecasting/kind-rules.js';
import { CALIBRATION_NORMAL_SCORES, limitedScore, rowForHorizon, segmentAtScore, segmentFinder, standardizedQuantileAtScore } from '../../../src/core/forecasting/standardized-quantiles.js';
import { shippedCalibration } from '../models/fixtures.js';

const SEED = 20261130;

/** The reading the sampler replaces, written from the distribution's own functions. */
function referencePaths(path: CalibratedPath, lastValue: number, rules: KindRules, innovations: Float64Array, paths: number, horizon: number): Float64Array {
  const output = new Float64Array(paths * horizon);
  for (let draw = 0; draw < paths; draw += 1) {
    let walk = 0;
    for (let year = 0; year < horizon; year += 1) {
      walk += innovations[draw * horizon + year]!;
      const { centre, spread } = pathCentreAndSpread(path, year + 1);
      const z = standardizedQuantileAtScore(rowForHorizon(path.quantileRows, year + 1), walk / Math.sqrt(year + 1));
      output[draw * horizon + year] = applyKindRulesAbove(fromForecastScale(centre + spread * z, path.ceiling), stockFloor(lastValue, year + 1, rules), rules);
    }
  }
  return output;
}

describe('segmentFinder', () => {
  it('gives segmentAtScore’s segment at the stored scores, the limits and every bin edge', () => {
    const find = segmentFinder();
    const edges = Array.from({ length: 2049 }, (_, bin) => -5 + (10 * bin) / 2048);
    const probes = [...CALIBRATION_NORMAL_SCORES, -5, 5, 0, ...edges, ...edges.map((edge) => edge + 1e-12), ...edges.map((edge) => edge - 1e-12)].map(limitedScore);
    for (const score of probes) expect(find(score), `score ${score}`).toBe(segmentAtScore(score));
  });

  it('agrees with segmentAtScore on random scores', () => {
    const find = segmentFinder();
    fc.assert(fc.property(fc.double({ min: -6, max: 6, noNaN: true }), (score) => find(limitedScore(score)) === segmentAtScore(limitedScore(score))), { seed: SEED, numRuns: 5000 });
  });
});

describe('samplePaths', () => {
  const corpus = shippedCalibration.corpora.find((entry) => entry.id === 'provinces-dev')!;
  const referenceClass = Object.values(corpus.classes)[0]!;
  const cases: [string, number[], number | null, KindRules][] = [
    ['a flow on the log scale', [50, 55, 61, 60, 70, 74], null, kindRulesFor('flow', '亿元', { lower: 0, upper: null }, null)],
    ['a stock of enterprises (floor, whole numbers)', [281, 300, 340, 361], null, kindRulesFor('stock', '家', { lower: 0, upper: null }, null)],
    ['a percentage below its ceiling', [2.1, 2.4, 2.6], 100, kindRulesFor('ratio', '%', { lower: 0, upper: 100 }, null)],
    ['one point only', [12], null, kindRulesFor('count', '个', { lower: 0, upper: null }, null)],
  ];

  it.each(cases)('reads the distribution value for value: %s', (_, values, ceiling, rules) => {
    const years = values.map((__, index) => 2015 + index);
    const outcome = calibratedPath(years, values, ceiling, corpus, referenceClass);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    fc.assert(
      fc.property(fc.array(fc.double({ min: -4, max: 4, noNaN: true }), { minLength: 3 * 9, maxLength: 3 * 9 }), (draws) => {
        const innovations = Float64Array.from(draws);
        const fast = samplePaths(outcome.path, values.at(-1)!, rules, innovations, 3, 9);
        const reference = referencePaths(outcome.path, values.at(-1)!, rules, innovations, 3, 9);
        return fast.every((value, index) => Object.is(value, reference[index]));
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});

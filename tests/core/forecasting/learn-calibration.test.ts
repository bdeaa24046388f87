/**
 * Learning a calibration from series whose law is known: log random walks with drift μᵢ ~ N(0.08, 0.02²)
 * and yearly noise σ = 0.05. The learned class must recover that law, and forecasts of fresh series from
 * the same law must cover 80 % and 95 % of outcomes — calibrated by construction, checked on series the
 * learning never saw.
 */
import { describe, expect, it } from 'vitest';
import type { ReferenceSeries } from '../../../src/core/forecasting/calibration-examples.js';
import { pathQuantile, calibratedPath } from '../../../src/core/forecasting/calibrated-path.js';
import { learnCorpusCalibration } from '../../../src/core/forecasting/learn-calibration.js';
import { createSeededRandom } from '../../../src/core/statistics/seeded-random.js';

function randomWalks(count: number, length: number, seed: number): ReferenceSeries[] {
  const normals = createSeededRandom(seed).fillStandardNormal(new Float64Array(count * (length + 1)));
  return Array.from({ length: count }, (_, index) => {
    const drift = 0.08 + 0.02 * normals[index * (length + 1)]!;
    let level = Math.log(100);
    const values = Array.from({ length }, (_, year) => {
      if (year > 0) level += drift + 0.05 * normals[index * (length + 1) + year]!;
      return Math.exp(level);
    });
    return { id: `walk-${index}`, referenceClass: 'walks', indicatorKind: 'flow', ceiling: null, years: values.map((_, year) => 2000 + year), values };
  });
}

describe('learnCorpusCalibration on known random walks', () => {
  const corpus = learnCorpusCalibration(randomWalks(150, 14, 7), { id: 'walks', description: { zh: '随机游走', en: 'random walks' } });
  const learned = corpus.classes.walks!;

  it('recovers the volatility, the mean growth and its spread across series', () => {
    expect(Math.exp(learned.logVolatility / 2)).toBeGreaterThan(0.045);
    expect(Math.exp(learned.logVolatility / 2)).toBeLessThan(0.055);
    expect(learned.meanLogGrowth).toBeGreaterThan(0.07);
    expect(learned.meanLogGrowth).toBeLessThan(0.09);
    expect(learned.betweenSeriesVariance).toBeGreaterThan(0.0001);
    expect(learned.betweenSeriesVariance).toBeLessThan(0.0012);
    // the walks' growth does not fade
    expect(learned.damping).toBeGreaterThanOrEqual(0.95);
  });

  it('stores monotone quantile rows for every history length 1–6 and horizon 1–6', () => {
    for (const count of ['1', '2', '3', '4', '5', '6']) {
      expect(corpus.quantiles[count]).toHaveLength(6);
      for (const row of corpus.quantiles[count]!) for (let index = 1; index < row.length; index += 1) expect(row[index]!).toBeGreaterThanOrEqual(row[index - 1]!);
    }
    // histories of 4–6 points are one cell per horizon (the lengths differ mostly in the years they come from)
    expect(corpus.quantiles['4']).toEqual(corpus.quantiles['6']);
    expect(corpus.quantiles['5']).toEqual(corpus.quantiles['6']);
    expect(corpus.quantiles['3']).not.toEqual(corpus.quantiles['6']);
  });

  it('covers 80 % and 95 % of what fresh walks do, from histories of 2 and 6 points', () => {
    const fresh = randomWalks(400, 12, 99);
    for (const count of [2, 6]) {
      let inside80 = 0;
      let inside95 = 0;
      let total = 0;
      for (const walk of fresh) {
        const outcome = calibratedPath(walk.years.slice(6 - count, 6), walk.values.slice(6 - count, 6), null, corpus, learned);
        if (!outcome.ok) throw new Error(outcome.reason);
        for (let h = 1; h <= 6; h += 1) {
          const actual = walk.values[5 + h]!;
          inside80 += Number(pathQuantile(outcome.path, h, 0.1) <= actual && actual <= pathQuantile(outcome.path, h, 0.9));
          inside95 += Number(pathQuantile(outcome.path, h, 0.025) <= actual && actual <= pathQuantile(outcome.path, h, 0.975));
          total += 1;
        }
      }
      expect(Math.abs(inside80 / total - 0.8)).toBeLessThan(0.03);
      expect(Math.abs(inside95 / total - 0.95)).toBeLessThan(0.02);
    }
  });

  it('pools a class with too few series into the general class', () => {
    const mixed = [...randomWalks(20, 10, 3), ...randomWalks(2, 10, 4).map((walk) => ({ ...walk, id: `lonely-${walk.id}`, referenceClass: 'lonely' }))];
    const calibration = learnCorpusCalibration(mixed, { id: 'mixed', description: { zh: '混合', en: 'mixed' } });
    expect(Object.keys(calibration.classes).sort()).toEqual(['general', 'walks']);
  });
});

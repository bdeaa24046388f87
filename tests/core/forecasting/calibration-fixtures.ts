/**
 * A hand-made calibration for unit tests: every row of standardized-error quantiles is the standard
 * normal's, so the calibrated forecast reduces to a log-normal with the model card's centre and spread,
 * which the tests compute from the formulas by hand.
 */
import { CALIBRATION_PROBABILITIES, type CorpusCalibration, type ForecastCalibration, type ReferenceClass } from '../../../src/core/forecasting/forecast-calibration.js';
import { normalQuantile } from '../../../src/core/statistics/normal-quantile.js';

export const normalRow = CALIBRATION_PROBABILITIES.map((probability) => normalQuantile(probability));

export const testClass: ReferenceClass = {
  meanLogGrowth: 0.05,
  betweenSeriesVariance: 0.01,
  logVolatility: Math.log(0.0025),
  volatilityDispersion: 1,
  excessGrowthLimit: 0.2,
  damping: 0.9,
  indicatorKind: 'flow',
  series: 40,
  histories: 200,
};

export const testCorpus: CorpusCalibration = {
  id: 'test-corpus',
  description: { zh: '测试', en: 'test corpus' },
  volatilityWeight: 0.5,
  horizonExponent: 0.5,
  quantiles: Object.fromEntries([1, 2, 3, 4, 5, 6].map((count) => [String(count), [1, 2, 3, 4, 5, 6].map(() => [...normalRow])])),
  classes: { general: { ...testClass, damping: 1 }, test_flow: testClass, test_stock: { ...testClass, indicatorKind: 'stock' } },
};

export const testCalibration: ForecastCalibration = {
  format: 'plancast-forecast-calibration/1',
  method: 'calibrated-growth/1',
  provenance: { script: 'tests', inputs: [], notes: [] },
  probabilities: [...CALIBRATION_PROBABILITIES],
  corpora: [testCorpus],
  general: 'test-corpus/general',
  checks: [],
};

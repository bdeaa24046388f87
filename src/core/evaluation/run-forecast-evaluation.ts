/**
 * One entry point for `plancast evaluate` and the benchmarks: cases by the protocol, then plancast's
 * calibrated forecast (under a given calibration, or cross-fitted on the series themselves, K folds by
 * region) against the naive and the planners' CAGR forecasts.
 */
import type { ForecastCalibration } from '../forecasting/forecast-calibration.js';
import { crossFittedCalibrations } from './cross-fitting.js';
import { evaluateForecasters, type Evaluation } from './evaluate-forecasts.js';
import { buildEvaluationCases, type EvaluationProtocol, type EvaluationSeries } from './evaluation-cases.js';
import { calibratedForecaster, compoundGrowthForecaster, naiveForecaster } from './forecasters.js';

export interface EvaluationOptions {
  levels: readonly number[];
  /** forecast under this calibration … */
  calibration?: ForecastCalibration;
  /** … or learn it from the series, in this many folds by region */
  crossFitFolds?: number;
}

export interface ForecastEvaluation {
  protocol: EvaluationProtocol;
  /** how plancast's parameters were obtained, in words */
  calibration: string;
  evaluation: Evaluation;
}

export function runForecastEvaluation(series: readonly EvaluationSeries[], protocol: EvaluationProtocol, options: EvaluationOptions): ForecastEvaluation {
  const caseSet = buildEvaluationCases(series, protocol);
  let calibrationFor: Parameters<typeof calibratedForecaster>[0];
  let calibration: string;
  if (options.crossFitFolds !== undefined) {
    calibrationFor = crossFittedCalibrations(series, options.crossFitFolds, (one) => one.region, { id: 'cross-fitted', description: { zh: '由数据文件交叉拟合', en: 'cross-fitted on the data file' } });
    calibration = `a calibration cross-fitted on the file (${options.crossFitFolds} folds by region)`;
  } else if (options.calibration !== undefined) {
    const shipped = options.calibration;
    calibrationFor = () => shipped;
    calibration = `the shipped calibration (${shipped.corpora.map((corpus) => corpus.id).join(', ')})`;
  } else throw new RangeError('runForecastEvaluation needs a calibration or a number of cross-fitting folds');
  const evaluation = evaluateForecasters(caseSet, [naiveForecaster, compoundGrowthForecaster, calibratedForecaster(calibrationFor, options.levels)]);
  return { protocol, calibration, evaluation };
}

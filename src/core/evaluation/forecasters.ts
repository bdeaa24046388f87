/**
 * The forecasters an evaluation compares, each a function from a case's history to forecasts for the
 * scored horizons: the naive forecast (the last value), the planners' compound growth (first to last
 * point, as plan documents compute it), and plancast's calibrated forecast under a given calibration.
 * A forecaster that cannot forecast a case returns the reason instead.
 */
import { resolveReferenceClass } from '../forecasting/reference-class.js';
import type { ForecastCalibration } from '../forecasting/forecast-calibration.js';
import { calibratedGrowthFamily } from '../models/calibrated-growth.js';
import type { ForecastValue } from './accuracy-measures.js';
import type { EvaluationCase } from './evaluation-cases.js';

export interface Forecaster {
  id: string;
  label: string;
  /** forecasts for horizons 1 … `horizon`, or why there are none */
  forecast(evaluationCase: EvaluationCase, horizon: number): ForecastValue[] | string;
}

export const naiveForecaster: Forecaster = {
  id: 'naive',
  label: 'naive (last value)',
  forecast: (evaluationCase, horizon) => Array.from({ length: horizon }, () => ({ median: evaluationCase.historyValues[evaluationCase.historyValues.length - 1]!, intervals: [] })),
};

export const compoundGrowthForecaster: Forecaster = {
  id: 'cagr',
  label: "planners' CAGR (first to last point)",
  forecast(evaluationCase, horizon) {
    const { historyYears: years, historyValues: values } = evaluationCase;
    const last = values[values.length - 1]!;
    if (values.length < 2) return 'a growth rate needs two points';
    const yearly = (last / values[0]!) ** (1 / (years[years.length - 1]! - years[0]!));
    return Array.from({ length: horizon }, (_, index) => ({ median: last * yearly ** (index + 1), intervals: [] }));
  },
};

/** plancast's calibrated growth forecast, with the calibration each case is to be forecast under. */
export function calibratedForecaster(calibrationFor: (evaluationCase: EvaluationCase) => ForecastCalibration, levels: readonly number[], label = 'plancast (calibrated growth)'): Forecaster {
  return {
    id: 'plancast',
    label,
    forecast(evaluationCase, horizon) {
      const { series } = evaluationCase;
      const calibration = calibrationFor(evaluationCase);
      const resolved = resolveReferenceClass(calibration, { id: series.indicator, ...(series.forecastGroup !== undefined ? { forecastGroup: series.forecastGroup } : {}) });
      const observed = { region: series.region, indicator: series.indicator, unit: series.unit, indicatorKind: series.indicatorKind, bounds: series.bounds, years: evaluationCase.historyYears, values: evaluationCase.historyValues };
      const outcome = calibratedGrowthFamily.fit(observed, {}, { calibration: resolved });
      if (!outcome.ok) return outcome.reason;
      const forecast = calibratedGrowthFamily.forecast(outcome.model, horizon, levels);
      return forecast.point.map((median, index) => ({ median, intervals: forecast.intervals.map((interval) => ({ level: interval.level, lower: interval.lower[index]!, upper: interval.upper[index]! })) }));
    },
  };
}

/**
 * A rolling-origin evaluation: every forecaster forecasts every case, and each is scored on the same
 * values — overall and by horizon (../shared/benchmarks/README.md). A case that some forecaster cannot
 * forecast is left out for all of them, and the reason is counted, so the methods compare like with like.
 */
import { historyScale, summariseAccuracy, type AccuracySummary, type ScoredForecast } from './accuracy-measures.js';
import type { CaseSet } from './evaluation-cases.js';
import type { Forecaster } from './forecasters.js';

export interface MethodEvaluation {
  id: string;
  label: string;
  overall: AccuracySummary;
  byHorizon: { horizon: number; accuracy: AccuracySummary }[];
}

export interface Evaluation {
  cases: number;
  points: number;
  skipped: { reason: string; count: number }[];
  methods: MethodEvaluation[];
}

export function evaluateForecasters(caseSet: CaseSet, forecasters: readonly Forecaster[]): Evaluation {
  const scored = forecasters.map(() => [] as ScoredForecast[]);
  const skipped = new Map(caseSet.skipped.map((entry) => [entry.reason, entry.count]));
  let cases = 0;
  for (const evaluationCase of caseSet.cases) {
    const horizon = Math.max(...evaluationCase.future.map((value) => value.horizon));
    const forecasts = forecasters.map((forecaster) => forecaster.forecast(evaluationCase, horizon));
    const failed = forecasts.findIndex((forecast) => typeof forecast === 'string');
    if (failed >= 0) {
      const reason = `${forecasters[failed]!.id} could not forecast: ${forecasts[failed] as string}`;
      skipped.set(reason, (skipped.get(reason) ?? 0) + 1);
      continue;
    }
    cases += 1;
    const scale = historyScale(evaluationCase.historyValues);
    forecasts.forEach((forecast, index) => {
      for (const value of evaluationCase.future) scored[index]!.push({ horizon: value.horizon, actual: value.actual, forecast: (forecast as Exclude<typeof forecast, string>)[value.horizon - 1]!, scale });
    });
  }
  const horizons = [...new Set(scored[0]?.map((entry) => entry.horizon) ?? [])].sort((a, b) => a - b);
  return {
    cases,
    points: scored[0]?.length ?? 0,
    skipped: [...skipped].map(([reason, count]) => ({ reason, count })),
    methods: forecasters.map((forecaster, index) => ({
      id: forecaster.id,
      label: forecaster.label,
      overall: summariseAccuracy(scored[index]!),
      byHorizon: horizons.map((horizon) => ({ horizon, accuracy: summariseAccuracy(scored[index]!.filter((entry) => entry.horizon === horizon)) })),
    })),
  };
}

/**
 * The accuracy measures against the same computation in R 4.2 (script in the comment), and the
 * benchmark protocol against ../shared/benchmarks/README.md: the case and point counts it states and its
 * published naive and CAGR figures.
 *
 *   F <- c(125, 130, 50); A <- c(118, 161, 52); S <- c(10, 10, max(0, 0.01*50))
 *   L80 <- c(115, 112, 49); U80 <- c(135, 150, 51); L95 <- c(108, 100, 48); U95 <- c(142, 160, 53)
 *   mean(200*abs(F-A)/(abs(F)+abs(A))); mean(100*abs(F-A)/abs(A)); mean(abs(F-A)/S)
 *   msis <- function(L,U,a) ((U-L) + (2/a)*pmax(L-A,0) + (2/a)*pmax(A-U,0))/S   # mean, median at a = .05, .2
 */
import { describe, expect, it } from 'vitest';
import { historyScale, summariseAccuracy, type ScoredForecast } from '../../../src/core/evaluation/accuracy-measures.js';
import { buildEvaluationCases } from '../../../src/core/evaluation/evaluation-cases.js';
import { evaluateForecasters } from '../../../src/core/evaluation/evaluate-forecasts.js';
import { compoundGrowthForecaster, naiveForecaster } from '../../../src/core/evaluation/forecasters.js';
import { M1_PROTOCOL, PROVINCES_PROTOCOL, readBenchmarkCorpora } from '../../../src/io/build-forecast-calibration.js';

describe('accuracy measures', () => {
  it('are R’s sMAPE, MAPE, MASE, coverage and MSIS', () => {
    const forecast = (median: number, l80: number, u80: number, l95: number, u95: number) => ({ median, intervals: [{ level: 80, lower: l80, upper: u80 }, { level: 95, lower: l95, upper: u95 }] });
    const scored: ScoredForecast[] = [
      { horizon: 1, actual: 118, forecast: forecast(125, 115, 135, 108, 142), scale: historyScale([100, 110, 105, 120]) },
      { horizon: 2, actual: 161, forecast: forecast(130, 112, 150, 100, 160), scale: historyScale([100, 110, 105, 120]) },
      { horizon: 1, actual: 52, forecast: forecast(50, 49, 51, 48, 53), scale: historyScale([50, 50, 50]) },
    ];
    const summary = summariseAccuracy(scored);
    expect(summary.symmetricMeanAbsolutePercentageError).toBeCloseTo(10.3295758080925, 10);
    expect(summary.meanAbsolutePercentageError).toBeCloseTo(9.67767187369251, 10);
    expect(summary.meanAbsoluteScaledError).toBeCloseTo(2.6, 12);
    expect(summary.coverage).toEqual([{ level: 80, observed: 1 / 3 }, { level: 95, observed: 2 / 3 }]);
    expect(summary.scaledIntervalScore[0]!.mean).toBeCloseTo(13.6, 10);
    expect(summary.scaledIntervalScore[0]!.median).toBeCloseTo(14.8, 10);
    expect(summary.scaledIntervalScore[1]!.mean).toBeCloseTo(7.8, 10);
    expect(summary.scaledIntervalScore[1]!.median).toBeCloseTo(10, 10);
  });

  it('floor the scale at 1 % of the last value', () => {
    expect(historyScale([50, 50, 50])).toBe(0.5);
    expect(historyScale([100, 110, 105, 120])).toBe(10);
  });
});

describe('the benchmark protocol (../shared/benchmarks/README.md)', async () => {
  const corpora = await readBenchmarkCorpora();

  it('gives M1 181 cases and 1,086 scored points, and the README’s naive and CAGR figures', () => {
    const cases = buildEvaluationCases(corpora.m1, M1_PROTOCOL);
    const evaluation = evaluateForecasters(cases, [naiveForecaster, compoundGrowthForecaster]);
    expect([evaluation.cases, evaluation.points]).toEqual([181, 1086]);
    const [naive, cagr] = evaluation.methods.map((method) => method.overall);
    expect(naive!.symmetricMeanAbsolutePercentageError.toFixed(2)).toBe('22.43');
    expect(cagr!.symmetricMeanAbsolutePercentageError.toFixed(2)).toBe('17.74');
    expect(cagr!.meanAbsoluteScaledError.toFixed(2)).toBe('3.18');
    // The README prints 4.17: 4.1647 rounded to three places, then to two.
    expect(naive!.meanAbsoluteScaledError.toFixed(3)).toBe('4.165');
  });

  it('gives provinces-dev 1,200 points from origins 2015–2018, and the README’s figures', () => {
    const cases = buildEvaluationCases(corpora.provinces, PROVINCES_PROTOCOL);
    for (const entry of cases.cases) expect(entry.historyYears).toEqual([0, 1, 2, 3, 4, 5].map((offset) => entry.origin - 5 + offset));
    for (const entry of cases.cases) for (const value of entry.future) expect(value.year).toBeGreaterThan(entry.origin);
    const evaluation = evaluateForecasters(cases, [naiveForecaster, compoundGrowthForecaster]);
    expect(evaluation.points).toBe(1200);
    const [naive, cagr] = evaluation.methods.map((method) => method.overall);
    expect(naive!.symmetricMeanAbsolutePercentageError.toFixed(2)).toBe('42.74');
    expect(cagr!.symmetricMeanAbsolutePercentageError.toFixed(2)).toBe('23.01');
    expect(cagr!.meanAbsoluteScaledError.toFixed(2)).toBe('4.15');
  });
});

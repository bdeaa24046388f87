/**
 * The shipped calibration is data learned by a script, not code: models/calibration.json must be exactly
 * what scripts/build-calibration.mjs produces from ../shared/benchmarks (parameters, provenance and the
 * cross-fitted checks), and its checks must say what the issue asks of the method.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { forecastCalibrationSchema } from '../../src/core/forecasting/forecast-calibration.js';
import { buildForecastCalibration, formatCalibration } from '../../src/io/build-forecast-calibration.js';
import { modelsDirectory } from '../../src/io/project-paths.js';

const committedText = readFileSync(join(modelsDirectory, 'calibration.json'), 'utf8');

describe('models/calibration.json', () => {
  it('is what the build script learns from the benchmark corpora', { timeout: 600_000 }, async () => {
    const rebuilt = formatCalibration(await buildForecastCalibration());
    expect(rebuilt === committedText, 'models/calibration.json is out of date: run `npm run build && node scripts/build-calibration.mjs` and commit it').toBe(true);
  });

  it('is a valid calibration whose general class is M1’s and whose provinces classes are the four indicators', () => {
    const calibration = forecastCalibrationSchema.parse(JSON.parse(committedText));
    expect(calibration.general).toBe('m1-yearly/general');
    expect(Object.keys(calibration.corpora.find((corpus) => corpus.id === 'provinces-dev')!.classes).sort()).toEqual(['rd_expenditure', 'rd_intensity', 'tech_contract_turnover', 'valid_invention_patents']);
    expect(calibration.provenance.inputs.map((input) => input.path)).toEqual(['../shared/benchmarks/m1-yearly.csv', '../shared/benchmarks/provinces-dev.csv']);
  });

  it('records cross-fitted checks on the full benchmark protocol', () => {
    const calibration = forecastCalibrationSchema.parse(JSON.parse(committedText));
    const crossFitted = calibration.checks.filter((check) => check.learnedFrom.startsWith('cross-fitted'));
    expect(crossFitted.map((check) => [check.corpus, check.points])).toEqual([['m1-yearly', 1086], ['provinces-dev', 1200]]);
    const m1 = crossFitted[0]!;
    // The targets on M1, met cross-fitted.
    expect(m1.symmetricMeanAbsolutePercentageError).toBeLessThanOrEqual(17.21);
    expect(m1.coverage.map((entry) => entry.observed)).toEqual([expect.closeTo(0.805, 0.045), expect.closeTo(0.945, 0.025)]);
    expect(m1.meanScaledIntervalScore).toBeLessThanOrEqual(55.81);
  });
});

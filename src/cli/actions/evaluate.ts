/** What `plancast evaluate` does (the command's options are in commands/evaluate.ts). */
import { runForecastEvaluation } from '../../core/evaluation/run-forecast-evaluation.js';
import { PlancastError } from '../../core/errors.js';
import { loadCatalogWith } from '../../io/load-dataset.js';
import { loadModelSpec } from '../../io/load-model-spec.js';
import { readSeriesFile } from '../../io/read-series-file.js';
import type { CliIo } from '../cli-io.js';
import { formatTable } from '../format-table.js';

export interface EvaluateOptions { data: string; catalog?: string; origins?: number[]; window: number; horizon?: number; levels: number[]; crossFit?: number; models?: string; json?: boolean }

const fixed = (value: number | undefined, digits = 2): string => (value === undefined || !Number.isFinite(value) ? '–' : value.toFixed(digits));

export async function evaluateAction(io: CliIo, options: EvaluateOptions): Promise<void> {
  const catalog = await loadCatalogWith(options.catalog);
  const table = await readSeriesFile(options.data, catalog);
  const split = table.series.some((series) => series.parts !== undefined);
  if (split && options.origins !== undefined) throw new PlancastError('E_USAGE', '--origins applies to files without a part column; with one, the future rows are scored', { remedy: 'drop --origins, or drop the part column' });
  const spec = loadModelSpec(options.models);
  if (options.crossFit === undefined && spec.calibration === undefined) throw new PlancastError('E_CALIBRATION_MISSING', `the model spec ${spec.file} names no calibration`, { remedy: 'use models/default.yaml, or give --cross-fit K to learn one from the file' });
  const result = runForecastEvaluation(table.series, {
    window: options.window,
    horizon: options.horizon ?? (split ? null : 5),
    origins: options.origins ?? null,
  }, { levels: options.levels, ...(options.crossFit !== undefined ? { crossFitFolds: options.crossFit } : { calibration: spec.calibration! }) });
  if (result.evaluation.cases === 0) {
    throw new PlancastError('E_NO_CASES', `${options.data}: no case to evaluate (${result.evaluation.skipped.map((entry) => `${entry.count}× ${entry.reason}`).join('; ') || 'no series'})`, { remedy: 'give each series at least --window values before an origin and one after it, or lower --window' });
  }
  if (options.json) return io.out(JSON.stringify({ data: options.data, layout: table.layout, ...result }, null, 2));
  const { evaluation, protocol, calibration } = result;
  io.out(`${options.data}: ${evaluation.cases} cases, ${evaluation.points} scored values — window ${protocol.window}, ${protocol.horizon === null ? 'every future row' : `horizons 1–${protocol.horizon}`}${protocol.origins ? `, origins ${protocol.origins.join(', ')}` : ''}; plancast under ${calibration}\n`);
  const wide = Math.max(...options.levels);
  const levelHeaders = options.levels.map((level) => `cov ${level}`);
  const row = (label: string, accuracy: (typeof evaluation.methods)[number]['overall']): string[] => [
    label, fixed(accuracy.symmetricMeanAbsolutePercentageError), fixed(accuracy.meanAbsoluteScaledError),
    ...options.levels.map((level) => fixed(accuracy.coverage.find((entry) => entry.level === level)?.observed, 3)),
    fixed(accuracy.scaledIntervalScore.find((entry) => entry.level === wide)?.mean), fixed(accuracy.scaledIntervalScore.find((entry) => entry.level === wide)?.median),
  ];
  const headers = ['method', 'sMAPE', 'MASE', ...levelHeaders, `MSIS${wide}`, 'median'];
  const alignments = headers.map((_, index) => (index === 0 ? 'left' : 'right') as 'left' | 'right');
  io.out(formatTable(headers, evaluation.methods.map((method) => row(method.label, method.overall)), alignments));
  io.out('\nby horizon (plancast; sMAPE of naive and CAGR alongside)\n');
  const plancast = evaluation.methods.find((method) => method.id === 'plancast')!;
  io.out(formatTable(['h', 'points', ...headers.slice(1), 'naive sMAPE', 'CAGR sMAPE'], plancast.byHorizon.map((entry) => [
    String(entry.horizon), String(entry.accuracy.points), ...row('', entry.accuracy).slice(1),
    fixed(evaluation.methods.find((method) => method.id === 'naive')!.byHorizon.find((other) => other.horizon === entry.horizon)?.accuracy.symmetricMeanAbsolutePercentageError),
    fixed(evaluation.methods.find((method) => method.id === 'cagr')!.byHorizon.find((other) => other.horizon === entry.horizon)?.accuracy.symmetricMeanAbsolutePercentageError),
  ]), ['right', 'right', ...alignments.slice(1), 'right', 'right']));
  for (const entry of evaluation.skipped) io.out(`skipped ${entry.count}: ${entry.reason}`);
}

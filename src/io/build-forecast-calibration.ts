/**
 * Builds the shipped forecast calibration (models/calibration.json) from the reference corpora in
 * ../shared/benchmarks: the M1 yearly series (the general class) and provinces-dev (a class for each of
 * its indicators). scripts/build-calibration.mjs writes it; a test checks the committed file is what this
 * produces; the runtime only reads the committed file.
 *
 * Besides the parameters it records the checks the report's methods appendix shows: the benchmark
 * protocol's coverage and scores with every series forecast under parameters learned without it
 * (cross-fitted, 10 folds by series for M1 and by region for provinces), and under parameters learned
 * only on the other corpus (transfer).
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { buildEvaluationCases, type EvaluationProtocol, type EvaluationSeries } from '../core/evaluation/evaluation-cases.js';
import { calibrationOfCorpus, crossFittedCalibrations, referenceSeriesOf } from '../core/evaluation/cross-fitting.js';
import { evaluateForecasters } from '../core/evaluation/evaluate-forecasts.js';
import { calibratedForecaster } from '../core/evaluation/forecasters.js';
import { CALIBRATION_PROBABILITIES, type CalibrationCheck, type ForecastCalibration } from '../core/forecasting/forecast-calibration.js';
import { GENERAL_CLASS, learnCorpusCalibration, type CorpusDescription } from '../core/forecasting/learn-calibration.js';
import { loadCatalog } from './load-catalog.js';
import { hashFile } from './load-dataset.js';
import { modelsDirectory, projectRoot } from './project-paths.js';
import { readSeriesFile } from './read-series-file.js';

export const BENCHMARKS_DIRECTORY = join(projectRoot, '..', 'shared', 'benchmarks');
export const CROSS_FITTING_FOLDS = 10;

export const M1_CORPUS: CorpusDescription = {
  id: 'm1-yearly',
  description: { zh: 'M1预测竞赛年度序列（Makridakis等，1982）', en: 'M1 competition yearly series (Makridakis et al. 1982)' },
};
export const PROVINCES_CORPUS: CorpusDescription = {
  id: 'provinces-dev',
  description: { zh: '各省科技统计序列（研发经费、研发强度、有效发明专利、技术合同成交额）', en: "Chinese provinces' S&T series (R&D expenditure, R&D intensity, valid invention patents, technology contract turnover)" },
};

/** The benchmark protocol of each corpus (../shared/benchmarks/README.md), as data: models/benchmark-protocols.json. */
const PROTOCOLS = JSON.parse(readFileSync(join(modelsDirectory, 'benchmark-protocols.json'), 'utf8')) as Record<string, EvaluationProtocol>;
export const M1_PROTOCOL: EvaluationProtocol = PROTOCOLS[M1_CORPUS.id]!;
export const PROVINCES_PROTOCOL: EvaluationProtocol = PROTOCOLS[PROVINCES_CORPUS.id]!;

export interface BenchmarkCorpora {
  m1: EvaluationSeries[];
  provinces: EvaluationSeries[];
  inputs: { path: string; sha256: string; series: number }[];
}

export async function readBenchmarkCorpora(directory: string = BENCHMARKS_DIRECTORY): Promise<BenchmarkCorpora> {
  const catalog = loadCatalog();
  const files = { m1: join(directory, 'm1-yearly.csv'), provinces: join(directory, 'provinces-dev.csv') };
  const m1 = (await readSeriesFile(files.m1, catalog)).series;
  const provinces = (await readSeriesFile(files.provinces, catalog)).series;
  const shown = (path: string): string => relative(projectRoot, path).split('\\').join('/');
  return {
    m1,
    provinces,
    inputs: [
      { path: shown(files.m1), sha256: hashFile(files.m1), series: m1.length },
      { path: shown(files.provinces), sha256: hashFile(files.provinces), series: provinces.length },
    ],
  };
}

const round = (value: number, digits = 4): number => Number(value.toFixed(digits));

/** A check: the protocol's cases of a corpus forecast under the calibration `calibrationFor` gives each. */
export function checkOn(corpus: string, series: readonly EvaluationSeries[], protocol: EvaluationProtocol, calibrationFor: Parameters<typeof calibratedForecaster>[0], learnedFrom: string): CalibrationCheck {
  const evaluation = evaluateForecasters(buildEvaluationCases(series, protocol), [calibratedForecaster(calibrationFor, [80, 95])]);
  const overall = evaluation.methods[0]!.overall;
  const interval = overall.scaledIntervalScore.find((entry) => entry.level === 95)!;
  return {
    corpus,
    learnedFrom,
    points: overall.points,
    coverage: overall.coverage.map((entry) => ({ level: entry.level, observed: round(entry.observed) })),
    symmetricMeanAbsolutePercentageError: round(overall.symmetricMeanAbsolutePercentageError),
    meanAbsoluteScaledError: round(overall.meanAbsoluteScaledError),
    meanScaledIntervalScore: round(interval.mean),
    medianScaledIntervalScore: round(interval.median),
  };
}

/** Every series of a corpus as one general class (for transfer to a corpus of unrelated series). */
const asGeneral = (series: readonly EvaluationSeries[]) => series.map((one) => ({ ...referenceSeriesOf(one), referenceClass: GENERAL_CLASS }));

/** The cross-fitted and transfer checks of both corpora. */
export function calibrationChecks(corpora: BenchmarkCorpora): CalibrationCheck[] {
  const byRegion = (series: EvaluationSeries): string => series.region;
  const m1FromProvinces = calibrationOfCorpus(asGeneral(corpora.provinces), PROVINCES_CORPUS, 'provinces-dev pooled into one class');
  const provincesFromM1 = calibrationOfCorpus(corpora.m1.map((one) => referenceSeriesOf(one)), M1_CORPUS, 'm1-yearly only');
  return [
    checkOn(M1_CORPUS.id, corpora.m1, M1_PROTOCOL, crossFittedCalibrations(corpora.m1, CROSS_FITTING_FOLDS, byRegion, M1_CORPUS), `cross-fitted: ${CROSS_FITTING_FOLDS} folds by series`),
    checkOn(PROVINCES_CORPUS.id, corpora.provinces, PROVINCES_PROTOCOL, crossFittedCalibrations(corpora.provinces, CROSS_FITTING_FOLDS, byRegion, PROVINCES_CORPUS), `cross-fitted: ${CROSS_FITTING_FOLDS} folds by region`),
    checkOn(M1_CORPUS.id, corpora.m1, M1_PROTOCOL, () => m1FromProvinces, 'transfer: learned on provinces-dev only (its series pooled into one class)'),
    checkOn(PROVINCES_CORPUS.id, corpora.provinces, PROVINCES_PROTOCOL, () => provincesFromM1, 'transfer: learned on m1-yearly only (its general class)'),
  ];
}

export async function buildForecastCalibration(directory: string = BENCHMARKS_DIRECTORY): Promise<ForecastCalibration> {
  const corpora = await readBenchmarkCorpora(directory);
  return {
    format: 'plancast-forecast-calibration/1',
    method: 'calibrated-growth/1',
    provenance: {
      script: 'scripts/build-calibration.mjs',
      inputs: corpora.inputs,
      notes: [
        'm1-yearly: every series (history and future rows) is one reference series of the general class, used for indicators without a class of their own',
        'provinces-dev: a reference class for each indicator (rd_expenditure, rd_intensity, valid_invention_patents, tech_contract_turnover); related indicators share one through forecastGroup in seeds/indicators.yaml',
        'training examples: every origin of every series, histories of 1–6 points, horizons 1–6; each series × history length weighs 1',
        'grids searched: damping φ 0.5–1 per class (least mean |log error|), volatility weight λ 0–1 and horizon exponent β 0.5–1 per corpus (least 80 %/95 % interval score)',
        'conformal quantiles by history length × horizon, at the finite-sample level of each cell\'s effective number of series: a quantile p bounding the central interval |2p − 1| is read at p ± |2p − 1| / 2n (Romano, Patterson & Candès 2019)',
        `checks: the benchmark protocol (../shared/benchmarks/README.md), cross-fitted with ${CROSS_FITTING_FOLDS} folds, and transferred between the corpora`,
      ],
    },
    probabilities: [...CALIBRATION_PROBABILITIES],
    corpora: [
      learnCorpusCalibration(corpora.m1.map((one) => referenceSeriesOf(one)), M1_CORPUS),
      learnCorpusCalibration(corpora.provinces.map((one) => referenceSeriesOf(one)), PROVINCES_CORPUS),
    ],
    general: `${M1_CORPUS.id}/${GENERAL_CLASS}`,
    checks: calibrationChecks(corpora),
  };
}

/** JSON with one line per row of numbers (the quantile tables stay readable). */
export function formatCalibration(calibration: ForecastCalibration): string {
  const text = JSON.stringify(calibration, null, 2);
  return `${text.replace(/\[\s+(-?[\d.e+-]+(?:,\s+-?[\d.e+-]+)*)\s+\]/g, (_, inner: string) => `[${inner.split(/,\s+/).join(', ')}]`)}\n`;
}

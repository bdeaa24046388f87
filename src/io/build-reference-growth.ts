/**
 * Builds models/reference-growth.json from the reference corpora of the calibrated forecasts
 * (../shared/benchmarks: M1 yearly as the general class, provinces-dev a class per indicator): for every
 * class, the compound yearly growth of every five-year window of every series, ascending. The target
 * proposals' reference-class check ("of comparable series, N % grew this fast over five years") reads
 * only this file; scripts/build-reference-growth.mjs writes it and a test checks it is up to date.
 */
import { referenceSeriesOf } from '../core/evaluation/cross-fitting.js';
import { GENERAL_CLASS } from '../core/forecasting/learn-calibration.js';
import { fiveYearGrowthsByClass, REFERENCE_WINDOW_YEARS, type ReferenceGrowthTable } from '../core/report/evaluation/reference-growth.js';
import { BENCHMARKS_DIRECTORY, M1_CORPUS, PROVINCES_CORPUS, readBenchmarkCorpora } from './build-forecast-calibration.js';

/** Growths are stored to six decimals (a ten-thousandth of a percentage point). */
const round = (value: number): number => Number(value.toFixed(6));

function classesOf(series: Parameters<typeof fiveYearGrowthsByClass>[0]): ReferenceGrowthTable['corpora'][number]['classes'] {
  const classes = fiveYearGrowthsByClass(series);
  return Object.fromEntries([...classes.keys()].sort().map((id) => [id, { series: classes.get(id)!.series, growths: classes.get(id)!.growths.map(round) }]));
}

export async function buildReferenceGrowth(directory: string = BENCHMARKS_DIRECTORY): Promise<ReferenceGrowthTable> {
  const corpora = await readBenchmarkCorpora(directory);
  return {
    format: 'plancast-reference-growth/1',
    provenance: {
      script: 'scripts/build-reference-growth.mjs',
      inputs: corpora.inputs,
      notes: [
        `every pair of a series' values exactly ${REFERENCE_WINDOW_YEARS} years apart, both positive, is one window; its compound yearly growth is stored, ascending by class`,
        'classes as in models/calibration.json: m1-yearly is the general class; provinces-dev has one class per indicator (forecastGroup in seeds/indicators.yaml maps related indicators onto one)',
      ],
    },
    windowYears: REFERENCE_WINDOW_YEARS,
    general: `${M1_CORPUS.id}/${GENERAL_CLASS}`,
    corpora: [
      { id: M1_CORPUS.id, description: M1_CORPUS.description, classes: classesOf(corpora.m1.map((one) => referenceSeriesOf(one))) },
      { id: PROVINCES_CORPUS.id, description: PROVINCES_CORPUS.description, classes: classesOf(corpora.provinces.map((one) => referenceSeriesOf(one))) },
    ],
  };
}

/** JSON with each list of growths on one line. */
export function formatReferenceGrowth(table: ReferenceGrowthTable): string {
  const text = JSON.stringify(table, null, 2);
  return `${text.replace(/\[\s+(-?[\d.e+-]+(?:,\s+-?[\d.e+-]+)*)\s+\]/g, (_, inner: string) => `[${inner.split(/,\s+/).join(', ')}]`)}\n`;
}

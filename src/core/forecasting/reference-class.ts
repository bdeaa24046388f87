/**
 * Which reference class an indicator's forecast learns from: its own (an indicator of a reference corpus,
 * e.g. rd_intensity in provinces-dev), a declared group's (`forecastGroup` in seeds/indicators.yaml, e.g.
 * industrial R&D intensity with R&D intensity), or — where it has neither — the calibration's general
 * class, which says so. Classes are never shared across unrelated indicators.
 */
import type { CorpusCalibration, ForecastCalibration, ReferenceClass } from './forecast-calibration.js';

export interface ResolvedReferenceClass {
  corpus: CorpusCalibration;
  classId: string;
  referenceClass: ReferenceClass;
  /** own: the indicator's own class; group: its declared group's; general: no class of its own */
  match: 'own' | 'group' | 'general';
  /** a sentence naming the class, its corpus and how many series it was learned from */
  description: string;
}

export interface IndicatorForClass {
  id: string;
  forecastGroup?: string;
}

function findClass(calibration: ForecastCalibration, classId: string): { corpus: CorpusCalibration; referenceClass: ReferenceClass } | undefined {
  for (const corpus of calibration.corpora) {
    const referenceClass = corpus.classes[classId];
    if (referenceClass !== undefined) return { corpus, referenceClass };
  }
  return undefined;
}

const learnedFrom = (corpus: CorpusCalibration, classId: string, referenceClass: ReferenceClass): string =>
  `${classId === 'general' ? 'class' : `class ${classId}`} of ${corpus.id} (${corpus.description.en}; ${referenceClass.series} series, ${referenceClass.histories} histories)`;

/** @throws RangeError when the calibration's general class is missing (a malformed file). */
export function resolveReferenceClass(calibration: ForecastCalibration, indicator: IndicatorForClass): ResolvedReferenceClass {
  const group = indicator.forecastGroup ?? indicator.id;
  const found = findClass(calibration, group);
  if (found !== undefined) {
    const match = group === indicator.id ? 'own' : 'group';
    return {
      ...found,
      classId: group,
      match,
      description: match === 'own' ? `reference ${learnedFrom(found.corpus, group, found.referenceClass)}` : `reference ${learnedFrom(found.corpus, group, found.referenceClass)}, the declared forecast group of ${indicator.id}`,
    };
  }
  const [corpusId, classId] = calibration.general.split('/') as [string, string];
  const corpus = calibration.corpora.find((candidate) => candidate.id === corpusId);
  const referenceClass = corpus?.classes[classId];
  if (corpus === undefined || referenceClass === undefined) throw new RangeError(`the calibration's general class ${calibration.general} is missing`);
  return {
    corpus,
    classId,
    referenceClass,
    match: 'general',
    description: `no reference class of its own for ${indicator.id}: the general ${learnedFrom(corpus, classId, referenceClass)}`,
  };
}

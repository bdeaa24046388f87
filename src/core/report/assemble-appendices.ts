/**
 * The reference parts of a report: the model table (family, fit, backtest, where the spread came from),
 * the provenance of every record behind the report (document, table, line) and the conflicts between
 * sources with the value used and why. Pure; every list sorted.
 */
import type { ForecastCalibration } from '../forecasting/forecast-calibration.js';
import { resolveReferenceClass } from '../forecasting/reference-class.js';
import type { PreparedIndicator } from '../pipeline/prepare-region.js';
import type { Dataset } from '../records/dataset.js';
import { findConflicts } from '../records/find-conflicts.js';
import { isUsable, type IndicatorRecord } from '../records/indicator-record.js';
import { compareIndicators, compareText, roundOrNull } from './indicator-order.js';
import type { LocalizedText } from '../catalog/indicator-catalog.js';
import type { CalibrationRow, ConflictRow, ModelRow, ProvenanceRow } from './report-model.js';

/** The model row of one prepared indicator: the family its paths come from, with its fit and backtest. */
export function modelRow(prepared: PreparedIndicator, calibration?: ForecastCalibration, indicatorName?: (id: string) => LocalizedText | undefined): ModelRow {
  const { fit, definition, series } = prepared;
  const simulatedFamily = prepared.model?.family ?? null;
  const report = fit.families.find((candidate) => candidate.family === simulatedFamily);
  return {
    indicator: definition.id,
    name: definition.name,
    observations: series.years.length,
    firstYear: series.years[0] ?? null,
    lastYear: series.years[series.years.length - 1] ?? null,
    family: simulatedFamily,
    familyLabel: report?.label ?? null,
    criterion: fit.chosen.criterion,
    evidence: fit.chosen.evidence,
    aicc: roundOrNull(report?.aicc ?? null),
    backtestError: roundOrNull(report?.backtestError ?? null),
    backtestScoredPoints: report?.backtestScoredPoints ?? 0,
    backtestCoverage: report?.backtestCoverage ?? null,
    intervalSource: report?.intervalSource ?? null,
    reason: fit.chosen.reason,
    intervalSourceDescription: report?.intervalSourceDescription ?? null,
    referenceClass: referenceClassOf(report?.intervalSource ?? null, prepared, calibration, indicatorName),
    diagnostics: [...prepared.diagnostics],
  };
}

function referenceClassOf(intervalSource: string | null, prepared: PreparedIndicator, calibration: ForecastCalibration | undefined, indicatorName?: (id: string) => LocalizedText | undefined): ModelRow['referenceClass'] {
  if (intervalSource !== 'calibrated' || calibration === undefined) return null;
  const { forecastGroup } = prepared.definition;
  const resolved = resolveReferenceClass(calibration, { id: prepared.definition.id, ...(forecastGroup !== undefined ? { forecastGroup } : {}) });
  const className = resolved.match === 'own' ? prepared.definition.name : resolved.match === 'group' ? (indicatorName?.(resolved.classId) ?? null) : null;
  return { corpus: resolved.corpus.id, corpusName: resolved.corpus.description, classId: resolved.classId, className, match: resolved.match, series: resolved.referenceClass.series };
}

/** The calibration's checks as nominal against observed coverage, cross-fitted first. */
export function calibrationRows(calibration: ForecastCalibration | undefined): CalibrationRow[] {
  if (calibration === undefined) return [];
  const rows = calibration.checks.flatMap((check) =>
    check.coverage.map((entry): CalibrationRow => ({
      corpus: check.corpus,
      corpusName: calibration.corpora.find((corpus) => corpus.id === check.corpus)?.description ?? { zh: check.corpus, en: check.corpus },
      learnedFrom: check.learnedFrom.startsWith('cross-fitted') ? 'cross-fitted' : 'transfer',
      level: entry.level,
      observed: entry.observed,
      points: check.points,
    })),
  );
  const order = (row: CalibrationRow): number => (row.learnedFrom === 'cross-fitted' ? 0 : 1);
  return rows.sort((left, right) => order(left) - order(right) || compareText(left.corpus, right.corpus) || left.level - right.level);
}

function compareRecords(left: IndicatorRecord, right: IndicatorRecord): number {
  return (
    compareIndicators(left.indicator, right.indicator) ||
    left.year - right.year ||
    compareText(left.kind, right.kind) ||
    compareText(left.source.document, right.source.document) ||
    (left.source.line ?? 0) - (right.source.line ?? 0) ||
    left.value - right.value
  );
}

/** Every record of the region for the given indicators, used or superseded, with its source. */
export function provenanceRows(dataset: Dataset, region: string, indicators: ReadonlySet<string>): ProvenanceRow[] {
  return dataset.records
    .filter((record) => record.region === region && indicators.has(record.indicator))
    .sort(compareRecords)
    .map((record) => {
      const definition = dataset.catalog.indicators.get(record.indicator);
      return {
        indicator: record.indicator,
        name: definition?.name ?? { zh: record.indicator, en: record.indicator },
        year: record.year,
        kind: record.kind,
        value: record.value,
        unit: record.unit,
        comparator: record.comparator ?? null,
        planPeriod: record.planPeriod ?? null,
        document: record.source.document,
        location: record.source.location,
        line: record.source.line ?? null,
        asWritten: record.source.asWritten ?? null,
        used: isUsable(record),
        conflictGroup: record.conflict?.group ?? null,
        note: record.note ?? null,
      };
    });
}

/** The conflicts between sources that touch the given indicators of the region. */
export function conflictRows(dataset: Dataset, region: string, indicators: ReadonlySet<string>): ConflictRow[] {
  return findConflicts(dataset.records)
    .filter((conflict) => conflict.region === region && indicators.has(conflict.indicator))
    .map((conflict) => ({
      group: conflict.group,
      status: conflict.status,
      indicator: conflict.indicator,
      name: dataset.catalog.indicators.get(conflict.indicator)?.name ?? { zh: conflict.indicator, en: conflict.indicator },
      values: [...conflict.records].sort(compareRecords).map((record) => ({
        year: record.year, kind: record.kind, value: record.value, document: record.source.document, location: record.source.location,
        line: record.source.line ?? null, preferred: record === conflict.preferred,
      })),
      valueUsed: conflict.preferred?.value ?? null,
      reason: conflict.reason ?? null,
    }))
    .sort((left, right) => compareIndicators(left.indicator, right.indicator) || compareText(left.group, right.group));
}

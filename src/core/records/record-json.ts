/** The JSON shape of a record that commands print and reports embed (stable: users script against it). */
import type { IndicatorRecord } from './indicator-record.js';

export interface RecordJson {
  region: string;
  indicator: string;
  year: number;
  kind: string;
  value: number;
  unit: string;
  comparator?: string;
  attribute?: string;
  planPeriod?: string;
  periodStart?: number;
  source: { document: string; location: string; line?: number; asWritten?: string };
  conflict?: { group: string; preferred: boolean };
  note?: string;
}

export function recordToJson(record: IndicatorRecord): RecordJson {
  return {
    region: record.region,
    indicator: record.indicator,
    year: record.year,
    kind: record.kind,
    value: record.value,
    unit: record.unit,
    ...(record.comparator ? { comparator: record.comparator } : {}),
    ...(record.attribute ? { attribute: record.attribute } : {}),
    ...(record.planPeriod ? { planPeriod: record.planPeriod } : {}),
    ...(record.periodStart !== undefined ? { periodStart: record.periodStart } : {}),
    source: { ...record.source },
    ...(record.conflict ? { conflict: { ...record.conflict } } : {}),
    ...(record.note ? { note: record.note } : {}),
  };
}

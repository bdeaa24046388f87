/**
 * One value of one indicator for one region and year, with where it came from.
 * This is the unit of every dataset plancast reads: the bundled seeds and users' own files.
 */

/**
 * What a value is: an observation, a plan's starting point, a goal, a projection, a sum over years, or a
 * year-on-year growth rate in percent (同比增长27% → 27) given without a level.
 */
export const RECORD_KINDS = ['actual', 'baseline', 'target', 'milestone', 'estimate', 'cumulative', 'growth'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

/**
 * How a target is met. at-least: 以上/≥/不低于 (met by the value itself); above: 超过/突破 (strictly more);
 * about: 左右 (within a tolerance); exact: a plain number (read as at-least for higher-is-better
 * indicators); at-most / below for lower-is-better goals.
 */
export const COMPARATORS = ['at-least', 'above', 'about', 'exact', 'at-most', 'below'] as const;
export type Comparator = (typeof COMPARATORS)[number];

/** 预期性 (expected, indicative) or 约束性 (binding). */
export const ATTRIBUTES = ['expected', 'binding'] as const;
export type TargetAttribute = (typeof ATTRIBUTES)[number];

/** A plan's id in the plan calendar (core/plans/plan-calendar.ts), a data file's own `first-last`, or `other`. */
export type PlanPeriod = string;

/** Where a value was read: document file, table or section, line, and the text as written there. */
export interface RecordSource {
  document: string;
  location: string;
  line?: number;
  asWritten?: string;
}

/** Records that contradict each other share a group; exactly one of them is preferred (used by models). */
export interface ConflictMark {
  group: string;
  preferred: boolean;
}

export interface IndicatorRecord {
  region: string;
  indicator: string;
  year: number;
  kind: RecordKind;
  value: number;
  unit: string;
  comparator?: Comparator;
  attribute?: TargetAttribute;
  planPeriod?: PlanPeriod;
  /** cumulative records: the first year of the summed period (the last is `year`). */
  periodStart?: number;
  source: RecordSource;
  conflict?: ConflictMark;
  note?: string;
  /** the line (CSV) or row (spreadsheet) of the input file the record was read from */
  row?: number;
  /** an actual computed from a year-on-year growth record and the level of the year before (chain-growth.ts) */
  chainedFromGrowth?: { growthPercent: number; fromYear: number; fromValue: number };
}

/** Kinds that are observations of what happened (a plan's base-year value is an observation too). */
export function isObservation(record: IndicatorRecord): boolean {
  return record.kind === 'actual' || record.kind === 'baseline';
}

/** Kinds that are goals to assess. */
export function isGoal(record: IndicatorRecord): boolean {
  return (
    record.kind === 'target' ||
    record.kind === 'milestone' ||
    (record.kind === 'cumulative' && record.comparator !== undefined)
  );
}

/** A record the models may use: not the losing side of a conflict. */
export function isUsable(record: IndicatorRecord): boolean {
  return record.conflict === undefined || record.conflict.preferred;
}

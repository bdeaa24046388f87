/**
 * The public actuals (seeds/actuals/) are a source of their own beside the plan documents, never merged
 * silently with them (../shared/public-actuals/README.md). Two checks keep it so:
 *
 * - a conflict group may span the two sources (the plan's 2015 base 2.53 and a page's 2.92): across all
 *   bundled records each group has exactly one preferred record (E_CONFLICT_WITHOUT_PREFERENCE);
 * - an observation of the actuals that meets a plan observation of the same region, indicator and year
 *   with another value, outside a shared conflict group, is an error (E_UNMARKED_SOURCE_CONFLICT): it
 *   would otherwise replace the plan's value in the series without anyone deciding so.
 */
import { ISSUE_CODES, type ValidationIssue } from '../validation/validation-issue.js';
import { isObservation, type IndicatorRecord } from './indicator-record.js';

/** Conflict groups whose members across every bundled file do not have exactly one preferred record. */
export function groupPreferenceIssues(records: readonly IndicatorRecord[], file: string): ValidationIssue[] {
  const preferred = new Map<string, number>();
  for (const record of records) if (record.conflict !== undefined) preferred.set(record.conflict.group, (preferred.get(record.conflict.group) ?? 0) + (record.conflict.preferred ? 1 : 0));
  return [...preferred].filter(([, count]) => count !== 1).map(([group, count]) => ({
    code: ISSUE_CODES.conflictWithoutPreference, severity: 'error' as const, file, column: 'preferred', value: group,
    message: `conflict group ${group} has ${count} preferred records across the bundled files; it needs exactly one`,
    remedy: 'set preferred=true on the one record the models should use and false on the others',
  }));
}

/** Observations of `added` that meet an observation of `planRecords` with another value, unmarked. */
export function unmarkedCollisions(planRecords: readonly IndicatorRecord[], added: readonly IndicatorRecord[], file: string): ValidationIssue[] {
  const key = (record: IndicatorRecord): string => `${record.region}|${record.indicator}|${record.year}`;
  const plan = new Map<string, IndicatorRecord[]>();
  for (const record of planRecords) if (isObservation(record)) plan.set(key(record), [...(plan.get(key(record)) ?? []), record]);
  const issues: ValidationIssue[] = [];
  for (const record of added) {
    if (!isObservation(record)) continue;
    for (const other of plan.get(key(record)) ?? []) {
      if (other.value === record.value || (record.conflict !== undefined && other.conflict?.group === record.conflict.group)) continue;
      issues.push({
        code: ISSUE_CODES.unmarkedSourceConflict, severity: 'error', file, ...(record.row !== undefined ? { line: record.row } : {}), column: 'value', value: String(record.value),
        message: `${record.region} / ${record.indicator} / ${record.year}: ${record.value} here, ${other.value} in ${other.source.document}${other.source.line !== undefined ? `:${other.source.line}` : ''}`,
        remedy: 'give both records the same conflict_group and mark the one the models should use preferred=true',
      });
    }
  }
  return issues;
}

/**
 * Every contradiction in a dataset: the conflict groups the data marks (a table and the text disagree, a
 * value tagged with another year, a cumulative target in an end-year column), and any unmarked collision
 * (two usable records for the same region/indicator/year/kind with different values, e.g. from two files).
 */
import { recordKey } from '../validation/validate-table.js';
import { isUsable, type IndicatorRecord } from './indicator-record.js';

export interface Conflict {
  group: string;
  /** marked: the data names the conflict and its preferred record; unmarked: found by comparing files. */
  status: 'marked' | 'unmarked';
  region: string;
  indicator: string;
  records: IndicatorRecord[];
  /** the record the models use, if one is preferred. */
  preferred?: IndicatorRecord;
  /** why the preferred record is used (from its note). */
  reason?: string;
}

export function findConflicts(records: readonly IndicatorRecord[]): Conflict[] {
  const conflicts: Conflict[] = [];
  const groups = new Map<string, IndicatorRecord[]>();
  for (const record of records) {
    if (record.conflict === undefined) continue;
    const members = groups.get(record.conflict.group) ?? [];
    members.push(record);
    groups.set(record.conflict.group, members);
  }
  for (const [group, members] of groups) {
    const preferred = members.find((record) => record.conflict?.preferred);
    const first = members[0]!;
    conflicts.push({
      group, status: 'marked', region: first.region, indicator: first.indicator, records: members,
      ...(preferred ? { preferred } : {}),
      ...(preferred?.note ? { reason: preferred.note } : {}),
    });
  }
  const byKey = new Map<string, IndicatorRecord[]>();
  for (const record of records) {
    if (!isUsable(record)) continue;
    const key = recordKey(record);
    const members = byKey.get(key) ?? [];
    members.push(record);
    byKey.set(key, members);
  }
  for (const [key, members] of byKey) {
    if (members.length < 2 || new Set(members.map((record) => record.value)).size === 1) continue;
    const first = members[0]!;
    conflicts.push({ group: `unmarked:${key}`, status: 'unmarked', region: first.region, indicator: first.indicator, records: members, preferred: first, reason: 'not marked in the data: the first file read is used' });
  }
  return conflicts.sort((a, b) => a.region.localeCompare(b.region) || a.indicator.localeCompare(b.indicator) || a.group.localeCompare(b.group));
}

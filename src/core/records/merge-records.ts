/**
 * Lays a user's records over the bundled ones. A user's value for a region/indicator/year/kind that the
 * seeds also give is the one the models use; the bundled value is kept, marked as superseded, so that
 * nothing is lost and `data conflicts` shows both. One pass over each list with an index by key, so the
 * cost grows linearly with the records (it used to search the merged list once per user record).
 */
import { recordKey } from '../validation/validate-table.js';
import type { IndicatorRecord } from './indicator-record.js';

const SUPERSEDED = 'superseded by the user data file';

export function mergeRecords(bundled: readonly IndicatorRecord[], user: readonly IndicatorRecord[]): IndicatorRecord[] {
  const userKeys = new Set(user.map(recordKey));
  /** key → the conflict group of the first bundled record the user's value supersedes */
  const supersededGroup = new Map<string, string>();
  const merged: IndicatorRecord[] = bundled.map((record) => {
    const key = recordKey(record);
    if (!userKeys.has(key) || (record.conflict !== undefined && !record.conflict.preferred)) return record;
    const group = record.conflict?.group ?? `user-${key}`;
    if (!supersededGroup.has(key)) supersededGroup.set(key, group);
    return { ...record, conflict: { group, preferred: false }, note: [record.note, SUPERSEDED].filter(Boolean).join('; ') };
  });
  for (const record of user) {
    const group = supersededGroup.get(recordKey(record));
    merged.push(group !== undefined ? { ...record, conflict: { group, preferred: true } } : record);
  }
  return merged;
}

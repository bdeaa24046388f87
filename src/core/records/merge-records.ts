/**
 * Lays a user's records over the bundled ones. A user's value for a region/indicator/year/kind that the
 * seeds also give is the one the models use; the bundled value is kept, marked as superseded, so that
 * nothing is lost and `data conflicts` shows both.
 */
import { recordKey } from '../validation/validate-table.js';
import type { IndicatorRecord } from './indicator-record.js';

export function mergeRecords(bundled: readonly IndicatorRecord[], user: readonly IndicatorRecord[]): IndicatorRecord[] {
  const userKeys = new Set(user.map(recordKey));
  const merged: IndicatorRecord[] = bundled.map((record) => {
    if (!userKeys.has(recordKey(record)) || (record.conflict !== undefined && !record.conflict.preferred)) return record;
    return { ...record, conflict: { group: record.conflict?.group ?? `user-${recordKey(record)}`, preferred: false }, note: [record.note, 'superseded by the user data file'].filter(Boolean).join('; ') };
  });
  for (const record of user) {
    const key = recordKey(record);
    const supersedes = merged.find((candidate) => recordKey(candidate) === key && candidate !== record && candidate.note?.endsWith('superseded by the user data file'));
    merged.push(supersedes?.conflict ? { ...record, conflict: { group: supersedes.conflict.group, preferred: true } } : record);
  }
  return merged;
}

/**
 * Merging a user's records over the bundled ones and finding conflicts between sources cost work in
 * proportion to the records — counted, not timed: every read of a record's fields is counted through a
 * Proxy, and doubling the records must about double the reads. The quadratic merge this replaces (one
 * search of the merged list per user record) read fields N² times: 10,000 rows took 10.9 s, 40,000 took
 * 142 s. (Wall-clock figures for 10k, 40k and 1M rows are in `npm run bench`, scripts/bench-scale.mjs.)
 */
import { describe, expect, it } from 'vitest';
import { findConflicts } from '../../../src/core/records/find-conflicts.js';
import type { IndicatorRecord } from '../../../src/core/records/indicator-record.js';
import { mergeRecords } from '../../../src/core/records/merge-records.js';

let reads = 0;
const counted = (record: IndicatorRecord): IndicatorRecord => new Proxy(record, { get: (target, key, receiver) => { reads++; return Reflect.get(target, key, receiver); } });

/** n records over regions r0…, indicators i0…i9, years 2000–2029: every key distinct. */
function records(n: number, value: number, origin: string): IndicatorRecord[] {
  return Array.from({ length: n }, (_, index) => counted({
    region: `r${Math.floor(index / 300)}`, indicator: `i${Math.floor(index / 30) % 10}`, year: 2000 + (index % 30), kind: 'actual', value, unit: '%',
    source: { document: origin, location: 'table', line: index + 1 },
  }));
}

function readsOf(work: () => unknown): number {
  reads = 0;
  work();
  return reads;
}

describe('cost grows linearly with the records', () => {
  it.each([
    ['mergeRecords (user values over the bundled ones, half of them the same keys)', (n: number) => () => mergeRecords(records(n, 1, 'seed'), records(n, 2, 'user').slice(n / 2))],
    ['findConflicts (every key given twice with different values)', (n: number) => () => findConflicts([...records(n, 1, 'a'), ...records(n, 2, 'b')])],
  ])('%s', (_, work) => {
    const small = readsOf(work(5_000));
    const large = readsOf(work(20_000));
    expect(small).toBeGreaterThan(5_000);
    // linear: 4× the records, about 4× the reads (quadratic would be 16×)
    expect(large / small).toBeLessThan(5);
  });
});

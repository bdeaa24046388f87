/**
 * The count behind every probability: countMeetingGoal (one plain loop per comparison, strided) must agree
 * with meetsGoal, the rule as the plans state it, value by value, for every comparator and direction.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { goalTest, meetsGoal } from '../../../src/core/assessment/plan-goal.js';
import { countMeetingGoal, shareMeetingGoal } from '../../../src/core/feasibility/share-meeting-goal.js';

const comparators = ['at-least', 'above', 'at-most', 'below', 'about', 'exact'] as const;
const directions = ['higher-is-better', 'lower-is-better'] as const;

describe('countMeetingGoal', () => {
  it('counts exactly the values meetsGoal accepts, at any offset and stride', () => {
    fc.assert(fc.property(
      fc.constantFrom(...comparators), fc.constantFrom(...directions), fc.double({ min: -100, max: 100, noNaN: true }),
      fc.array(fc.oneof(fc.double({ min: -120, max: 120, noNaN: true }), fc.constantFrom(0, 97, 100, 103)), { minLength: 1, maxLength: 400 }),
      fc.integer({ min: 1, max: 5 }),
      (comparator, direction, target, data, stride) => {
        const goal = { value: target === 0 ? 100 : target, comparator, direction };
        const values = Float64Array.from(data);
        const count = Math.floor(values.length / stride);
        const offset = values.length - count * stride;
        let expected = 0;
        for (let index = 0; index < count; index++) if (meetsGoal(values[offset + index * stride]!, goal)) expected++;
        expect(countMeetingGoal(goal, values, offset, stride, count)).toBe(expected);
        const test = goalTest(goal);
        for (const value of data) expect(test(value)).toBe(meetsGoal(value, goal));
      },
    ), { seed: 31, numRuns: 300 });
  });

  it('gives the share of paths meeting the goal in one year of row-major paths', () => {
    // 4 paths × 3 years; year index 2 holds 5, 10, 15, 20: two of four are ≥ 12
    const paths = Float64Array.from([1, 2, 5, 1, 2, 10, 1, 2, 15, 1, 2, 20]);
    expect(shareMeetingGoal({ value: 12, comparator: 'at-least', direction: 'higher-is-better' }, paths, 4, 3, 2)).toBe(0.5);
    expect(shareMeetingGoal({ value: 12, comparator: 'below', direction: 'lower-is-better' }, paths, 4, 3, 2)).toBe(0.5);
    expect(shareMeetingGoal({ value: 3, comparator: 'at-most', direction: 'lower-is-better' }, paths, 4, 3, 0)).toBe(1);
  });
});

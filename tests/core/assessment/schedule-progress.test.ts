import { describe, expect, it } from 'vitest';
import { scheduleProgress, straightPathValue } from '../../../src/core/assessment/schedule-progress.js';
import { meetsGoal } from '../../../src/core/assessment/plan-goal.js';

describe('scheduleProgress', () => {
  it('computes 完成率, distance covered, 序时进度 and Sicherl time distance', () => {
    // Yubei R&D intensity: base 2020 4.40, target 2025 4.8; suppose 2023 = 4.52.
    const progress = scheduleProgress({ baseYear: 2020, baseValue: 4.4, latestYear: 2023, latestValue: 4.52, targetYear: 2025, targetValue: 4.8 });
    expect(progress.attainment).toBeCloseTo(4.52 / 4.8, 12);
    expect(progress.distanceCovered).toBeCloseTo(0.12 / 0.4, 12);
    expect(progress.timeElapsed).toBeCloseTo(0.6, 12);
    expect(progress.onSchedule).toBe(false);
    // the straight path reaches 4.52 after 0.3 × 5 = 1.5 years (mid-2021): 1.5 years behind in 2023
    expect(progress.yearsAheadOfStraightPath).toBeCloseTo(-1.5, 12);
  });

  it('the straight path runs from base to target', () => {
    const plan = { baseYear: 2020, baseValue: 10, targetYear: 2025, targetValue: 20 };
    expect(straightPathValue(plan, 2020)).toBe(10);
    expect(straightPathValue(plan, 2025)).toBe(20);
    expect(straightPathValue(plan, 2023)).toBeCloseTo(16, 12);
  });

  it('as-of year later than the latest data counts the elapsed time to the as-of year', () => {
    const progress = scheduleProgress({ baseYear: 2020, baseValue: 10, latestYear: 2022, latestValue: 14, targetYear: 2025, targetValue: 20, asOfYear: 2023 });
    expect(progress.timeElapsed).toBeCloseTo(0.6, 12);
    expect(progress.onSchedule).toBe(false);
  });
});

describe('meetsGoal', () => {
  const higher = 'higher-is-better' as const;
  it('reads the comparators of plan tables', () => {
    expect(meetsGoal(15, { value: 15, comparator: 'at-least', direction: higher })).toBe(true);
    expect(meetsGoal(3, { value: 3, comparator: 'above', direction: higher })).toBe(false);
    expect(meetsGoal(3.01, { value: 3, comparator: 'above', direction: higher })).toBe(true);
    expect(meetsGoal(4.8, { value: 4.8, comparator: 'exact', direction: higher })).toBe(true);
    expect(meetsGoal(4.7, { value: 4.8, comparator: 'about', direction: higher })).toBe(true);
    expect(meetsGoal(4.6, { value: 4.8, comparator: 'about', direction: higher })).toBe(false);
    expect(meetsGoal(4.9, { value: 5, comparator: 'exact', direction: 'lower-is-better' })).toBe(true);
  });
});

describe('goalTest', () => {
  it('agrees with meetsGoal for every comparator and direction', async () => {
    const { goalTest } = await import('../../../src/core/assessment/plan-goal.js');
    const fc = (await import('fast-check')).default;
    fc.assert(fc.property(
      fc.double({ min: -10, max: 10, noNaN: true }), fc.double({ min: -10, max: 10, noNaN: true }),
      fc.constantFrom('at-least', 'above', 'about', 'exact', 'at-most', 'below'), fc.constantFrom('higher-is-better', 'lower-is-better'),
      (value, target, comparator, direction) => {
        const goal = { value: target, comparator, direction } as const;
        expect(goalTest(goal)(value)).toBe(meetsGoal(value, goal));
      },
    ), { seed: 31, numRuns: 2000 });
  });
});

/**
 * The evaluation rules, each against numbers worked by hand from its reference (DOMAIN.md: 序时进度 is
 * 40 % at the end of year 2 and 60 % at the end of year 3; a decreasing indicator flips the arithmetic;
 * a goal whose year has passed is judged on its own year's value; no new data is "not assessable").
 */
import { describe, expect, it } from 'vitest';
import { notAssessableReason } from '../../../src/core/evaluation/assessability.js';
import { cumulativeProgress } from '../../../src/core/evaluation/cumulative-progress.js';
import { elapsedShare } from '../../../src/core/evaluation/elapsed-share.js';
import { goalYearHasPassed, judgementYear } from '../../../src/core/evaluation/judgement-year.js';
import { judgePassedGoal } from '../../../src/core/evaluation/passed-goal.js';
import { progressTowardTarget } from '../../../src/core/evaluation/progress-toward-target.js';
import { chainGrowthRecords, growthRowIssue } from '../../../src/core/records/chain-growth.js';
import type { IndicatorRecord } from '../../../src/core/records/indicator-record.js';

describe('judgement year', () => {
  it('is the as-of year for a goal ahead and the goal year once it has passed', () => {
    expect(judgementYear(2023, 2025)).toBe(2023);
    expect(judgementYear(2023, 2020)).toBe(2020);
    expect(goalYearHasPassed(2023, 2020)).toBe(true);
    expect(goalYearHasPassed(2023, 2025)).toBe(false);
  });
});

describe('elapsed share (序时进度)', () => {
  it('is 40 % after two years and 60 % after three of a five-year plan', () => {
    expect(elapsedShare(2022, 2020, 2025)).toBeCloseTo(0.4, 12);
    expect(elapsedShare(2023, 2020, 2025)).toBeCloseTo(0.6, 12);
  });
  it('is capped to [0, 1]', () => {
    expect(elapsedShare(2027, 2020, 2025)).toBe(1);
    expect(elapsedShare(2018, 2020, 2025)).toBe(0);
  });
  it('is undefined for a goal not after its base', () => expect(elapsedShare(2023, 2025, 2025)).toBeUndefined());
});

describe('progress toward the target', () => {
  it('higher-is-better: covered (latest − base)/(target − base), attainment latest/target', () => {
    const progress = progressTowardTarget({ baseValue: 2, latestValue: 3, targetValue: 4, direction: 'higher-is-better' });
    expect(progress.distanceCovered).toBeCloseTo(0.5, 12);
    expect(progress.attainment).toBeCloseTo(0.75, 12);
  });
  it('lower-is-better flips both: energy use 10 → 9 toward 8 covers half, attainment 8/9', () => {
    const progress = progressTowardTarget({ baseValue: 10, latestValue: 9, targetValue: 8, direction: 'lower-is-better' });
    expect(progress.distanceCovered).toBeCloseTo(0.5, 12);
    expect(progress.attainment).toBeCloseTo(8 / 9, 12);
    // a rise of a decreasing indicator is negative progress
    expect(progressTowardTarget({ baseValue: 10, latestValue: 11, targetValue: 8, direction: 'lower-is-better' }).distanceCovered).toBeCloseTo(-0.5, 12);
  });
});

describe('not assessable', () => {
  it('with no observation after the base year, whatever the as-of year', () => {
    expect(notAssessableReason({ baseYear: 2020, baseValue: 4.4, latestYear: 2020, goalYear: 2025 })).toBe('no-observation-after-base');
  });
  it('without a base value', () => expect(notAssessableReason({ baseYear: undefined, baseValue: undefined, latestYear: 2022, goalYear: 2025 })).toBe('no-base'));
  it('is assessable with an observation after the base', () => expect(notAssessableReason({ baseYear: 2020, baseValue: 4.4, latestYear: 2021, goalYear: 2025 })).toBeUndefined());
});

describe('a passed goal is judged on its own year', () => {
  it('met, with the margin in the direction of improvement', () => {
    const judgement = judgePassedGoal({ value: 3.5, comparator: 'exact', direction: 'higher-is-better' }, 4.4);
    expect(judgement.met).toBe(true);
    expect(judgement.margin).toBeCloseTo(0.9, 12);
    expect(judgement.marginShare).toBeCloseTo(0.9 / 3.5, 12);
  });
  it('missed for a decreasing indicator above its ceiling', () => {
    const judgement = judgePassedGoal({ value: 8, comparator: 'exact', direction: 'lower-is-better' }, 8.4);
    expect(judgement.met).toBe(false);
    expect(judgement.margin).toBeCloseTo(-0.4, 12);
  });
});

describe('cumulative goals', () => {
  const observed = new Map([[2021, 9], [2022, 10]]);
  it('compare the running sum with the elapsed share of the total and give the yearly amount still needed', () => {
    const progress = cumulativeProgress({ periodStart: 2021, goalYear: 2025, target: 40, judgedYear: 2022, observed });
    expect(progress.sumSoFar).toBe(19);
    expect(progress.elapsedShare).toBeCloseTo(0.4, 12);
    expect(progress.distanceCovered).toBeCloseTo(19 / 40, 12);
    expect(progress.onSchedule).toBe(true);
    expect(progress.yearlyAmountNeeded).toBeCloseTo(21 / 3, 12);
  });
  it('never ask for a negative amount once the sum is reached', () => {
    const progress = cumulativeProgress({ periodStart: 2021, goalYear: 2025, target: 15, judgedYear: 2022, observed });
    expect(progress.yearlyAmountNeeded).toBe(0);
  });
  it('behind when the sum lags the elapsed share; a reported running total counts', () => {
    const progress = cumulativeProgress({ periodStart: 2020, goalYear: 2023, target: 150, judgedYear: 2022, observed: new Map(), reportedTotal: { year: 2022, value: 63 } });
    expect(progress.elapsedShare).toBeCloseTo(0.75, 12);
    expect(progress.distanceCovered).toBeCloseTo(0.42, 12);
    expect(progress.onSchedule).toBe(false);
    expect(progress.yearlyAmountNeeded).toBeCloseTo(87, 12);
  });
});

describe('growth records', () => {
  const record = (year: number, kind: IndicatorRecord['kind'], value: number): IndicatorRecord => ({ region: 'r', indicator: 'rd_expenditure', year, kind, value, unit: kind === 'growth' ? '%' : '亿元', source: { document: 'd', location: 'l' } });
  it('chain onto the level of the year before, and onward', () => {
    const { records, growthOnly } = chainGrowthRecords([record(2022, 'actual', 100), record(2023, 'growth', 27), record(2024, 'growth', 10)]);
    const chained = records.filter((entry) => entry.chainedFromGrowth !== undefined);
    expect(chained.map((entry) => [entry.year, entry.value])).toEqual([[2023, 127], [2024, 139.7]]);
    expect(chained[0]!.chainedFromGrowth).toEqual({ growthPercent: 27, fromYear: 2022, fromValue: 100 });
    expect(growthOnly).toEqual([]);
  });
  it('stay growth-only without a level of the year before', () => {
    const { records, growthOnly } = chainGrowthRecords([record(2020, 'actual', 100), record(2023, 'growth', 27)]);
    expect(records.filter((entry) => entry.chainedFromGrowth !== undefined)).toEqual([]);
    expect(growthOnly.map((entry) => entry.year)).toEqual([2023]);
  });
  it('refuse −100 % or less, and units that are not percentages', () => {
    expect(growthRowIssue(-100, '%')).toBeDefined();
    expect(growthRowIssue(27, '倍')).toBeDefined();
    expect(growthRowIssue(27, '')).toBeUndefined();
  });
});

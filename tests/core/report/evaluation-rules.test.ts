/**
 * The evaluation's rules against hand-worked numbers: which plan is evaluated and whether mid-term or final;
 * the preset's status classes in order; the exact numerator/denominator split of a ratio's shortfall; the
 * value reachable with a stated probability; the reference-class windows; the growth a ratio's numerator
 * needs ahead.
 */
import { describe, expect, it } from 'vitest';
import { planCalendar, type PlanDefinition } from '../../../src/core/plans/plan-calendar.js';
import { chooseEvaluatedPlan, goalGroup } from '../../../src/core/report/evaluation/evaluated-plan.js';
import { decomposeShortfall, ratioRelation, requirementAhead, type DecompositionInput } from '../../../src/core/report/evaluation/ratio-decomposition.js';
import { reachableValues, roundSafely } from '../../../src/core/report/evaluation/reachable-values.js';
import { statusClasses } from '../../../src/core/report/evaluation/status-classes.js';
import type { IndicatorDefinition } from '../../../src/core/catalog/indicator-catalog.js';
import type { IndicatorPaths } from '../../../src/core/simulation/indicator-paths.js';
import type { GoalRow } from '../../../src/core/report/report-model.js';

const plan = (id: string, firstYear: number, lastYear: number, kind: PlanDefinition['kind'] = 'five-year'): PlanDefinition => ({
  id, name: { zh: id, en: id }, aliases: [], kind, firstYear, lastYear, baseYear: firstYear - 1, origin: 'bundled',
});
const calendar = planCalendar([plan('p13', 2016, 2020), plan('p14', 2021, 2025), plan('p15', 2026, 2030), plan('lr', 2021, 2035, 'long-range')]);
const byId = (id: string) => calendar.plans.find((entry) => entry.id === id)!;

describe('the plan evaluated, and mid-term or final', () => {
  const withGoals = new Set(['p13', 'p14']);
  it('is the mid-term evaluation while the as-of year is inside the plan', () => {
    expect(chooseEvaluatedPlan(calendar, 2023, true, byId('p14'), withGoals)).toMatchObject({ plan: { id: 'p14' }, kind: 'mid-term' });
  });
  it('is the final evaluation from the plan\'s last year on, also when the next plan\'s goals are set', () => {
    expect(chooseEvaluatedPlan(calendar, 2025, true, byId('p15'), new Set(['p14', 'p15']))).toMatchObject({ plan: { id: 'p14' }, kind: 'final' });
    expect(chooseEvaluatedPlan(calendar, 2026, true, byId('p15'), withGoals)).toMatchObject({ plan: { id: 'p14' }, kind: 'final' });
  });
  it('without --as-of takes the current plan (at a plan\'s last year, the next one when its goals are set)', () => {
    expect(chooseEvaluatedPlan(calendar, 2020, false, byId('p14'), withGoals)).toMatchObject({ plan: { id: 'p14' }, kind: 'mid-term' });
    // the current plan has no goals in the region: the latest plan with goals that has begun
    expect(chooseEvaluatedPlan(calendar, 2027, false, byId('p15'), withGoals)).toMatchObject({ plan: { id: 'p14' }, kind: 'final' });
  });
  it('puts each goal in its table', () => {
    const evaluated = byId('p14');
    expect(goalGroup({ planPeriod: 'p14', targetYear: 2025 }, evaluated, calendar)).toBe('evaluated');
    expect(goalGroup({ planPeriod: 'lr', targetYear: 2035 }, evaluated, calendar)).toBe('long-range');
    expect(goalGroup({ planPeriod: 'p15', targetYear: 2030 }, evaluated, calendar)).toBe('next');
    expect(goalGroup({ planPeriod: 'p13', targetYear: 2020 }, evaluated, calendar)).toBe('earlier');
    expect(goalGroup({ planPeriod: 'other', targetYear: 2023 }, evaluated, calendar)).toBe('evaluated');
  });
});

describe('status classes', () => {
  const row = (goalId: string, status: GoalRow['status'], attribute: string | null = null) => ({ goalId, status, attribute }) as GoalRow;
  it('lists every class of the Chongqing preset in its order, binding goals first within a class', () => {
    const classes = statusClasses([row('a', 'behind-or-at-risk'), row('b', 'completed-early'), row('c', 'behind-or-at-risk', 'binding'), row('d', 'no-data')], 'chongqing');
    expect(classes.map((entry) => entry.status)).toEqual(['completed-early', 'on-schedule-exceed', 'on-schedule-expected', 'behind-or-at-risk', 'no-data']);
    expect(classes[3]!.goalIds).toEqual(['c', 'a']);
    expect(classes[1]!.goalIds).toEqual([]);
  });
  it('adds achieved and missed to the national classes when goals were judged on their own year', () => {
    expect(statusClasses([row('a', 'missed'), row('b', 'achieved')], 'national').map((entry) => entry.status)).toEqual(['achieved-early', 'ahead-of-expectations', 'in-line', 'lagging', 'achieved', 'missed']);
  });
});

const definition = (id: string, relation?: string): IndicatorDefinition => ({ id, name: { zh: id, en: id }, aliases: [], unit: '', kind: 'ratio', direction: 'higher-is-better', bounds: { lower: 0, upper: null }, ...(relation ? { relation } : {}) });

describe('a ratio\'s shortfall split between numerator and denominator', () => {
  it('reads the catalogue\'s relation', () => {
    expect(ratioRelation('rd_expenditure / gdp * 100')).toEqual({ numerator: 'rd_expenditure', denominator: 'gdp', constant: 100 });
    expect(ratioRelation('valid_invention_patents / population')).toEqual({ numerator: 'valid_invention_patents', denominator: 'population', constant: 1 });
    expect(ratioRelation('a + b')).toBeUndefined();
  });

  // R&D 88.39 → 110 (2020 → 2023), GDP 2009.52 → 2450, intensity 4.4 → 4.49; goals: intensity 4.8 and R&D 140 in 2025.
  const input: DecompositionInput = {
    ratio: definition('rd_intensity', 'rd_expenditure / gdp * 100'), numerator: definition('rd_expenditure'), denominator: definition('gdp'), constant: 100,
    ratioValues: new Map([[2020, 4.4], [2023, 4.49]]), numeratorValues: new Map([[2016, 60], [2020, 88.39], [2023, 110]]), denominatorValues: new Map([[2016, 1500], [2020, 2009.52], [2023, 2450]]),
    goal: { year: 2025, value: 4.8, baseYear: 2020, baseValue: 4.4 }, numeratorGoal: { year: 2025, value: 140, baseYear: 2020, baseValue: 88.39 },
  };

  it('matches the hand-worked split and adds up exactly', () => {
    const result = decomposeShortfall(input)!;
    // by hand: the straight paths in 2023 — intensity 4.4 + 0.6 × 0.4 = 4.64, R&D 88.39 + 0.6 × 51.61 = 119.356;
    // the GDP consistent with both: 119.356 × 100 / 4.64 = 2572.33
    const shortfall = Math.log(4.64 / ((110 * 100) / 2450));
    expect(result.numeratorShare).toBeCloseTo(Math.log(119.356 / 110) / shortfall, 6);
    expect(result.denominatorShare).toBeCloseTo(Math.log(2450 / 2572.3276) / shortfall, 4);
    expect(result.numeratorShare + result.denominatorShare).toBeCloseTo(1, 10);
    expect(result.numeratorReference).toBe('own-goal');
    expect(result.numeratorReferenceGrowth).toBeCloseTo((119.356 / 88.39) ** (1 / 3) - 1, 6);
    expect(result.denominatorGrowth).toBeCloseTo((2450 / 2009.52) ** (1 / 3) - 1, 10);
  });

  it('falls back on the numerator\'s trend before the base when it has no goal of the plan', () => {
    const result = decomposeShortfall({ ...input, numeratorGoal: undefined })!;
    expect(result.numeratorReference).toBe('earlier-trend');
    expect(result.numeratorReferenceGrowth).toBeCloseTo((88.39 / 60) ** (1 / 4) - 1, 10);
  });

  it('decomposes no ratio that is on or above its path', () => {
    // R&D 110 over GDP 2300 is 4.78 %, above the path's 4.64 %
    expect(decomposeShortfall({ ...input, denominatorValues: new Map([[2016, 1500], [2020, 2009.52], [2023, 2300]]) })).toBeUndefined();
  });

  it('states the numerator\'s growth needed ahead with the denominator at its historical pace', () => {
    const result = requirementAhead(input, 2023, 4.49)!;
    const ratio = (4.8 / 4.49) ** 0.5 - 1;
    const gdp = (2450 / 1500) ** (1 / 7) - 1;
    expect(result.requiredRatioGrowth).toBeCloseTo(ratio, 10);
    expect(result.requiredNumeratorGrowth).toBeCloseTo((1 + ratio) * (1 + gdp) - 1, 10);
  });
});

describe('the value reachable with a probability', () => {
  // 1,000 paths of one year whose values are 1 … 1000
  const paths: IndicatorPaths = {
    region: 'r', indicator: 'x', indicatorKind: 'count', bounds: { lower: 0, upper: null }, lastYear: 2020, lastValue: 1, firstYear: 2021, horizon: 1, pathCount: 1000,
    values: Float64Array.from({ length: 1000 }, (_, index) => 1000 - index),
  };
  it('is met by at least that share of the paths, and rounds towards the safe side', () => {
    const [half, eighty] = reachableValues(paths, { year: 2021, direction: 'higher-is-better', wholeNumbers: true }, [0.5, 0.8])!;
    const share = (value: number) => [...paths.values].filter((entry) => entry >= value).length / 1000;
    expect(share(half!)).toBeGreaterThanOrEqual(0.5);
    expect(share(eighty!)).toBeGreaterThanOrEqual(0.8);
    expect(eighty).toBe(200);
    expect(half!).toBeGreaterThan(eighty!);
    const [lower] = reachableValues(paths, { year: 2021, direction: 'lower-is-better', wholeNumbers: true }, [0.8])!;
    expect([...paths.values].filter((entry) => entry <= lower!).length / 1000).toBeGreaterThanOrEqual(0.8);
  });
  it('rounds to three significant digits, down for targets to beat and up for ceilings', () => {
    expect(roundSafely(4.7468, 'higher-is-better', false)).toBe(4.74);
    expect(roundSafely(4.7468, 'lower-is-better', false)).toBe(4.75);
    expect(roundSafely(12_345.6, 'higher-is-better', true)).toBe(12_300);
    expect(roundSafely(37.9, 'higher-is-better', true)).toBe(37);
  });
  it('has no value for a year outside the paths', () => {
    expect(reachableValues(paths, { year: 2030, direction: 'higher-is-better', wholeNumbers: false }, [0.5])).toBeUndefined();
  });
});

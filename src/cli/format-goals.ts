/** Terminal rendering of goal assessments and projections (tables; JSON is printed as is). */
import type { GoalAssessment } from '../core/feasibility/goal-assessment.js';
import type { IndicatorProjection } from '../core/pipeline/project-scenario.js';
import { formatNumber } from './format-table.js';

const COMPARATOR_SYMBOL: Record<string, string> = { 'at-least': '≥', above: '>', about: '≈', exact: '', 'at-most': '≤', below: '<' };

export function percent(value: number | null, digits = 1): string {
  return value === null || !Number.isFinite(value) ? '–' : `${(value * 100).toFixed(digits)} %`;
}

export function goalText(goal: Pick<GoalAssessment, 'comparator' | 'target' | 'kind' | 'periodStart' | 'targetYear'>): string {
  const sum = goal.kind === 'cumulative-target' ? ` Σ${goal.periodStart ?? ''}–${goal.targetYear}` : '';
  return `${COMPARATOR_SYMBOL[goal.comparator] ?? ''}${formatNumber(goal.target)}${sum}`;
}

export function reachText(goal: GoalAssessment): string {
  const reach = goal.reachYear;
  if (reach === null) return '–';
  if (reach.median === null) return `not by ${goal.targetYear}+ (${percent(1 - reach.shareNotReached, 0)} do)`;
  return `${reach.median} [${reach.p10 ?? '…'}–${reach.p90 ?? 'later'}]`;
}

export function scheduleText(goal: GoalAssessment): string {
  if (goal.onSchedule === null) return '–';
  const years = goal.yearsAheadOfStraightPath;
  const distance = years === null ? '' : ` ${years >= 0 ? '+' : ''}${years.toFixed(1)} y`;
  return `${goal.onSchedule ? 'on' : 'behind'}${distance}`;
}

/** The preset's verdict, with the reason when the goal cannot be judged ("not-assessable: no observation after base"). */
export function presetText(goal: GoalAssessment): string {
  const assessment = goal.presetAssessment;
  if (assessment === null) return scheduleText(goal);
  return assessment.reason === undefined ? assessment.status : `${assessment.status}: ${assessment.reason.replace(/-/g, ' ')}`;
}

/** What the goal still needs a year: the growth rate of a level goal, the amount of a cumulative one. */
export function requiredText(goal: GoalAssessment): string {
  if (goal.kind === 'cumulative-target') return goal.yearlyAmountNeeded === null ? '–' : `${formatNumber(goal.yearlyAmountNeeded)}/yr`;
  return percent(goal.requiredGrowth);
}

/** The latest value, marked when it was chained from a year-on-year growth rate, or the running sum of a cumulative goal. */
export function latestText(goal: GoalAssessment): string {
  if (goal.kind === 'cumulative-target' && goal.cumulativeSoFar !== null) return `Σ ${formatNumber(goal.cumulativeSoFar)}`;
  if (goal.latestValue === null) return '–';
  return `${formatNumber(goal.latestValue)} (${goal.latestYear}${goal.latestChainedFromGrowth !== null ? ', from growth' : ''})`;
}

export function goalRow(goal: GoalAssessment, name: string): string[] {
  return [
    `${goal.indicator} ${name}`,
    `${goal.targetYear}${goal.kind === 'milestone' ? '*' : ''}`,
    goalText(goal),
    goal.attribute ?? '–',
    latestText(goal),
    requiredText(goal),
    percent(goal.historicalGrowth),
    goal.probability === null ? '–' : `${(goal.probability * 100).toFixed(0)} %`,
    goal.status,
    reachText(goal),
    presetText(goal),
    goal.bindingWarning === null ? '' : `! binding: ${goal.bindingWarning.replace(/-/g, ' ')}`,
  ];
}

export const GOAL_HEADER = ['indicator', 'year', 'target', 'attribute', 'latest', 'required/yr', 'historical/yr', 'P(meet)', 'status', 'reached [80 %]', 'progress (preset)', 'warning'];
export const GOAL_ALIGN = ['left', 'right', 'right', 'left', 'right', 'right', 'right', 'right', 'left', 'left', 'left', 'left'] as const;

export function quantileAt(projection: IndicatorProjection, year: number): string {
  const row = projection.quantiles.find((entry) => entry.year === year);
  return row === undefined ? '–' : `${formatNumber(row.p50, 3)} [${formatNumber(row.p10, 3)}–${formatNumber(row.p90, 3)}]`;
}

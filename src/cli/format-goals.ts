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

export function goalRow(goal: GoalAssessment, name: string): string[] {
  return [
    `${goal.indicator} ${name}`,
    `${goal.targetYear}${goal.kind === 'milestone' ? '*' : ''}`,
    goalText(goal),
    goal.latestValue === null ? '–' : `${formatNumber(goal.latestValue)} (${goal.latestYear})`,
    percent(goal.requiredGrowth),
    percent(goal.historicalGrowth),
    goal.probability === null ? '–' : `${(goal.probability * 100).toFixed(0)} %`,
    goal.status,
    reachText(goal),
    goal.presetAssessment?.status ?? scheduleText(goal),
  ];
}

export const GOAL_HEADER = ['indicator', 'year', 'target', 'latest', 'required/yr', 'historical/yr', 'P(meet)', 'status', 'reached [80 %]', 'schedule'];
export const GOAL_ALIGN = ['left', 'right', 'right', 'right', 'right', 'right', 'right', 'left', 'left', 'left'] as const;

export function quantileAt(projection: IndicatorProjection, year: number): string {
  const row = projection.quantiles.find((entry) => entry.year === year);
  return row === undefined ? '–' : `${formatNumber(row.p50, 3)} [${formatNumber(row.p10, 3)}–${formatNumber(row.p90, 3)}]`;
}

/**
 * The `plan` column of a data file (also written `plan_period`, 规划期 or 规划): which plan a row's goal
 * belongs to, by calendar id, Chinese name or the plan's years (plans/plan-reference.ts). An empty cell
 * leaves the plan to be inferred from the goal's year; a cell naming no plan is an error (E_UNKNOWN_PLAN).
 */
import type { PlanCalendar } from '../plans/plan-calendar.js';
import { parsePlanReference, planReferenceHelp } from '../plans/plan-reference.js';

export type PlanCell = { plan?: string; problem?: { message: string; remedy: string } };

export function parsePlanCell(written: string, calendar: PlanCalendar): PlanCell {
  if (written.trim() === '') return {};
  const reference = parsePlanReference(written, calendar);
  if (reference.ok) return { plan: reference.id };
  return { problem: { message: `unknown plan: ${reference.reason}`, remedy: planReferenceHelp(calendar) } };
}

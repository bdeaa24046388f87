/**
 * The plan calendar as data: every plan period plancast knows (seeds/plans.yaml, a user's --plans file,
 * and plans a data file names by its years, such as `2026-2030`), with the years it covers and the base
 * year its targets are measured from. Nothing else in the code knows a plan year or a plan name: what
 * the "current plan" is, where a goal's base lies and which table a goal belongs to are all read here.
 *
 *   planContaining(calendar, 2023)   → the five-year plan covering 2023
 *   planOfGoalYear(calendar, 2035)   → the long-range plan ending in 2035 (no five-year plan covers it)
 */
import type { LocalizedText } from '../catalog/indicator-catalog.js';

/** five-year: a five-year plan; long-range: goals set beside a five-year plan for a later year. */
export type PlanKind = 'five-year' | 'long-range';

export interface PlanDefinition {
  id: string;
  name: LocalizedText;
  /** other ways a data file may name the plan (Chinese short names and the like) */
  aliases: string[];
  kind: PlanKind;
  firstYear: number;
  lastYear: number;
  /** the year the plan's base values refer to (the year before its first year, for the bundled plans) */
  baseYear: number;
  /** where the plan was defined: the bundled calendar, a user's plan file, or a data file's own years */
  origin: 'bundled' | 'user' | 'data';
}

export interface PlanCalendar {
  /** in calendar order: by first year, five-year plans before long-range ones, then by id */
  plans: readonly PlanDefinition[];
}

export const EMPTY_CALENDAR: PlanCalendar = { plans: [] };

function comparePlans(left: PlanDefinition, right: PlanDefinition): number {
  return left.firstYear - right.firstYear || (left.kind === right.kind ? 0 : left.kind === 'five-year' ? -1 : 1) || left.lastYear - right.lastYear || left.id.localeCompare(right.id);
}

/** A calendar of these plans, in calendar order. */
export function planCalendar(plans: readonly PlanDefinition[]): PlanCalendar {
  return { plans: [...plans].sort(comparePlans) };
}

export function findPlan(calendar: PlanCalendar, id: string | undefined): PlanDefinition | undefined {
  return id === undefined ? undefined : calendar.plans.find((plan) => plan.id === id);
}

export function fiveYearPlans(calendar: PlanCalendar): PlanDefinition[] {
  return calendar.plans.filter((plan) => plan.kind === 'five-year');
}

/** The five-year plan whose years contain `year` (the latest-starting one if plans overlap). */
export function planContaining(calendar: PlanCalendar, year: number): PlanDefinition | undefined {
  return fiveYearPlans(calendar).filter((plan) => plan.firstYear <= year && year <= plan.lastYear).at(-1);
}

/**
 * The plan a goal of this year belongs to when its record names none: the five-year plan covering the
 * year, else a long-range plan ending in it.
 */
export function planOfGoalYear(calendar: PlanCalendar, year: number): PlanDefinition | undefined {
  return planContaining(calendar, year) ?? calendar.plans.find((plan) => plan.kind === 'long-range' && plan.lastYear === year);
}

/** The five-year plan that follows `plan` (the one whose base year is its last year). */
export function nextPlan(calendar: PlanCalendar, plan: PlanDefinition): PlanDefinition | undefined {
  return fiveYearPlans(calendar).find((candidate) => candidate.baseYear === plan.lastYear && candidate.id !== plan.id);
}

/** The last year any plan of the calendar reaches (the natural end of a projection). */
export function calendarEndYear(calendar: PlanCalendar): number | undefined {
  return calendar.plans.length === 0 ? undefined : Math.max(...calendar.plans.map((plan) => plan.lastYear));
}

/** A plan's name in one language ("“十四五”" / "14th Five-Year Plan"); the id for plans the calendar lacks. */
export function planName(calendar: PlanCalendar, id: string | null | undefined, language: 'zh' | 'en'): string {
  if (id === null || id === undefined) return '';
  return findPlan(calendar, id)?.name[language] ?? id;
}

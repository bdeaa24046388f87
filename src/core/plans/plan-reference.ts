/**
 * How a data file names a plan, in its `plan` column (or with --plan for the whole file): a calendar id
 * (`14th`), a name or alias from the calendar (十四五, “十四五”规划), the plan's years (`2026-2030`,
 * `2026—2030年`), or `other` (a goal outside any plan: it is measured from the latest observation before
 * it). Years that match a calendar plan resolve to it; other years make the file's own plan, with the
 * year before its first as its base (`plansFromRecords` adds it to the dataset's calendar).
 */
import type { IndicatorRecord } from '../records/indicator-record.js';
import { planCalendar, type PlanCalendar, type PlanDefinition } from './plan-calendar.js';

/** The plan tag of goals that belong to no plan period. */
export const OUTSIDE_ANY_PLAN = 'other';

const RANGE = /^(\d{4})\s*(?:-|–|—|－|~|～|至|到)\s*(\d{4})\s*年?$/;

function normalize(text: string): string {
  return text.trim().toLowerCase().replace(/[\s“”"'‘’()（）《》]/g, '');
}

export type PlanReference =
  | { ok: true; id: string; range?: { firstYear: number; lastYear: number } }
  | { ok: false; reason: string };

/** The plan a written reference names, or why it names none. */
export function parsePlanReference(written: string, calendar: PlanCalendar): PlanReference {
  const text = written.trim();
  if (text === '') return { ok: false, reason: 'the plan is empty' };
  if (normalize(text) === OUTSIDE_ANY_PLAN) return { ok: true, id: OUTSIDE_ANY_PLAN };
  const wanted = normalize(text);
  const named = calendar.plans.find((plan) => [plan.id, plan.name.zh, plan.name.en, ...plan.aliases].some((name) => normalize(name) === wanted));
  if (named !== undefined) return { ok: true, id: named.id };
  const range = RANGE.exec(text);
  if (range !== null) {
    const firstYear = Number(range[1]);
    const lastYear = Number(range[2]);
    if (firstYear > lastYear) return { ok: false, reason: `the plan's first year ${firstYear} is after its last year ${lastYear}` };
    const same = calendar.plans.find((plan) => plan.firstYear === firstYear && plan.lastYear === lastYear);
    return same !== undefined ? { ok: true, id: same.id } : { ok: true, id: `${firstYear}-${lastYear}`, range: { firstYear, lastYear } };
  }
  return { ok: false, reason: `not a plan of the calendar, nor a span of years such as ${exampleRange(calendar)}` };
}

/** The ways a plan can be written, for a remedy: the calendar's ids, then the forms of years. */
export function planReferenceHelp(calendar: PlanCalendar): string {
  return `use a plan id (${calendar.plans.map((plan) => plan.id).join(', ')}), its Chinese name, the plan's years such as ${exampleRange(calendar)}, or ${OUTSIDE_ANY_PLAN}`;
}

function exampleRange(calendar: PlanCalendar): string {
  const last = calendar.plans.filter((plan) => plan.kind === 'five-year').at(-1);
  return last === undefined ? 'first-last' : `${last.firstYear}-${last.lastYear}`;
}

/** The calendar with the plans a data file names by their years alone (each with the year before its first as base). */
export function plansFromRecords(calendar: PlanCalendar, records: readonly IndicatorRecord[]): PlanCalendar {
  const added = new Map<string, PlanDefinition>();
  for (const record of records) {
    const id = record.planPeriod;
    if (id === undefined || added.has(id) || calendar.plans.some((plan) => plan.id === id)) continue;
    const range = RANGE.exec(id);
    if (range === null) continue;
    const firstYear = Number(range[1]);
    const lastYear = Number(range[2]);
    added.set(id, {
      id, name: { zh: `${firstYear}—${lastYear}年规划`, en: `Plan ${firstYear}–${lastYear}` }, aliases: [],
      kind: 'five-year', firstYear, lastYear, baseYear: firstYear - 1, origin: 'data',
    });
  }
  return added.size === 0 ? calendar : planCalendar([...calendar.plans, ...added.values()]);
}

/** The calendar's plan a user names on the command line (an id, a name or alias, or the plan's years), or undefined. */
export function findNamedPlan(calendar: PlanCalendar, written: string | undefined): PlanDefinition | undefined {
  if (written === undefined) return undefined;
  const reference = parsePlanReference(written, calendar);
  return reference.ok ? calendar.plans.find((plan) => plan.id === reference.id) : undefined;
}

/**
 * The schema of a plan calendar file (seeds/plans.yaml, a user's --plans file): validated once here;
 * the core trusts the PlanDefinition list it returns. A plan's years must be in order and its base year
 * before its first year; a user's file may add plans with new ids but not redefine bundled ones.
 */
import { z } from 'zod';
import { PlancastError } from '../errors.js';
import { planCalendar, type PlanCalendar, type PlanDefinition } from './plan-calendar.js';

const localizedText = z.object({ zh: z.string().min(1), en: z.string().min(1) }).strict();
const year = z.number().int().min(1900).max(2200);

export const planEntrySchema = z
  .object({
    name: localizedText,
    aliases: z.array(z.string().min(1)).default([]),
    kind: z.enum(['five-year', 'long-range']).default('five-year'),
    first_year: year,
    last_year: year,
    base_year: year,
  })
  .strict()
  .refine((entry) => entry.first_year <= entry.last_year, { message: 'first_year must not be after last_year' })
  .refine((entry) => entry.base_year < entry.first_year, { message: 'base_year must be before first_year' });

export const planFileSchema = z
  .object({ plans: z.record(z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, 'plan ids hold letters, digits, "-", "_" and "." only'), planEntrySchema) })
  .strict();

/** The plans of one file, or a PlancastError (E_PLANS_INVALID) naming every bad entry. */
export function parsePlanFile(content: unknown, file: string, origin: PlanDefinition['origin']): PlanDefinition[] {
  const result = planFileSchema.safeParse(content);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${file}: at ${issue.path.join('.') || '(top)'}: ${issue.message}`).join('\n');
    throw new PlancastError('E_PLANS_INVALID', problems, { remedy: 'fix the entries named; see seeds/plans.yaml for the fields (name, kind, first_year, last_year, base_year)' });
  }
  return Object.entries(result.data.plans).map(([id, entry]) => ({
    id, name: entry.name, aliases: entry.aliases, kind: entry.kind, firstYear: entry.first_year, lastYear: entry.last_year, baseYear: entry.base_year, origin,
  }));
}

/** The bundled calendar with a user's plans added: new ids only. */
export function extendCalendar(calendar: PlanCalendar, added: readonly PlanDefinition[], file: string): PlanCalendar {
  const clashes = added.filter((plan) => calendar.plans.some((known) => known.id === plan.id)).map((plan) => plan.id);
  if (clashes.length > 0) {
    throw new PlancastError('E_PLANS_INVALID', `${file}: these plan ids are already in the calendar: ${clashes.join(', ')}`, { remedy: 'give your plans new ids (the bundled ones cannot be redefined)' });
  }
  return planCalendar([...calendar.plans, ...added]);
}

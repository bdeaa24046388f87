/**
 * The schema of the catalogue files (seeds/indicators.yaml, seeds/regions.yaml, and users' own catalogue
 * additions). Validation happens once here; the core trusts the normalised Catalog it returns.
 */
import { z } from 'zod';
import { PlancastError } from '../errors.js';
import { EMPTY_CALENDAR, type PlanCalendar } from '../plans/plan-calendar.js';
import { checkRoles, DRIVER_NAMES, normaliseRoles } from './indicator-roles.js';
import { DIRECTIONS, INDICATOR_KINDS, type Catalog, type IndicatorDefinition, type RegionDefinition } from './indicator-catalog.js';

const localizedText = z.object({ zh: z.string().min(1), en: z.string().min(1) }).strict();
const bound = z.number().nullable();

export const indicatorEntrySchema = z
  .object({
    name: localizedText,
    aliases: z.array(z.string()).default([]),
    unit: z.string().min(1),
    kind: z.enum(INDICATOR_KINDS),
    direction: z.enum(DIRECTIONS).default('higher-is-better'),
    bounds: z.tuple([bound, bound]).default([0, null]),
    relation: z.string().optional(),
    roles: z
      .object({
        driver: z.enum(DRIVER_NAMES).optional(),
        numerator: z.string().optional(),
        denominator: z.string().optional(),
        pipelinePool: z.string().optional(),
      })
      .strict()
      .optional(),
    /** the indicator id whose forecast reference class this one shares */
    forecastGroup: z.string().regex(/^[a-z][a-z0-9_]*$/, 'forecastGroup is an indicator id').optional(),
  })
  .strict();

export const indicatorFileSchema = z.object({ indicators: z.record(z.string().regex(/^[a-z][a-z0-9_]*$/, 'indicator ids are snake_case'), indicatorEntrySchema) }).strict();

export const regionEntrySchema = z
  .object({ name: localizedText, aliases: z.array(z.string().min(1)).optional(), parent: z.string().optional(), documents: z.array(z.string()).default([]), default_preset: z.string().optional() })
  .strict();
export const regionFileSchema = z.object({ regions: z.record(z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'region ids are kebab-case'), regionEntrySchema) }).strict();

function describeZodError(error: z.ZodError, file: string): string {
  return error.issues.map((issue) => `${file}: at ${issue.path.join('.') || '(top)'}: ${issue.message}`).join('\n');
}

export function parseIndicatorFile(content: unknown, file: string): IndicatorDefinition[] {
  const result = indicatorFileSchema.safeParse(content);
  if (!result.success) {
    throw new PlancastError('E_CATALOG_INVALID', describeZodError(result.error, file), { remedy: 'fix the entries named; see seeds/README.md for the fields' });
  }
  return Object.entries(result.data.indicators).map(([id, entry]) => ({
    id,
    name: entry.name,
    aliases: entry.aliases,
    unit: entry.unit,
    kind: entry.kind,
    direction: entry.direction,
    bounds: { lower: entry.bounds[0], upper: entry.bounds[1] },
    ...(entry.relation !== undefined ? { relation: entry.relation } : {}),
    roles: normaliseRoles(entry.roles, entry.relation),
    ...(entry.forecastGroup !== undefined ? { forecastGroup: entry.forecastGroup } : {}),
  }));
}

export function parseRegionFile(content: unknown, file: string): RegionDefinition[] {
  const result = regionFileSchema.safeParse(content);
  if (!result.success) {
    throw new PlancastError('E_CATALOG_INVALID', describeZodError(result.error, file), { remedy: 'fix the entries named; see seeds/README.md for the fields' });
  }
  return Object.entries(result.data.regions).map(([id, entry]) => ({
    id,
    name: entry.name,
    ...(entry.aliases !== undefined ? { aliases: entry.aliases } : {}),
    ...(entry.parent !== undefined ? { parent: entry.parent } : {}),
    documents: entry.documents,
    ...(entry.default_preset !== undefined ? { defaultPreset: entry.default_preset } : {}),
  }));
}

export function buildCatalog(indicators: readonly IndicatorDefinition[], regions: readonly RegionDefinition[], plans: PlanCalendar = EMPTY_CALENDAR): Catalog {
  const ids = new Set(indicators.map((definition) => definition.id));
  const dangling = indicators.filter((definition) => definition.forecastGroup !== undefined && !ids.has(definition.forecastGroup));
  if (dangling.length > 0) {
    throw new PlancastError('E_CATALOG_INVALID', `forecastGroup names an unknown indicator: ${dangling.map((definition) => `${definition.id} → ${definition.forecastGroup}`).join(', ')}`, { remedy: 'name an indicator id of the catalogue, or remove forecastGroup' });
  }
  const catalog = {
    indicators: new Map(indicators.map((definition) => [definition.id, definition])),
    regions: new Map(regions.map((definition) => [definition.id, definition])),
    plans,
  };
  checkRoles(catalog);
  return catalog;
}

/**
 * The scenario file format (scenarios/*.yaml): a scenario's identity, the scenario it extends, the
 * policies it uses (scenarios/policies/*.yaml, named in plan language) and its levers. The levers' part
 * of the schema comes from the lever registry (src/core/levers/lever-registry.ts: each lever declares
 * its own), so adding a lever adds its key here. Validated once with zod; the JSON Schema editors use
 * (scenarios/scenario.schema.json) is generated from this same schema (`npm run schema`), and a test keeps
 * the two in step.
 *
 * Units are in the key names: percentage points of yearly growth, percent of level, percent rates.
 */
import { closest } from 'fastest-levenshtein';
import { z } from 'zod';
import { LEVER_SHAPE } from '../levers/lever-registry.js';
import type { Ceiling } from '../levers/ceiling-lever.js';
import type { Drivers } from '../levers/drivers-lever.js';
import type { Pipeline } from '../levers/enterprise-pipeline-lever.js';
import type { GrowthChange } from '../levers/growth-change-lever.js';
import type { Shock } from '../levers/shock-lever.js';

export { indicatorSelectorSchema } from '../levers/lever-schemas.js';

const localized = z.object({ zh: z.string().min(1), en: z.string().min(1) }).strict();

export const POLICY_ASSUMPTIONS = ['low', 'central', 'high'] as const;
export type PolicyAssumption = (typeof POLICY_ASSUMPTIONS)[number];

/** A policy the scenario uses: its id (policies/<id>.yaml), at its central assumed size or at the low or high end of its range. */
export const policyUseSchema = z
  .union([
    z.string().min(1),
    z.object({ policy: z.string().min(1), assumption: z.enum(POLICY_ASSUMPTIONS).default('central').describe('which assumed size: the central one, or the low or high end of its range') }).strict(),
  ])
  .transform((use) => (typeof use === 'string' ? { policy: use, assumption: 'central' as PolicyAssumption } : use))
  .describe('a policy id (scenarios/policies/<id>.yaml), or { policy, assumption: low | central | high }');

export const scenarioSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'scenario ids are kebab-case'),
    label: localized,
    description: localized.optional(),
    extends: z.string().optional().describe('the id of the scenario this one changes'),
    policies: z.array(policyUseSchema).default([]).describe('the policies this scenario assumes, each mapped to levers by its policy file'),
    ...LEVER_SHAPE,
  })
  .strict();

export type ScenarioSpec = z.output<typeof scenarioSchema>;
export type ScenarioInput = z.input<typeof scenarioSchema>;
export type PolicyUse = z.output<typeof policyUseSchema>;
export type GrowthLever = GrowthChange;
export type ShockLever = Shock;
export type CeilingLever = Ceiling;
export type ScenarioDrivers = Drivers;
export type PipelineLever = Pipeline;

export interface ScenarioIssue {
  /** the path inside the YAML document, e.g. ['growth', 0, 'percentagePoints'] */
  path: (string | number)[];
  message: string;
}

export type ScenarioParse = { ok: true; scenario: ScenarioSpec } | { ok: false; issues: ScenarioIssue[] };

/** Every field name a schema knows, at any depth (for "did you mean" on a misspelt key). */
export function schemaFieldNames(schema: z.ZodType, names = new Set<string>()): Set<string> {
  const def = (schema as unknown as { _zod: { def: Record<string, unknown> & { type: string } } })._zod.def;
  switch (def.type) {
    case 'object':
      for (const [key, inner] of Object.entries(def.shape as Record<string, z.ZodType>)) {
        names.add(key);
        schemaFieldNames(inner, names);
      }
      break;
    case 'array': schemaFieldNames(def.element as z.ZodType, names); break;
    case 'optional': case 'default': case 'nullable': case 'readonly': schemaFieldNames(def.innerType as z.ZodType, names); break;
    case 'union': for (const option of def.options as z.ZodType[]) schemaFieldNames(option, names); break;
    case 'pipe': schemaFieldNames(def.in as z.ZodType, names); break;
    default: break;
  }
  return names;
}

const KNOWN_KEYS = [...schemaFieldNames(scenarioSchema)];

function issueMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => `unknown field "${key}" — did you mean "${closest(key, KNOWN_KEYS)}"?`).join('; ');
  }
  return issue.message;
}

export function parseScenario(content: unknown): ScenarioParse {
  const result = scenarioSchema.safeParse(content);
  if (result.success) return { ok: true, scenario: result.data };
  return { ok: false, issues: result.error.issues.map((issue) => ({ path: issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key)), message: issueMessage(issue) })) };
}

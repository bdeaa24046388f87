/**
 * The policy file format (scenarios/policies/*.yaml): a policy planners pull, named in plan language
 * and cited to the line of the document that names it, mapped to model levers. Every effect's size is an
 * assumption — a central value, a range and the reasoning — never a fact the document states:
 *
 *   id: rd-expense-super-deduction
 *   name: { zh: 研发费用加计扣除等普惠性财税政策, en: … }
 *   shortName: { zh: 研发费加计扣除, en: R&D super-deduction }   # optional, for narrow places
 *   source: { document: 001_6ff88e1298bb6edd.txt, line: 26, quote: 研发费加计扣除 }
 *   effects:
 *     - lever: drivers                      # a registered lever that accepts policy effects
 *       driver: rdExpenditure               # the lever's own fields …
 *       changePercentagePoints: 1           # … one of which is the assumed size
 *       range: [0.5, 2]                     # the range the size is assumed to lie in
 *       assumption: { zh: …, en: … }        # why this size
 *
 * A policy's effects are validated against the lever they name (its `policy` part in the registry).
 */
import { closest } from 'fastest-levenshtein';
import { z } from 'zod';
import type { LocalizedText } from '../catalog/indicator-catalog.js';
import { ANY_LEVERS, findLever } from '../levers/lever-registry.js';
import type { ScenarioIssue } from '../scenarios/scenario-spec.js';

const localized = z.object({ zh: z.string().min(1), en: z.string().min(1) }).strict();

export const policyFileSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'policy ids are kebab-case'),
    name: localized.describe('the policy as the plan documents name it'),
    shortName: localized.optional().describe('a short name for narrow places (the session\'s lever panel, chart labels)'),
    source: z
      .object({
        document: z.string().min(1).describe('the seed document that names the policy (a file in shared/seed-documents)'),
        line: z.number().int().positive().describe('the 1-based line that names it'),
        quote: z.string().min(1).describe('the words on that line that name the policy, exactly as written'),
      })
      .strict(),
    instrument: localized.optional().describe('what the policy does, in the document\'s terms'),
    effects: z.array(z.object({ lever: z.string().min(1) }).loose()).min(1).describe('the model levers the policy moves, each with an assumed size'),
  })
  .strict();

export interface PolicyEffectDefinition {
  /** the lever's key in the scenario file (growth, pipeline, drivers …) */
  lever: string;
  /** the lever's own fields for the effect, the size field holding the central assumed size */
  fields: Record<string, unknown>;
  /** the central assumed size, and the range it is assumed to lie in */
  size: number;
  range: [number, number];
  assumption: LocalizedText;
}

export interface PolicyDefinition {
  id: string;
  name: LocalizedText;
  /** a short name for narrow places (default: the name) */
  shortName: LocalizedText;
  source: { document: string; line: number; quote: string };
  instrument?: LocalizedText;
  effects: PolicyEffectDefinition[];
}

export type PolicyLibrary = ReadonlyMap<string, PolicyDefinition>;

export type PolicyParse = { ok: true; policy: PolicyDefinition } | { ok: false; issues: ScenarioIssue[] };

const effectCommon = z.object({
  range: z.tuple([z.number(), z.number()]).describe('[low, high]: the range the assumed size lies in'),
  assumption: localized.describe('why this size: the reasoning behind the assumption'),
}).strict();

const POLICY_LEVERS = ANY_LEVERS.filter((lever) => lever.policy !== undefined).map((lever) => lever.key);

function parseEffect(raw: Record<string, unknown>, index: number, issues: ScenarioIssue[]): PolicyEffectDefinition | undefined {
  const path = ['effects', index];
  const lever = findLever(String(raw.lever));
  if (lever?.policy === undefined) {
    issues.push({ path: [...path, 'lever'], message: `"${String(raw.lever)}" is not a lever policies can move — did you mean "${closest(String(raw.lever), POLICY_LEVERS)}"? (policy levers: ${POLICY_LEVERS.join(', ')})` });
    return undefined;
  }
  const { lever: _lever, range, assumption, ...fields } = raw;
  const common = effectCommon.safeParse({ range, assumption });
  const own = lever.policy.fields.safeParse(fields);
  for (const result of [common, own]) {
    if (!result.success) for (const issue of result.error.issues) issues.push({ path: [...path, ...issue.path.map(String)], message: issue.code === 'unrecognized_keys' ? `unknown field ${issue.keys.map((key) => `"${key}"`).join(', ')} for lever ${lever.key}` : issue.message });
  }
  if (!common.success || !own.success) return undefined;
  const size = (own.data as Record<string, unknown>)[lever.policy.sizeField] as number;
  const [low, high] = common.data.range;
  if (!(low <= size && size <= high)) issues.push({ path: [...path, 'range'], message: `the assumed size ${size} must lie in its range [${low}, ${high}] (low ≤ size ≤ high)` });
  return { lever: lever.key, fields: own.data as Record<string, unknown>, size, range: [low, high], assumption: common.data.assumption };
}

export function parsePolicy(content: unknown): PolicyParse {
  const result = policyFileSchema.safeParse(content);
  if (!result.success) {
    return { ok: false, issues: result.error.issues.map((issue) => ({ path: issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key)), message: issue.code === 'unrecognized_keys' ? `unknown field ${issue.keys.map((key) => `"${key}"`).join(', ')}` : issue.message })) };
  }
  const issues: ScenarioIssue[] = [];
  const effects = result.data.effects.flatMap((effect, index) => parseEffect(effect as Record<string, unknown>, index, issues) ?? []);
  if (issues.length > 0) return { ok: false, issues };
  const { id, name, shortName, source, instrument } = result.data;
  return { ok: true, policy: { id, name, shortName: shortName ?? name, source, ...(instrument !== undefined ? { instrument } : {}), effects } };
}

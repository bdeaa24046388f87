/**
 * The JSON Schema of a policy file (scenarios/policies/policy.schema.json), generated from the policy
 * schema and from each lever's own policy fields (the registry), for editor completion. An effect is one
 * of the levers that accept policies, with that lever's fields.
 */
import { z } from 'zod';
import { ANY_LEVERS } from '../levers/lever-registry.js';
import { policyFileSchema } from './policy-spec.js';

const localized = z.object({ zh: z.string().min(1), en: z.string().min(1) }).strict();

export function policyJsonSchema(): Record<string, unknown> {
  const effects = ANY_LEVERS.flatMap((lever) => (lever.policy === undefined ? [] : [
    z.object({
      lever: z.literal(lever.key).describe(`the ${lever.id} lever`),
      ...lever.policy.fields.shape,
      range: z.tuple([z.number(), z.number()]).describe('[low, high]: the range the assumed size lies in'),
      assumption: localized.describe('why this size: the reasoning behind the assumption'),
    }).strict(),
  ]));
  const schema = policyFileSchema.extend({ effects: z.array(z.union(effects as unknown as [z.ZodType, z.ZodType, ...z.ZodType[]])).min(1) });
  return {
    ...z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }),
    title: 'plancast policy',
    description: 'A policy named in plan language, cited to its line, mapped to model levers with assumed sizes (see scenarios/policies/README.md).',
  };
}

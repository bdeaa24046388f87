/**
 * Vega-Lite's own JSON schema (vega-lite/vega-lite-schema.json) as a zod validator (fromJSONSchema), for
 * every test that checks specs: the chart builders' and the report's.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { z } from 'zod';

const require = createRequire(import.meta.url);
let schema: z.ZodType | undefined;

/** The problems the Vega-Lite schema finds in a spec (empty when it is valid). */
export function schemaProblems(spec: unknown): string[] {
  schema ??= z.fromJSONSchema(JSON.parse(readFileSync(require.resolve('vega-lite/vega-lite-schema.json'), 'utf8')), { defaultTarget: 'draft-7' });
  const result = schema.safeParse(spec);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

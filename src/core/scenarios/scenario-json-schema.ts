/**
 * The JSON Schema of a scenario file, generated from the zod schema (the one source of truth), for
 * editor completion: scenarios/*.yaml start with `# yaml-language-server: $schema=./scenario.schema.json`.
 */
import { z } from 'zod';
import { scenarioSchema } from './scenario-spec.js';

export function scenarioJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(scenarioSchema, { io: 'input', unrepresentable: 'any' }),
    title: 'plancast scenario',
    description: 'Levers and shocks applied to the fitted trends (see scenarios/README.md).',
  };
}

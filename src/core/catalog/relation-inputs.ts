/**
 * The indicator ids a relation names, in order of appearance (none when the relation is not in the
 * allowed language of relation-expression.ts, so nothing is derived from it).
 */
import { parseRelation } from './relation-expression.js';

export function relationInputs(expression: string): string[] {
  const parsed = parseRelation(expression);
  return parsed.ok ? parsed.inputs : [];
}

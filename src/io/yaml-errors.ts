/**
 * The messages of unreadable YAML, the same for every YAML input (scenarios, model specs, catalogues, plan
 * and presets files): a syntax error with its place and the usual remedy, and an alias bomb ("billion
 * laughs") said in plancast's words rather than the YAML library's. No YAML library here, so the light
 * readers can use it without loading one.
 */
import { PlancastError } from '../core/errors.js';
import { YAML_MAX_ALIAS_COUNT } from './input-file.js';

export const YAML_SYNTAX_REMEDY = 'fix the YAML syntax: indent with spaces, put a space after each colon, quote text that starts with * or contains ": "';

/** Whether the YAML library stopped because the document expands too many aliases. */
export function isAliasLimitError(error: unknown): boolean {
  return error instanceof Error && /alias/i.test(error.message);
}

export function aliasBombError(file: string): PlancastError {
  return new PlancastError('E_YAML_SYNTAX', `${file}: the YAML expands more than ${YAML_MAX_ALIAS_COUNT} aliases (an "alias bomb"), which plancast does not read`, {
    remedy: 'write the values out instead of repeating anchors (&name / *name)',
  });
}

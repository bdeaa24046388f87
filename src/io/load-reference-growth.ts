/**
 * Reads models/reference-growth.json — the reference corpora's five-year growths by reference class, for
 * the target proposals' reference-class check — validated against its schema. A missing or malformed file
 * is a PlancastError naming the file and the remedy.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PlancastError } from '../core/errors.js';
import { referenceGrowthTableSchema, type ReferenceGrowthTable } from '../core/report/evaluation/reference-growth.js';
import { modelsDirectory } from './project-paths.js';

export const REFERENCE_GROWTH_FILE = join(modelsDirectory, 'reference-growth.json');
const REBUILD = 'restore it (git checkout models/reference-growth.json) or rebuild it with `npm run build && node scripts/build-reference-growth.mjs`';

export function loadReferenceGrowth(path: string = REFERENCE_GROWTH_FILE): ReferenceGrowthTable {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new PlancastError('E_REFERENCE_GROWTH_MISSING', `the reference growths ${path} cannot be read`, { remedy: REBUILD });
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new PlancastError('E_REFERENCE_GROWTH_INVALID', `${path} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`, { remedy: REBUILD });
  }
  const parsed = referenceGrowthTableSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new PlancastError('E_REFERENCE_GROWTH_INVALID', `${path} at ${issue.path.join('.') || '(top)'}: ${issue.message}`, { remedy: REBUILD });
  }
  return parsed.data;
}

/** Reads the bundled indicator catalogue, regions and plan calendar (seeds/indicators.yaml, regions.yaml, plans.yaml). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { buildCatalog, parseIndicatorFile, parseRegionFile } from '../core/catalog/catalog-schema.js';
import type { Catalog } from '../core/catalog/indicator-catalog.js';
import { planCalendar, type PlanCalendar } from '../core/plans/plan-calendar.js';
import { extendCalendar, parsePlanFile } from '../core/plans/plan-schema.js';
import { PlancastError } from '../core/errors.js';
import { seedsDirectory } from './project-paths.js';

export function readYamlFile(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new PlancastError('E_FILE_NOT_FOUND', `${path}: the file cannot be read`, { remedy: 'check the path' });
  }
  try {
    return parseYaml(text, { prettyErrors: true });
  } catch (error) {
    const yamlError = error as Error & { linePos?: [{ line: number; col: number }] };
    const where = yamlError.linePos?.[0] ? `:${yamlError.linePos[0].line}:${yamlError.linePos[0].col}` : '';
    throw new PlancastError('E_YAML_SYNTAX', `${path}${where}: ${yamlError.message.split('\n')[0]}`, { remedy: 'fix the YAML syntax (indentation with spaces, a space after each colon)' });
  }
}

export function loadCatalog(directory: string = seedsDirectory): Catalog {
  const indicatorsPath = join(directory, 'indicators.yaml');
  const regionsPath = join(directory, 'regions.yaml');
  return buildCatalog(parseIndicatorFile(readYamlFile(indicatorsPath), indicatorsPath), parseRegionFile(readYamlFile(regionsPath), regionsPath), loadPlanCalendar(directory));
}

/** The bundled plan calendar (seeds/plans.yaml). */
export function loadPlanCalendar(directory: string = seedsDirectory): PlanCalendar {
  const plansPath = join(directory, 'plans.yaml');
  return planCalendar(parsePlanFile(readYamlFile(plansPath), plansPath, 'bundled'));
}

/** The calendar with the plans of a user's plan file (YAML like seeds/plans.yaml) added. */
export function withUserPlans(calendar: PlanCalendar, plansFile: string): PlanCalendar {
  return extendCalendar(calendar, parsePlanFile(readYamlFile(plansFile), plansFile, 'user'), plansFile);
}

/**
 * Reads the bundled indicator catalogue, regions and plan calendar (seeds/indicators.yaml, regions.yaml,
 * plans.yaml), and users' catalogue and plan files (through the input gate, with the YAML alias limit).
 */
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { buildCatalog, parseIndicatorFile, parseRegionFile } from '../core/catalog/catalog-schema.js';
import type { Catalog } from '../core/catalog/indicator-catalog.js';
import { planCalendar, type PlanCalendar } from '../core/plans/plan-calendar.js';
import { extendCalendar, parsePlanFile } from '../core/plans/plan-schema.js';
import { PlancastError } from '../core/errors.js';
import { compiledValueOf } from './compiled-yaml.js';
import { seedsDirectory } from './project-paths.js';
import { readUtf8InputOrThrow, YAML_MAX_ALIAS_COUNT } from './input-file.js';
import { aliasBombError, isAliasLimitError, YAML_SYNTAX_REMEDY } from './yaml-errors.js';

export function readYamlFile(path: string): unknown {
  const text = readUtf8InputOrThrow(path);
  const compiled = compiledValueOf(path, text);
  if (compiled !== undefined) return compiled.value;
  try {
    // The YAML parser is loaded only when a file has no compiled copy (a user's file, an edited seed).
    const { parse } = createRequire(import.meta.url)('yaml') as typeof import('yaml');
    return parse(text, { prettyErrors: true, maxAliasCount: YAML_MAX_ALIAS_COUNT });
  } catch (error) {
    if (isAliasLimitError(error)) throw aliasBombError(path);
    const yamlError = error as Error & { linePos?: [{ line: number; col: number }] };
    const where = yamlError.linePos?.[0] ? `:${yamlError.linePos[0].line}:${yamlError.linePos[0].col}` : '';
    throw new PlancastError('E_YAML_SYNTAX', `${path}${where}: ${yamlError.message.split('\n')[0]}`, { remedy: YAML_SYNTAX_REMEDY });
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

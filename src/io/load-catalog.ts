/**
 * Reads the bundled indicator catalogue and regions (seeds/indicators.yaml, seeds/regions.yaml), and users'
 * catalogue files (through the input gate, with the YAML alias limit).
 */
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { buildCatalog, parseIndicatorFile, parseRegionFile } from '../core/catalog/catalog-schema.js';
import type { Catalog } from '../core/catalog/indicator-catalog.js';
import { PlancastError } from '../core/errors.js';
import { seedsDirectory } from './project-paths.js';
import { YAML_MAX_ALIAS_COUNT, yamlText } from './read-yaml-document.js';

export function readYamlFile(path: string): unknown {
  const text = yamlText(path);
  try {
    return parseYaml(text, { prettyErrors: true, maxAliasCount: YAML_MAX_ALIAS_COUNT });
  } catch (error) {
    const yamlError = error as Error & { linePos?: [{ line: number; col: number }] };
    const where = yamlError.linePos?.[0] ? `:${yamlError.linePos[0].line}:${yamlError.linePos[0].col}` : '';
    throw new PlancastError('E_YAML_SYNTAX', `${path}${where}: ${yamlError.message.split('\n')[0]}`, { remedy: 'fix the YAML syntax (indentation with spaces, a space after each colon)' });
  }
}

export function loadCatalog(directory: string = seedsDirectory): Catalog {
  const indicatorsPath = join(directory, 'indicators.yaml');
  const regionsPath = join(directory, 'regions.yaml');
  return buildCatalog(parseIndicatorFile(readYamlFile(indicatorsPath), indicatorsPath), parseRegionFile(readYamlFile(regionsPath), regionsPath));
}

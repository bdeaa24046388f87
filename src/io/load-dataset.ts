/**
 * Loads the dataset every command works on: the catalogue, the bundled seed records, and (with --data)
 * a user's CSV or .xlsx file laid over them. Invalid user data raises a DataValidationError carrying every
 * issue; nothing is half-loaded.
 */
import { createHash } from 'node:crypto';
import { closeSync, openSync, readdirSync, readSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Catalog } from '../core/catalog/indicator-catalog.js';
import { DataValidationError, withUserRegions, type Dataset, type InputFile } from '../core/records/dataset.js';
import type { IndicatorRecord } from '../core/records/indicator-record.js';
import { mergeRecords } from '../core/records/merge-records.js';
import { createTableValidator, type TableValidation } from '../core/validation/table-validator.js';
import type { TableHeader } from '../core/validation/tabular-file.js';
import { inputLimits, type InputLimits } from './input-file.js';
import type { ValidationIssue } from '../core/validation/validation-issue.js';
import { relationInputs } from '../core/catalog/relation-inputs.js';
import { checkRelations, deriveIndicators } from '../core/catalog/derive-indicators.js';
import { buildCatalog, parseIndicatorFile } from '../core/catalog/catalog-schema.js';
import { PlancastError } from '../core/errors.js';
import { loadCatalog, readYamlFile } from './load-catalog.js';
import { projectRoot, seedsDirectory } from './project-paths.js';
import { readTableFile } from './read-table-file.js';

/** SHA-256 of a file, read in chunks (an input may be hundreds of megabytes). */
export function hashFile(path: string): string {
  const hash = createHash('sha256');
  const descriptor = openSync(path, 'r');
  try {
    const buffer = Buffer.allocUnsafe(1024 * 1024);
    for (let read = readSync(descriptor, buffer); read > 0; read = readSync(descriptor, buffer)) hash.update(buffer.subarray(0, read));
  } finally {
    closeSync(descriptor);
  }
  return hash.digest('hex');
}

/** Reads and validates one table file against the catalogue, streaming; records kept unless `keepRecords` is false. */
export async function validateDataFile(path: string, catalog: Catalog, options: { keepRecords?: boolean; limits?: InputLimits } = {}): Promise<TableValidation & { readNote?: string }> {
  const validator = createTableValidator(catalog, path, { keepRecords: options.keepRecords !== false });
  let readNote: string | undefined;
  const sink = { ...validator, header: (header: TableHeader) => { readNote = header.readNote; validator.header(header); } };
  const outcome = await readTableFile(path, sink, options.limits ?? inputLimits());
  return { ...validator.finish(outcome.issues), ...(readNote ? { readNote } : {}) };
}

export function seedRecordFiles(directory: string = seedsDirectory): string[] {
  const recordsDirectory = join(directory, 'records');
  return readdirSync(recordsDirectory)
    .filter((name) => name.endsWith('.csv'))
    .sort()
    .map((name) => join(recordsDirectory, name));
}

export interface LoadOptions {
  /** a user's CSV or .xlsx file laid over the bundled records. */
  dataFile?: string;
  /** a user's catalogue file (YAML, `indicators:` like seeds/indicators.yaml) adding indicators. */
  catalogFile?: string;
  seedsDirectory?: string;
  /** the input size limit (default: inputLimits(), 256 MB or PLANCAST_MAX_INPUT_MB) */
  limits?: InputLimits;
}

/** The bundled catalogue, plus a user's catalogue file: new ids only, relations checked. */
export async function loadCatalogWith(catalogFile: string | undefined, directory: string = seedsDirectory): Promise<Catalog> {
  const bundled = loadCatalog(directory);
  if (catalogFile === undefined) return bundled;
  const added = parseIndicatorFile(readYamlFile(catalogFile), catalogFile);
  const clashes = added.filter((definition) => bundled.indicators.has(definition.id)).map((definition) => definition.id);
  if (clashes.length > 0) {
    throw new PlancastError('E_CATALOG_INVALID', `${catalogFile}: these ids are already in the bundled catalogue: ${clashes.join(', ')}`, { remedy: 'give your indicators new ids (the bundled ones cannot be redefined)' });
  }
  const catalog = buildCatalog([...bundled.indicators.values(), ...added], [...bundled.regions.values()]);
  checkRelations(catalog);
  return catalog;
}

/** Adds derived records (by the catalogue's relations) where all inputs of a relation are observed. */
function withDerivedRecords(records: IndicatorRecord[], catalog: Catalog): IndicatorRecord[] {
  const derived = deriveIndicators(records, catalog, relationInputs);
  return derived.length === 0 ? records : [...records, ...derived];
}

export async function loadDataset(options: LoadOptions = {}): Promise<Dataset> {
  const directory = options.seedsDirectory ?? seedsDirectory;
  const catalog = await loadCatalogWith(options.catalogFile, directory);
  const bundled: IndicatorRecord[] = [];
  const inputs: InputFile[] = [];
  const warnings: ValidationIssue[] = [];
  for (const file of seedRecordFiles(directory)) {
    const shownPath = relative(projectRoot, file);
    const validation = await validateDataFile(file, catalog);
    if (validation.issues.some((issue) => issue.severity === 'error')) throw new DataValidationError(shownPath, validation.issues);
    bundled.push(...validation.records);
    inputs.push({ path: shownPath, sha256: hashFile(file), role: 'seed' });
  }
  if (options.catalogFile !== undefined) inputs.push({ path: options.catalogFile, sha256: hashFile(options.catalogFile), role: 'user-data' });
  if (options.dataFile === undefined) return { catalog, records: withDerivedRecords(bundled, catalog), inputs, warnings };

  const validation = await validateDataFile(options.dataFile, catalog, { limits: options.limits ?? inputLimits() });
  if (validation.issues.some((issue) => issue.severity === 'error')) throw new DataValidationError(options.dataFile, validation.issues);
  warnings.push(...validation.issues);
  inputs.push({ path: options.dataFile, sha256: hashFile(options.dataFile), role: 'user-data' });
  const records = withDerivedRecords(mergeRecords(bundled, validation.records), catalog);
  return { catalog: withUserRegions(catalog, records), records, inputs, warnings };
}

/**
 * Loads the dataset every command works on: the catalogue, the bundled seed records, and (with --data)
 * a user's CSV or .xlsx file laid over them. Invalid user data raises a DataValidationError carrying every
 * issue; nothing is half-loaded.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Catalog } from '../core/catalog/indicator-catalog.js';
import { DataValidationError, withUserRegions, type Dataset, type InputFile } from '../core/records/dataset.js';
import type { IndicatorRecord } from '../core/records/indicator-record.js';
import { mergeRecords } from '../core/records/merge-records.js';
import { validateTable, type TableValidation } from '../core/validation/validate-table.js';
import type { ValidationIssue } from '../core/validation/validation-issue.js';
import { loadCatalog } from './load-catalog.js';
import { projectRoot, seedsDirectory } from './project-paths.js';
import { readTableFile } from './read-table-file.js';

export function hashFile(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/** Reads and validates one table file against the catalogue. */
export async function validateDataFile(path: string, catalog: Catalog): Promise<TableValidation & { readNote?: string }> {
  const read = await readTableFile(path);
  if (!read.ok) return { records: [], issues: read.issues, rowCount: 0 };
  const validation = validateTable(read.table, catalog);
  return { ...validation, ...(read.table.readNote ? { readNote: read.table.readNote } : {}) };
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
  seedsDirectory?: string;
}

export async function loadDataset(options: LoadOptions = {}): Promise<Dataset> {
  const directory = options.seedsDirectory ?? seedsDirectory;
  const catalog = loadCatalog(directory);
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
  if (options.dataFile === undefined) return { catalog, records: bundled, inputs, warnings };

  const validation = await validateDataFile(options.dataFile, catalog);
  if (validation.issues.some((issue) => issue.severity === 'error')) throw new DataValidationError(options.dataFile, validation.issues);
  warnings.push(...validation.issues);
  inputs.push({ path: options.dataFile, sha256: hashFile(options.dataFile), role: 'user-data' });
  const records = mergeRecords(bundled, validation.records);
  return { catalog: withUserRegions(catalog, records), records, inputs, warnings };
}

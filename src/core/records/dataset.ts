/**
 * A dataset: the catalogue plus every record plancast works with (the bundled seeds, and a user's file
 * laid over them), and the files it came from with their hashes (for report manifests).
 */
import type { Catalog, RegionDefinition } from '../catalog/indicator-catalog.js';
import { PlancastError } from '../errors.js';
import type { ValidationIssue } from '../validation/validation-issue.js';
import type { IndicatorRecord } from './indicator-record.js';

export interface InputFile {
  path: string;
  sha256: string;
  role: 'seed' | 'user-data';
}

export interface Dataset {
  catalog: Catalog;
  records: IndicatorRecord[];
  inputs: InputFile[];
  /** warnings from reading (unit conversions and the like): they travel with the results. */
  warnings: ValidationIssue[];
}

/** Raised when an input file fails validation; carries every issue found. */
export class DataValidationError extends PlancastError {
  readonly issues: ValidationIssue[];
  constructor(file: string, issues: ValidationIssue[]) {
    const errors = issues.filter((issue) => issue.severity === 'error').length;
    super('E_DATA_INVALID', `${file}: ${errors} problem${errors === 1 ? '' : 's'} found`, { remedy: 'fix the rows listed above, then run `plancast data validate FILE` again' });
    this.issues = issues;
  }
}

/** Regions a user's file names but the catalogue does not: they are the user's own, named by their id. */
export function withUserRegions(catalog: Catalog, records: readonly IndicatorRecord[]): Catalog {
  const regions = new Map<string, RegionDefinition>(catalog.regions);
  for (const record of records) {
    if (!regions.has(record.region)) regions.set(record.region, { id: record.region, name: { zh: record.region, en: record.region }, documents: [] });
  }
  return { ...catalog, regions };
}

export function regionsWithRecords(dataset: Dataset): string[] {
  return [...new Set(dataset.records.map((record) => record.region))];
}

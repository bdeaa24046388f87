/**
 * Loads the dataset every command works on: the catalogue, the bundled seed records, and (with --data)
 * a user's CSV or .xlsx file laid over them. Invalid user data raises a DataValidationError carrying every
 * issue; nothing is half-loaded.
 */
import { createHash } from 'node:crypto';
import { closeSync, existsSync, openSync, readdirSync, readSync } from 'node:fs';
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
import { loadCatalog, readYamlFile, withUserPlans } from './load-catalog.js';
import { chainGrowthRecords } from '../core/records/chain-growth.js';
import { groupPreferenceIssues, unmarkedCollisions } from '../core/records/source-layers.js';
import { parsePlanReference, planReferenceHelp, plansFromRecords } from '../core/plans/plan-reference.js';
import { checkFractionsAsPercent } from '../core/validation/fraction-as-percent.js';
import { newRegionWarnings } from '../core/validation/new-region-check.js';
import { ISSUE_CODES } from '../core/validation/validation-issue.js';
import { projectRoot, seedsDirectory } from './project-paths.js';
import { readCompiledSeedRecords, seedCatalogueFiles, seedDependencies, type SeedRecords } from './compiled-seed-records.js';
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
  const validation = validator.finish(outcome.issues);
  validation.issues.push(...newRegionWarnings(validation.records, catalog, path));
  return { ...validation, ...(readNote ? { readNote } : {}) };
}

/** The public actuals beside the plan documents (seeds/actuals/*.csv), a source of their own. */
export function seedActualFiles(directory: string = seedsDirectory): string[] {
  const actualsDirectory = join(directory, 'actuals');
  if (!existsSync(actualsDirectory)) return [];
  return readdirSync(actualsDirectory).filter((name) => name.endsWith('.csv')).sort().map((name) => join(actualsDirectory, name));
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
  /** a user's plan calendar file (YAML, `plans:` like seeds/plans.yaml) adding plans */
  plansFile?: string;
  /** the plan every row of the data file without a plan of its own belongs to (--plan: an id or `2026-2030`) */
  dataPlan?: string;
  /** read a % indicator's values below 1 as fractions and multiply them by 100 (--fractions-as-percent) */
  fractionsAsPercent?: boolean;
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
  const catalog = buildCatalog([...bundled.indicators.values(), ...added], [...bundled.regions.values()], bundled.plans);
  checkRelations(catalog);
  return catalog;
}

/** Adds derived records (by the catalogue's relations) where all inputs of a relation are observed. */
function withDerivedRecords(records: IndicatorRecord[], catalog: Catalog): IndicatorRecord[] {
  const derived = deriveIndicators(records, catalog, relationInputs);
  return derived.length === 0 ? records : [...records, ...derived];
}

/**
 * The public actuals: each file validated on its own, except for conflict groups it shares with the plan
 * records (checked across both, records/source-layers.ts); an unmarked collision with a plan value stops the load.
 */
async function loadSeedActuals(directory: string, catalog: Catalog, planRecords: readonly IndicatorRecord[], inputs: InputFile[]): Promise<IndicatorRecord[]> {
  const records: IndicatorRecord[] = [];
  for (const file of seedActualFiles(directory)) {
    const shownPath = relative(projectRoot, file);
    const validation = await validateDataFile(file, catalog);
    const sharedGroups = new Set(planRecords.flatMap((record) => (record.conflict ? [record.conflict.group] : [])));
    const issues = validation.issues.filter((issue) => !(issue.code === ISSUE_CODES.conflictWithoutPreference && issue.value !== undefined && sharedGroups.has(issue.value)));
    const problems = [...issues, ...unmarkedCollisions(planRecords, validation.records, shownPath)].filter((issue) => issue.severity === 'error');
    if (problems.length > 0) throw new DataValidationError(shownPath, problems);
    records.push(...validation.records);
    inputs.push({ path: shownPath, sha256: hashFile(file), role: 'seed' });
  }
  const groups = groupPreferenceIssues([...planRecords, ...records], 'seeds');
  if (groups.length > 0) throw new DataValidationError('seeds', groups);
  return records;
}

/** The rows of a user's file without a plan of their own take the file's plan (--plan). */
function withFilePlan(records: readonly IndicatorRecord[], plan: string | undefined, catalog: Catalog): IndicatorRecord[] {
  if (plan === undefined) return [...records];
  const reference = parsePlanReference(plan, catalog.plans);
  if (!reference.ok) throw new PlancastError('E_UNKNOWN_PLAN', `--plan ${plan}: ${reference.reason}`, { remedy: planReferenceHelp(catalog.plans) });
  return records.map((record) => (record.planPeriod === undefined ? { ...record, planPeriod: reference.id } : record));
}

/** Growth records chained onto levels; a user's growth-only records are reported (W_GROWTH_ONLY). */
function chainGrowth(records: readonly IndicatorRecord[], user: { file: string; records: readonly IndicatorRecord[] } | undefined, warnings: ValidationIssue[]): IndicatorRecord[] {
  const { records: chained, growthOnly } = chainGrowthRecords(records);
  if (user !== undefined) {
    const userFile = user.file;
    const own = new Set(user.records.filter((record) => record.kind === 'growth').map((record) => `${record.region}|${record.indicator}|${record.year}`));
    for (const record of growthOnly.filter((candidate) => own.has(`${candidate.region}|${candidate.indicator}|${candidate.year}`))) {
      warnings.push({
        code: ISSUE_CODES.growthOnly, severity: 'warning', file: userFile, ...(record.row !== undefined ? { line: record.row } : {}), column: 'kind', value: 'growth',
        message: `${record.region} / ${record.indicator} / ${record.year}: a growth of ${record.value} % with no ${record.year - 1} level to chain onto is kept as a growth record, used by no model`,
        remedy: `add the ${record.year - 1} value (kind actual) to turn the growth rate into a ${record.year} level`,
      });
    }
  }
  return chained;
}

/**
 * The seed records (seeds/records/*.csv, then the public actuals), read and validated against `catalog`; the
 * input files as the manifest lists them. Stops on a seed file with errors.
 */
export async function validatedSeedRecords(directory: string, catalog: Catalog): Promise<SeedRecords> {
  const records: IndicatorRecord[] = [];
  const inputs: InputFile[] = [];
  for (const file of seedRecordFiles(directory)) {
    const shownPath = relative(projectRoot, file);
    const validation = await validateDataFile(file, catalog);
    if (validation.issues.some((issue) => issue.severity === 'error')) throw new DataValidationError(shownPath, validation.issues);
    records.push(...validation.records);
    inputs.push({ path: shownPath, sha256: hashFile(file), role: 'seed' });
  }
  records.push(...await loadSeedActuals(directory, catalog, records, inputs));
  return { records, inputs };
}

/** The files the seed records depend on, hashed (compiled-seed-records.ts). */
export function seedRecordDependencies(directory: string = seedsDirectory): { path: string; sha256: string }[] {
  return seedDependencies([...seedRecordFiles(directory), ...seedActualFiles(directory), ...seedCatalogueFiles(directory)], hashFile);
}

/** The seed records: compiled at build when the bundled seeds and catalogue are unchanged since, else validated now. */
async function seedRecords(directory: string, catalog: Catalog, bundledCatalogue: boolean): Promise<SeedRecords> {
  const compiled = bundledCatalogue && directory === seedsDirectory ? readCompiledSeedRecords(seedRecordDependencies(directory)) : undefined;
  return compiled ?? validatedSeedRecords(directory, catalog);
}

export async function loadDataset(options: LoadOptions = {}): Promise<Dataset> {
  const directory = options.seedsDirectory ?? seedsDirectory;
  let catalog = await loadCatalogWith(options.catalogFile, directory);
  if (options.plansFile !== undefined) catalog = { ...catalog, plans: withUserPlans(catalog.plans, options.plansFile) };
  const seeds = await seedRecords(directory, catalog, options.catalogFile === undefined && options.plansFile === undefined);
  const bundled: IndicatorRecord[] = [...seeds.records];
  const inputs: InputFile[] = [...seeds.inputs];
  const warnings: ValidationIssue[] = [];
  if (options.catalogFile !== undefined) inputs.push({ path: options.catalogFile, sha256: hashFile(options.catalogFile), role: 'user-data' });
  if (options.plansFile !== undefined) inputs.push({ path: options.plansFile, sha256: hashFile(options.plansFile), role: 'user-data' });
  if (options.dataFile === undefined) return { catalog, records: withDerivedRecords(chainGrowth(bundled, undefined, warnings), catalog), inputs, warnings };

  const validation = await validateDataFile(options.dataFile, catalog, { limits: options.limits ?? inputLimits() });
  if (validation.issues.some((issue) => issue.severity === 'error')) throw new DataValidationError(options.dataFile, validation.issues);
  const fractions = checkFractionsAsPercent(withFilePlan(validation.records, options.dataPlan, catalog), bundled, catalog, options.dataFile, options.fractionsAsPercent === true);
  if (fractions.issues.some((issue) => issue.severity === 'error')) throw new DataValidationError(options.dataFile, [...validation.issues, ...fractions.issues]);
  warnings.push(...validation.issues, ...fractions.issues);
  inputs.push({ path: options.dataFile, sha256: hashFile(options.dataFile), role: 'user-data' });
  const records = withDerivedRecords(chainGrowth(mergeRecords(bundled, fractions.records), { file: options.dataFile, records: fractions.records }, warnings), catalog);
  const withPlans = { ...catalog, plans: plansFromRecords(catalog.plans, records) };
  return { catalog: withUserRegions(withPlans, records), records, inputs, warnings };
}

/**
 * The bundled records (seeds/records/*.csv and seeds/actuals/*.csv), read and validated at build time
 * (scripts/compile-seeds.mjs) into dist/compiled-seeds/seed-records.json, with the SHA-256 of every file
 * they depend on: the CSV files and the catalogue's YAML files in seeds/. Reading and validating them costs
 * every command 60–90 ms; the compiled copy a few. At run time it is used only when every one of those files
 * is on disk with exactly the hash it was compiled from (load-dataset.ts), and only for the bundled seeds with
 * the bundled catalogue; an edited seed file is always read and validated as written.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { InputFile } from '../core/records/dataset.js';
import type { IndicatorRecord } from '../core/records/indicator-record.js';
import { COMPILED_SEEDS_DIRECTORY } from './compiled-yaml.js';
import { projectRoot } from './project-paths.js';

export const COMPILED_SEED_RECORDS_FILE = join(COMPILED_SEEDS_DIRECTORY, 'seed-records.json');

export interface SeedRecords {
  records: IndicatorRecord[];
  /** the seed files as the manifest lists them (path, SHA-256, role) */
  inputs: InputFile[];
}

export interface CompiledSeedRecords extends SeedRecords {
  /** every file the records depend on, by path relative to the project, with its SHA-256 */
  dependsOn: { path: string; sha256: string }[];
}

/** The catalogue's YAML files directly in the seeds folder: the records are validated against them. */
export function seedCatalogueFiles(directory: string): string[] {
  return readdirSync(directory).filter((name) => /\.ya?ml$/.test(name)).sort().map((name) => join(directory, name));
}

/** What the records depend on, hashed by `hash`: the record and actual files, then the catalogue's files. */
export function seedDependencies(files: readonly string[], hash: (file: string) => string): { path: string; sha256: string }[] {
  return files.map((file) => ({ path: relative(projectRoot, file), sha256: hash(file) }));
}

/** The compiled records when they were compiled from exactly these files, else undefined. */
export function readCompiledSeedRecords(dependsOn: readonly { path: string; sha256: string }[]): SeedRecords | undefined {
  if (!existsSync(COMPILED_SEED_RECORDS_FILE)) return undefined;
  try {
    const compiled = JSON.parse(readFileSync(COMPILED_SEED_RECORDS_FILE, 'utf8')) as CompiledSeedRecords;
    const same = compiled.dependsOn.length === dependsOn.length && compiled.dependsOn.every((entry, index) => entry.path === dependsOn[index]!.path && entry.sha256 === dependsOn[index]!.sha256);
    return same ? { records: compiled.records, inputs: compiled.inputs } : undefined;
  } catch {
    return undefined;
  }
}

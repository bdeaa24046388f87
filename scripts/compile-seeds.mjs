#!/usr/bin/env node
// Part of `npm run build`: compiles the bundled YAML files (catalogue, regions, documents, plans; the presets
// and the default model spec of models/; the scenarios and policies of scenarios/) to JSON beside the build,
// each with the SHA-256 of the YAML it came from (see src/io/compiled-yaml.ts): start-up then reads JSON,
// and falls back to the YAML whenever it was edited since.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { parse } from 'yaml';
import { COMPILED_SEEDS_DIRECTORY, compiledPathOf, sha256Of } from '../dist/src/io/compiled-yaml.js';
import { modelsDirectory, scenariosDirectory, seedsDirectory } from '../dist/src/io/project-paths.js';

const yamlFilesIn = (directory) => readdirSync(directory).filter((name) => /\.ya?ml$/.test(name)).sort().map((name) => join(directory, name));

// plans.yaml and presets.yaml are read by every projecting command (and plans.yaml by `data list`), the model
// spec, the scenarios and the policies by every command that projects (and by the session's engine):
// compiled, those commands load no YAML parser for the bundled files.
const FILES = [
  ...['indicators.yaml', 'regions.yaml', 'documents.yaml', 'plans.yaml'].map((name) => join(seedsDirectory, name)),
  join(modelsDirectory, 'presets.yaml'), join(modelsDirectory, 'default.yaml'),
  ...yamlFilesIn(scenariosDirectory), ...yamlFilesIn(join(scenariosDirectory, 'policies')),
];
// a compiled copy is named by the file's name alone (compiled-yaml.ts)
const names = FILES.map((file) => basename(file));
const clash = names.find((name, index) => names.indexOf(name) !== index);
if (clash !== undefined) throw new Error(`two bundled YAML files are named ${clash}: compiled copies are named by the file name alone (src/io/compiled-yaml.ts)`);

mkdirSync(COMPILED_SEEDS_DIRECTORY, { recursive: true });
for (const file of FILES) {
  const text = readFileSync(file, 'utf8');
  const value = parse(text);
  // JSON must give back the same value (no .inf, .nan or dates), else the file is read as YAML at run time
  if (!isDeepStrictEqual(JSON.parse(JSON.stringify(value)), value)) throw new Error(`${file}: its value does not survive JSON; leave it out of the compiled seeds`);
  writeFileSync(compiledPathOf(file), JSON.stringify({ sha256: sha256Of(text), value }));
}

// The bundled records, read and validated once here against the bundled catalogue (src/io/compiled-seed-records.ts):
// used at run time only while every file they depend on has the hash recorded with them. Seeds with errors
// are not compiled: every command then reads them and reports the errors as it always did.
const { loadCatalogWith, seedRecordDependencies, validatedSeedRecords } = await import('../dist/src/io/load-dataset.js');
const { COMPILED_SEED_RECORDS_FILE } = await import('../dist/src/io/compiled-seed-records.js');
rmSync(COMPILED_SEED_RECORDS_FILE, { force: true });
try {
  const seeds = await validatedSeedRecords(seedsDirectory, await loadCatalogWith(undefined, seedsDirectory));
  // JSON must give back the same records (no undefined fields, NaN or dates), else they are validated at run time
  if (isDeepStrictEqual(JSON.parse(JSON.stringify(seeds)), seeds)) writeFileSync(COMPILED_SEED_RECORDS_FILE, JSON.stringify({ dependsOn: seedRecordDependencies(seedsDirectory), ...seeds }));
  else console.warn('compile-seeds: the seed records do not survive JSON; they are validated at run time');
} catch (error) {
  console.warn(`compile-seeds: the seed records were not compiled (${error.message.split('\n')[0]}); every command validates them`);
}

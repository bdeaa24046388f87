#!/usr/bin/env node
// Part of `npm run build`: compiles the bundled YAML seeds (catalogue, regions) to JSON beside the build,
// each with the SHA-256 of the YAML it came from (see src/io/compiled-yaml.ts): start-up then reads JSON,
// and falls back to the YAML whenever it was edited since.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { COMPILED_SEEDS_DIRECTORY, compiledPathOf, sha256Of } from '../dist/src/io/compiled-yaml.js';
import { seedsDirectory } from '../dist/src/io/project-paths.js';

mkdirSync(COMPILED_SEEDS_DIRECTORY, { recursive: true });
for (const name of ['indicators.yaml', 'regions.yaml', 'documents.yaml']) {
  const file = join(seedsDirectory, name);
  const text = readFileSync(file, 'utf8');
  writeFileSync(compiledPathOf(file), JSON.stringify({ sha256: sha256Of(text), value: parse(text) }));
}

#!/usr/bin/env node
// Part of `npm run build`: compiles the bundled YAML seeds (catalogue, regions, documents, plans, and the
// presets of models/) to JSON beside the build, each with the SHA-256 of the YAML it came from (see
// src/io/compiled-yaml.ts): start-up then reads JSON, and falls back to the YAML whenever it was edited since.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { parse } from 'yaml';
import { COMPILED_SEEDS_DIRECTORY, compiledPathOf, sha256Of } from '../dist/src/io/compiled-yaml.js';
import { modelsDirectory, seedsDirectory } from '../dist/src/io/project-paths.js';

// plans.yaml and presets.yaml are read by every projecting command (and plans.yaml by `data list`): compiled,
// those commands load no YAML parser for them.
const FILES = [...['indicators.yaml', 'regions.yaml', 'documents.yaml', 'plans.yaml'].map((name) => join(seedsDirectory, name)), join(modelsDirectory, 'presets.yaml')];

mkdirSync(COMPILED_SEEDS_DIRECTORY, { recursive: true });
for (const file of FILES) {
  const text = readFileSync(file, 'utf8');
  const value = parse(text);
  // JSON must give back the same value (no .inf, .nan or dates), else the file is read as YAML at run time
  if (!isDeepStrictEqual(JSON.parse(JSON.stringify(value)), value)) throw new Error(`${file}: its value does not survive JSON; leave it out of the compiled seeds`);
  writeFileSync(compiledPathOf(file), JSON.stringify({ sha256: sha256Of(text), value }));
}

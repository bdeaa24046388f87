/**
 * The bundled YAML files (the catalogue, the regions, the plans, the presets, the default model spec, the
 * scenarios and policies) compiled to JSON at build time (scripts/compile-seeds.mjs): parsing 60 KB of YAML
 * costs a few hundred milliseconds of every command's start-up, reading the same value as JSON a millisecond. `npm run build` writes
 * dist/compiled-seeds/<file>.json with the SHA-256 of the YAML it came from; at run time the JSON is used
 * only when that hash matches the YAML on disk, so an edited seed file is always read as written.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { projectRoot } from './project-paths.js';

export const COMPILED_SEEDS_DIRECTORY = join(projectRoot, 'dist', 'compiled-seeds');

export interface CompiledYaml {
  sha256: string;
  value: unknown;
}

export function sha256Of(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export function compiledPathOf(yamlFile: string): string {
  return join(COMPILED_SEEDS_DIRECTORY, `${basename(yamlFile)}.json`);
}

/** The compiled value of a YAML file whose text is `text`, when a compiled copy of exactly that text exists. */
export function compiledValueOf(yamlFile: string, text: string): { value: unknown } | undefined {
  const compiled = compiledPathOf(yamlFile);
  if (!existsSync(compiled)) return undefined;
  try {
    const entry = JSON.parse(readFileSync(compiled, 'utf8')) as CompiledYaml;
    return entry.sha256 === sha256Of(text) ? { value: entry.value } : undefined;
  } catch {
    return undefined;
  }
}

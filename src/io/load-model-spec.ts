/** Reads a model spec file (models/default.yaml unless a user names another) into a validated ModelSpec. */
import { dirname, join } from 'node:path';
import { loadCalibration } from './load-calibration.js';
import { PlancastError } from '../core/errors.js';
import { ModelSpecError, parseModelSpecs, type ModelSpec } from '../core/models/model-spec.js';
import { modelsDirectory } from './project-paths.js';
import { readYamlDocument } from './read-yaml-document.js';

export const DEFAULT_MODEL_SPEC_FILE = join(modelsDirectory, 'default.yaml');

export function loadModelSpec(file: string = DEFAULT_MODEL_SPEC_FILE, name?: string): ModelSpec {
  const document = readYamlDocument(file);
  let specs: ModelSpec[];
  try {
    specs = parseModelSpecs(document.value, file);
  } catch (error) {
    if (error instanceof ModelSpecError) {
      const path = error.path.split(/[.[\]]/).filter(Boolean).map((part) => (/^\d+$/.test(part) ? Number(part) : part));
      const line = document.lineOf(path);
      throw new PlancastError(`E_${error.code}`, `${file}${line !== undefined ? `:${line}` : ''}${error.path ? ` at ${error.path}` : ''}: ${error.problem}`, { remedy: error.remedy });
    }
    throw error;
  }
  const spec = name === undefined ? specs[0] : specs.find((candidate) => candidate.name === name);
  if (spec === undefined) throw new PlancastError('E_MODEL_SPEC_NOT_FOUND', `${file}: no model spec named "${name}"`, { remedy: `use one of: ${specs.map((candidate) => candidate.name).join(', ')}` });
  // The calibration the spec names is data beside it (models/calibration.json), read once per process.
  return spec.calibrationFile === null ? spec : { ...spec, calibration: loadCalibration(join(dirname(file), spec.calibrationFile)) };
}

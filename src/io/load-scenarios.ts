/**
 * Reads the scenario files (scenarios/*.yaml and any extra files a user names), validates each against
 * the scenario schema with file:line for every problem, and resolves `extends` chains.
 */
import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { PlancastError } from '../core/errors.js';
import { resolveScenario, type ResolvedScenario } from '../core/scenarios/resolve-scenario.js';
import { parseScenario } from '../core/scenarios/scenario-spec.js';
import { loadPolicyLibrary } from './load-policies.js';
import { scenariosDirectory } from './project-paths.js';
import { readYamlDocument, type YamlDocument } from './read-yaml-document.js';

export interface ScenarioFileProblem {
  file: string;
  line?: number;
  path: string;
  message: string;
  /** the error code a run would stop with (E_SCENARIO_INVALID when not said) */
  code?: string;
}

export interface ScenarioLibrary {
  /** id → the raw, individually validated YAML object */
  raw: Map<string, unknown>;
  /** id → the file it came from */
  files: Map<string, string>;
  /** id → the line of a path in its file (for problems found after loading, such as unknown indicators) */
  lineOf?: Map<string, YamlDocument['lineOf']>;
}

export function bundledScenarioFiles(directory: string = scenariosDirectory): string[] {
  return readdirSync(directory).filter((name) => /\.ya?ml$/.test(name)).sort().map((name) => join(directory, name));
}

/** Validates one file; returns its problems (empty when valid) and the raw object. */
export function checkScenarioFile(file: string): { raw: unknown; id?: string; problems: ScenarioFileProblem[]; lineOf: YamlDocument['lineOf'] } {
  const document = readYamlDocument(file);
  const parsed = parseScenario(document.value);
  if (parsed.ok) {
    const expectedName = parsed.scenario.id;
    const problems: ScenarioFileProblem[] = [];
    if (!basename(file).startsWith(`${expectedName}.`)) {
      problems.push({ file, line: document.lineOf(['id']), path: 'id', message: `the id "${expectedName}" should match the file name (${expectedName}.yaml), so that \`--scenario ${expectedName}\` finds it` });
    }
    return { raw: document.value, id: expectedName, problems, lineOf: document.lineOf };
  }
  return {
    raw: document.value,
    lineOf: document.lineOf,
    problems: parsed.issues.map((issue) => ({ file, line: document.lineOf(issue.path), path: issue.path.join('.') || '(top)', message: issue.message })),
  };
}

export function formatScenarioProblem(problem: ScenarioFileProblem): string {
  return `${problem.file}${problem.line !== undefined ? `:${problem.line}` : ''}: at ${problem.path}: ${problem.message}`;
}

/** Loads every bundled scenario plus `extraFiles`; any invalid file stops with all its problems listed. */
export function loadScenarioLibrary(extraFiles: readonly string[] = []): ScenarioLibrary {
  const raw = new Map<string, unknown>();
  const files = new Map<string, string>();
  const lineOf = new Map<string, YamlDocument['lineOf']>();
  for (const file of [...bundledScenarioFiles(), ...extraFiles]) {
    const checked = checkScenarioFile(file);
    if (checked.problems.length > 0 || checked.id === undefined) {
      throw new PlancastError('E_SCENARIO_INVALID', checked.problems.map(formatScenarioProblem).join('\n'), { remedy: 'fix the fields named (see scenarios/README.md), then run `plancast scenarios validate FILE`' });
    }
    raw.set(checked.id, checked.raw);
    files.set(checked.id, file);
    lineOf.set(checked.id, checked.lineOf);
  }
  return { raw, files, lineOf };
}

/** The scenario a --scenario option names: a bundled id, or a path to a YAML file. */
export function loadScenario(idOrFile: string, library?: ScenarioLibrary): ResolvedScenario {
  const isFile = /\.ya?ml$/.test(idOrFile);
  const scenarios = library ?? loadScenarioLibrary(isFile ? [idOrFile] : []);
  // A file's id is the one the library read it under (the library checks that it matches the file name).
  const id = isFile ? [...scenarios.files].find(([, file]) => file === idOrFile)?.[0] ?? checkScenarioFile(idOrFile).id ?? idOrFile : idOrFile;
  return resolveScenario(id, scenarios.raw, loadPolicyLibrary().policies);
}

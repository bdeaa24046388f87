/**
 * Reads the policy files (scenarios/policies/*.yaml): each validated against the policy schema and the
 * levers it names, with file:line for every problem. The library maps each policy id to its definition.
 */
import { existsSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { PlancastError } from '../core/errors.js';
import { parsePolicy, type PolicyDefinition } from '../core/policies/policy-spec.js';
import { scenariosDirectory } from './project-paths.js';
import { readYamlDocument, type YamlDocument } from './read-yaml-document.js';

/** One problem in a policy file, with where it is. */
export interface PolicyFileProblem {
  file: string;
  line?: number | undefined;
  path: string;
  message: string;
}

export function formatPolicyProblem(problem: PolicyFileProblem): string {
  return `${problem.file}${problem.line !== undefined ? `:${problem.line}` : ''}: at ${problem.path}: ${problem.message}`;
}

export const policiesDirectory = join(scenariosDirectory, 'policies');

export interface PolicyLibraryFiles {
  policies: Map<string, PolicyDefinition>;
  /** id → the file it came from */
  files: Map<string, string>;
  /** id → the line of a path in its file */
  lineOf: Map<string, YamlDocument['lineOf']>;
}

export function bundledPolicyFiles(directory: string = policiesDirectory): string[] {
  if (!existsSync(directory)) return [];
  return readdirSync(directory).filter((name) => /\.ya?ml$/.test(name)).sort().map((name) => join(directory, name));
}

/** Validates one policy file; returns its problems (empty when valid) and the policy. */
export function checkPolicyFile(file: string): { policy?: PolicyDefinition; document: YamlDocument; problems: PolicyFileProblem[] } {
  const document = readYamlDocument(file);
  const parsed = parsePolicy(document.value);
  if (!parsed.ok) return { document, problems: parsed.issues.map((issue) => ({ file, line: document.lineOf(issue.path), path: issue.path.join('.') || '(top)', message: issue.message })) };
  const problems: PolicyFileProblem[] = [];
  if (!basename(file).startsWith(`${parsed.policy.id}.`)) problems.push({ file, line: document.lineOf(['id']), path: 'id', message: `the id "${parsed.policy.id}" should match the file name (${parsed.policy.id}.yaml)` });
  return { policy: parsed.policy, document, problems };
}

const loaded = new Map<string, PolicyLibraryFiles>();

/** Every policy file in the folder (read once per process); any invalid file stops with all its problems listed. */
export function loadPolicyLibrary(directory: string = policiesDirectory): PolicyLibraryFiles {
  let library = loaded.get(directory);
  if (library === undefined) loaded.set(directory, (library = readPolicyLibrary(directory)));
  return library;
}

function readPolicyLibrary(directory: string): PolicyLibraryFiles {
  const policies = new Map<string, PolicyDefinition>();
  const files = new Map<string, string>();
  const lineOf = new Map<string, YamlDocument['lineOf']>();
  for (const file of bundledPolicyFiles(directory)) {
    const checked = checkPolicyFile(file);
    if (checked.problems.length > 0 || checked.policy === undefined) {
      throw new PlancastError('E_POLICY_INVALID', checked.problems.map(formatPolicyProblem).join('\n'), { remedy: 'fix the fields named (see scenarios/policies/README.md), then run `plancast scenarios validate`' });
    }
    policies.set(checked.policy.id, checked.policy);
    files.set(checked.policy.id, file);
    lineOf.set(checked.policy.id, checked.document.lineOf);
  }
  return { policies, files, lineOf };
}

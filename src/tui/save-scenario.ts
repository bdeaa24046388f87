/**
 * Saves the session's settings as a scenario file: `<name>.yaml` in the current folder (or the path
 * typed), never half-written and never over an existing file without the user's yes.
 *
 *   exists and not confirmed → { outcome: 'exists' } (the dialog asks y/n)
 *   write a temporary file beside the target → checkScenarioFile (schema, id = file name)
 *   → resolve it with the bundled scenarios (its `extends` must resolve, so `--scenario FILE` works on
 *     its own) → it must give the same scenario the session shows → rename over the target (atomic on
 *     one file system)
 */
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { stringify } from 'yaml';
import { PlancastError } from '../core/errors.js';
import type { ResolvedScenario } from '../core/scenarios/resolve-scenario.js';
import { checkScenarioFile, formatScenarioProblem, loadScenario, loadScenarioLibrary } from '../io/load-scenarios.js';
import { scenariosDirectory } from '../io/project-paths.js';
import { scenarioPath } from './scenario-path.js';
import { scenarioIdFromName } from './session-dialogs.js';

export { scenarioPath };

export type SaveOutcome = { outcome: 'exists'; path: string } | { outcome: 'saved'; path: string };

/** The levers of a resolved scenario, without its names, for comparing two scenarios' effect. */
function leversOf(scenario: ResolvedScenario): unknown {
  const { id: _id, label: _label, description: _description, chain: _chain, ...levers } = scenario;
  return JSON.parse(JSON.stringify(levers));
}

function yamlText(document: Record<string, unknown>, path: string, region: string | undefined): string {
  const schema = relative(dirname(path), join(scenariosDirectory, 'scenario.schema.json')).split('\\').join('/');
  return [
    `# yaml-language-server: $schema=${schema}`,
    `# Saved from plancast tui. Use it with: plancast feasibility --region ${region ?? '<region>'} --scenario ${path}`,
    stringify(document, { lineWidth: 0 }),
  ].join('\n');
}

export interface SaveRequest {
  document: Record<string, unknown>;
  name: string;
  directory: string;
  overwrite: boolean;
  /** the scenario the session shows: the saved file must resolve to the same levers */
  expected: ResolvedScenario;
  /** the region the settings were made for (named in the file's header comment) */
  region?: string;
}

export function saveScenarioFile(request: SaveRequest): SaveOutcome {
  const path = scenarioPath(request.name, request.directory);
  if (existsSync(path) && !request.overwrite) return { outcome: 'exists', path };
  const id = scenarioIdFromName(request.name);
  mkdirSync(dirname(path), { recursive: true });
  // The temporary name starts with "<id>." so checkScenarioFile accepts the id as matching the file name.
  const temporary = join(dirname(path), `${id}.yaml.partial-${process.pid}`);
  try {
    writeFileSync(temporary, yamlText(request.document, path, request.region), 'utf8');
    const checked = checkScenarioFile(temporary);
    if (checked.problems.length > 0) throw new PlancastError('E_SCENARIO_INVALID', checked.problems.map(formatScenarioProblem).join('; ').replaceAll(temporary, path));
    // Resolved with the bundled scenarios only: the file must work on its own with `--scenario FILE`.
    const resolved = loadScenario(id, loadScenarioLibrary([temporary]));
    if (!isDeepStrictEqual(leversOf(resolved), leversOf(request.expected))) {
      throw new PlancastError('E_SCENARIO_MISMATCH', 'the file would not reproduce the scenario on screen', { exitCode: 1 });
    }
    renameSync(temporary, path);
    return { outcome: 'saved', path };
  } finally {
    rmSync(temporary, { force: true });
  }
}

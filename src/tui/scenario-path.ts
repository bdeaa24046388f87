/**
 * Where the session saves a scenario name typed in its save dialog: `name` → ./name.yaml; `~/x/name` →
 * $HOME/x/name.yaml. On its own, so the screen can show the path without loading the file writer
 * (save-scenario.ts, with the YAML library and the scenario schema), which loads only when a file is saved.
 */
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

/** Where a typed name or path is saved: `name` → ./name.yaml; `~/x/name` → $HOME/x/name.yaml. */
export function scenarioPath(name: string, directory: string): string {
  const trimmed = name.trim();
  const withExtension = /\.ya?ml$/i.test(trimmed) ? trimmed : `${trimmed}.yaml`;
  const expanded = withExtension.startsWith('~/') ? join(homedir(), withExtension.slice(2)) : withExtension;
  return resolve(directory, expanded);
}

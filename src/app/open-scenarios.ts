/**
 * The scenario library of a process: the bundled scenarios/*.yaml plus any files a user names, each read
 * and validated once, and --scenario entries (ids or files) resolved against it. Independent of the
 * data, so a misspelt scenario is refused before any data is loaded.
 */
import { resolveScenario, type ResolvedScenario } from '../core/scenarios/resolve-scenario.js';
import { checkScenarioFile, loadScenarioLibrary, type ScenarioLibrary } from '../io/load-scenarios.js';

/** Whether a --scenario entry names a file rather than a bundled id. */
export function isScenarioFile(entry: string): boolean {
  return /\.ya?ml$/i.test(entry);
}

const libraries = new Map<string, ScenarioLibrary>();

/** The bundled scenarios plus these files. */
export function openScenarioLibrary(files: readonly string[] = []): ScenarioLibrary {
  const unique = [...new Set(files)].sort();
  const key = JSON.stringify(unique);
  let library = libraries.get(key);
  if (library === undefined) libraries.set(key, (library = loadScenarioLibrary(unique)));
  return library;
}

/** The scenarios named by id or YAML file, resolved (extends chains merged), in the order given. */
export function resolveScenarioEntries(entries: readonly string[]): ResolvedScenario[] {
  const library = openScenarioLibrary(entries.filter(isScenarioFile));
  return entries.map((entry) => {
    // A file's id is the one the library read it under (the library checks that it matches the file name).
    const id = isScenarioFile(entry) ? [...library.files].find(([, file]) => file === entry)?.[0] ?? checkScenarioFile(entry).id ?? entry : entry;
    return resolveScenario(id, library.raw);
  });
}

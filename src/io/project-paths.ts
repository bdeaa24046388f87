/**
 * Where the bundled folders are, whether plancast runs from src/ (tests), dist/ (the built CLI) or an
 * installed package: walk up from this file to the package.json named plancast.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findProjectRoot(): string {
  let directory = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(directory, 'package.json');
    if (existsSync(candidate) && (JSON.parse(readFileSync(candidate, 'utf8')) as { name?: string }).name === 'plancast') return directory;
    const parent = dirname(directory);
    if (parent === directory) throw new Error('plancast: cannot find the project folder (package.json named plancast)');
    directory = parent;
  }
}

export const projectRoot = findProjectRoot();
export const seedsDirectory = join(projectRoot, 'seeds');
export const modelsDirectory = join(projectRoot, 'models');
export const scenariosDirectory = join(projectRoot, 'scenarios');
export const reportsDirectory = join(projectRoot, 'reports');

export function readPackageVersion(): string {
  return (JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { version: string }).version;
}

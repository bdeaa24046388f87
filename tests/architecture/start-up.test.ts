/**
 * Start-up stays light: `plancast --help`, `data list` and `feasibility` never load the renderers, the
 * terminal UI or mathjs. Checked twice: in the import graph of the built code (the command's own action
 * included, since actions are imported when a command runs), and at run time, by recording every module
 * the process resolves while the built CLI runs the command. This is the compiled code (dist/src/, what the
 * library export and the tests load); the bundle users run is checked the same way in bundle-start-up.test.ts.
 * (Needs `npm run build`, which `npm test` runs first.)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/io/project-paths.js';
import { staticClosure } from '../helpers/import-graph.js';
import { useTemporaryDirectory } from '../helpers/temporary-files.js';

const HEAVY = ['playwright-core', 'vega', 'vega-lite', 'vega-embed', '@resvg/resvg-js', 'ink', 'react', 'mathjs'];
const built = (...parts: string[]) => join(projectRoot, 'dist', 'src', ...parts);
const CLI = built('cli', 'main.js');
const folder = useTemporaryDirectory('plancast-start-up-');

/** The packages (under node_modules) a run of the built CLI resolved, dynamic imports included. */
function packagesLoadedBy(name: string, ...args: string[]): Set<string> {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` first (npm test does)`);
  const trace = folder.path(`${name}.trace`);
  const run = spawnSync(process.execPath, ['--import', join(projectRoot, 'tests', 'helpers', 'module-trace.mjs'), CLI, ...args], {
    encoding: 'utf8', env: { ...process.env, PLANCAST_MODULE_TRACE: trace }, timeout: 120_000,
  });
  expect(run.status, run.stderr).toBe(0);
  const packages = new Set<string>();
  for (const url of readFileSync(trace, 'utf8').split('\n')) {
    const match = /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url);
    if (match) packages.add(match[1]!);
  }
  return packages;
}

describe('start-up', () => {
  it.each([
    ['--help', []],
    ['data list', ['data-list.js']],
    ['feasibility', ['feasibility.js']],
  ] as const)('%s reaches none of the heavy modules through static imports', (_, command) => {
    // the executable, the command's definition (loaded when a run names it) and its action
    const entries = [CLI, ...command.flatMap((file) => [built('cli', 'commands', file), built('cli', 'actions', file)])];
    const { packages } = staticClosure(...entries);
    expect([...packages].filter((name) => HEAVY.includes(name))).toEqual([]);
  });

  it.each([
    ['help', ['--help']],
    ['data-list', ['data', 'list']],
    ['feasibility', ['feasibility', '--region', 'yubei', '--paths', '200']],
  ])('running %s loads none of them either', (name, args) => {
    const loaded = packagesLoadedBy(name, ...args);
    expect(loaded.has('commander')).toBe(true);
    expect([...loaded].filter((pkg) => HEAVY.includes(pkg))).toEqual([]);
  });

  it('the help loads commander and nothing else from node_modules (no schema library either)', () => {
    expect([...packagesLoadedBy('help-only', '--help')]).toEqual(['commander']);
  });

  it('the trace does see a heavy module when one is loaded (the check can fail)', () => {
    const loaded = packagesLoadedBy('scenarios-validate', 'scenarios', 'validate');
    expect(loaded.has('zod')).toBe(true);
  });
});

/**
 * The layers, in the order each may use the ones before it:
 *
 *   core (pure) ← io, render (the edges that read files and draw) ← app (loads once, runs the core's jobs)
 *     ← report (writes a report folder) ← cli, tui (what users run)
 *
 * Every import of every source file (static, dynamic and type-only) is checked against that order; no
 * module under src/report or src/tui imports src/cli; the built code has no import cycle.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/io/project-paths.js';
import { staticCycles } from '../helpers/import-graph.js';

const ALLOWED: Record<string, readonly string[]> = {
  core: ['core'],
  io: ['core', 'io'],
  render: ['core', 'render'],
  app: ['core', 'io', 'app'],
  report: ['core', 'io', 'render', 'app', 'report'],
  tui: ['core', 'io', 'app', 'report', 'tui'],
  cli: ['core', 'io', 'render', 'app', 'report', 'tui', 'cli'],
  // the library API (src/index.ts)
  '.': ['core', 'io', 'app', 'report', '.'],
};

function filesUnder(directory: string, pattern: RegExp): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    return statSync(path).isDirectory() ? filesUnder(path, pattern) : pattern.test(name) ? [path] : [];
  });
}

const sourceRoot = join(projectRoot, 'src');
const layerOf = (file: string): string => relative(sourceRoot, file).split('/').length === 1 ? '.' : relative(sourceRoot, file).split('/')[0]!;
const IMPORT = /(?:^\s*(?:import|export)\s[^;]*?from\s+|\bimport\(\s*)['"](\.[^'"]+)['"]/gm;

describe('the layers', () => {
  const files = filesUnder(sourceRoot, /\.tsx?$/);
  it('cover every folder under src/', () => {
    expect(files.length).toBeGreaterThan(100);
    for (const file of files) expect(Object.keys(ALLOWED), relative(projectRoot, file)).toContain(layerOf(file));
  });

  it.each(files.map((file) => [relative(projectRoot, file), file]))('%s imports only from its own layer and those before it', (_, file) => {
    const layer = layerOf(file);
    const offending = [...readFileSync(file, 'utf8').matchAll(IMPORT)]
      .map((match) => resolve(dirname(file), match[1]!))
      .filter((target) => !ALLOWED[layer]!.includes(layerOf(target)))
      .map((target) => relative(projectRoot, target));
    expect(offending, `${layer} may import ${ALLOWED[layer]!.join(', ')}`).toEqual([]);
  });
});

describe('the built code', () => {
  it('has no import cycle', () => {
    const built = filesUnder(join(projectRoot, 'dist', 'src'), /\.js$/);
    expect(built.length).toBeGreaterThan(100);
    expect(staticCycles(built).map((cycle) => cycle.map((file) => relative(projectRoot, file)))).toEqual([]);
  });
});

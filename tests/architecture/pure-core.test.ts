/**
 * The core is pure: no file system, clock, randomness or console. Only src/io, src/cli and src/tui touch
 * the world. This test keeps it that way.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/io/project-paths.js';

function sourceFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

const forbidden: [RegExp, string][] = [
  [/from ['"]node:/, 'a node: import'],
  [/from ['"](fs|path|os|child_process|process)['"]/, 'a Node built-in import'],
  [/\bMath\.random\b/, 'Math.random (pass a seeded generator in)'],
  [/\bDate\.now\b|new Date\(\)/, 'the clock'],
  [/\bconsole\./, 'console output'],
  [/\bprocess\./, 'the process'],
  [/from ['"](ink|react|playwright-core|vega|@resvg\/resvg-js)['"]/, 'a UI or rendering library'],
  [/from ['"]\.\.\/(\.\.\/)*(io|cli|tui)\//, 'an adapter (io/cli/tui)'],
];

describe('the pure core', () => {
  const files = sourceFiles(join(projectRoot, 'src', 'core'));
  it('has source files', () => expect(files.length).toBeGreaterThan(5));
  it.each(files.map((file) => [relative(projectRoot, file), file]))('%s touches nothing outside itself', (_, file) => {
    const text = readFileSync(file, 'utf8');
    for (const [pattern, what] of forbidden) expect(pattern.test(text), `${what} in ${file}`).toBe(false);
  });
});

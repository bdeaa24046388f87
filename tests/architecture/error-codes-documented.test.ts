/**
 * Every error code the code can raise is in the README (its error-code tables, or the validation codes'
 * list), so a user who meets one can look it up; and every code the README names is one the code can
 * raise (nothing stale).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/io/project-paths.js';

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

const CODE = /\bE_[A-Z][A-Z_]{2,}\b/g;
const raised = new Set(sourceFiles(join(projectRoot, 'src')).flatMap((file) => readFileSync(file, 'utf8').match(CODE) ?? []));
const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8');
const documented = new Set(readme.match(CODE) ?? []);

describe('error codes', () => {
  it('the code raises some (the check can fail)', () => expect(raised.size).toBeGreaterThan(40));
  it('every code the code can raise is in the README', () => expect([...raised].filter((code) => !documented.has(code)).sort()).toEqual([]));
  it('every code the README names is one the code can raise', () => expect([...documented].filter((code) => !raised.has(code)).sort()).toEqual([]));
});

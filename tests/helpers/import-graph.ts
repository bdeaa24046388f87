/**
 * The import graph of the built code (dist/): which files and packages a module reaches through static
 * imports (what loads when it loads; dynamic `import()` is a separate edge), and every import of a
 * source file with its kind, for the layer and start-up tests.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

const STATIC = /^\s*(?:import|export)\s[^;]*?from\s+['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]/gm;
const DYNAMIC = /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

export function packageName(specifier: string): string {
  return specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');
}

/** Relative specifiers a built file imports statically, resolved to files, and the packages it imports. */
export function staticEdges(file: string): { files: string[]; packages: string[] } {
  const text = readFileSync(file, 'utf8');
  const files: string[] = [];
  const packages: string[] = [];
  for (const match of text.matchAll(STATIC)) {
    const specifier = match[1] ?? match[2]!;
    if (specifier.startsWith('.')) files.push(resolve(dirname(file), specifier));
    else packages.push(packageName(specifier));
  }
  return { files, packages };
}

/** Relative specifiers a built file imports dynamically, resolved to files. */
export function dynamicEdges(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(DYNAMIC)].map((match) => match[1]!).filter((specifier) => specifier.startsWith('.')).map((specifier) => resolve(dirname(file), specifier));
}

/** Every file and package reachable from the entries through static imports. */
export function staticClosure(...entries: string[]): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const edges = staticEdges(file);
    for (const name of edges.packages) packages.add(name);
    for (const next of edges.files) visit(next);
  };
  for (const entry of entries) visit(entry);
  return { files, packages };
}

/** Cycles among files through static imports (Tarjan's strongly connected components of size > 1, or self-loops). */
export function staticCycles(files: readonly string[]): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  let counter = 0;
  const connect = (file: string): void => {
    index.set(file, counter);
    low.set(file, counter);
    counter++;
    stack.push(file);
    onStack.add(file);
    const next = staticEdges(file).files;
    for (const target of next) {
      if (!index.has(target)) {
        connect(target);
        low.set(file, Math.min(low.get(file)!, low.get(target)!));
      } else if (onStack.has(target)) low.set(file, Math.min(low.get(file)!, index.get(target)!));
    }
    if (low.get(file) === index.get(file)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== file);
      if (component.length > 1 || next.includes(file)) cycles.push(component);
    }
  };
  for (const file of files) if (!index.has(file)) connect(file);
  return cycles;
}

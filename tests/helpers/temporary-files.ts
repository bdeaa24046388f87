/** A temporary folder per test file, removed afterwards. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

export function useTemporaryDirectory(prefix = 'plancast-test-'): { path: (name: string) => string; write: (name: string, content: string | Uint8Array) => string } {
  const directory = mkdtempSync(join(tmpdir(), prefix));
  afterAll(() => rmSync(directory, { recursive: true, force: true }));
  return {
    path: (name) => join(directory, name),
    write: (name, content) => {
      const path = join(directory, name);
      writeFileSync(path, content);
      return path;
    },
  };
}

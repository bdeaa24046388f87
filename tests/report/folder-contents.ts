/** Every file under a folder, by relative path ('/' separated), sorted: for byte-for-byte comparisons. */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export function folderContents(directory: string): Map<string, Buffer> {
  const files: [string, Buffer][] = [];
  for (const entry of readdirSync(directory, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files.push([relative(directory, path).split(sep).join('/'), readFileSync(path)]);
  }
  return new Map(files.sort(([left], [right]) => (left < right ? -1 : left > right ? 1 : 0)));
}

/**
 * readYamlDocument reads the bundled scenarios, policies and model spec from their compiled JSON copies
 * (dist/compiled-seeds/, written by `npm run build`) and parses the YAML only for a line to report: the
 * value and the lines are those of the YAML as written, and an edited file is read as edited.
 * (Needs `npm run build`, which `npm test` runs first.)
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compiledPathOf } from '../../src/io/compiled-yaml.js';
import { modelsDirectory, scenariosDirectory } from '../../src/io/project-paths.js';
import { readYamlDocument } from '../../src/io/read-yaml-document.js';
import { useTemporaryDirectory } from '../helpers/temporary-files.js';

const folder = useTemporaryDirectory('plancast-read-yaml-document-');

/** The 1-based line of the first line of `text` that starts with `start` (found in the text itself). */
function lineStarting(text: string, start: string): number {
  const index = text.split('\n').findIndex((line) => line.startsWith(start));
  if (index < 0) throw new Error(`no line starts with ${start}`);
  return index + 1;
}

describe('readYamlDocument', () => {
  const conservative = join(scenariosDirectory, 'conservative.yaml');
  const text = readFileSync(conservative, 'utf8');

  it('the bundled files have compiled copies after the build', () => {
    for (const file of [conservative, join(scenariosDirectory, 'policies', 'science-finance.yaml'), join(modelsDirectory, 'default.yaml')]) {
      expect(existsSync(compiledPathOf(file)), file).toBe(true);
    }
  });

  it('gives a compiled file its value and the lines of the YAML as written', () => {
    const document = readYamlDocument(conservative);
    expect(document.value).toMatchObject({ id: 'conservative', extends: 'baseline', spreadMultiplier: 1.2, ceilings: [{ indicator: 'rd_intensity', range: [5.0, 6.5] }] });
    expect(document.lineOf(['spreadMultiplier'])).toBe(lineStarting(text, 'spreadMultiplier:'));
    expect(document.lineOf(['ceilings', 0, 'range'])).toBe(lineStarting(text, '    range:'));
  });

  it('reads a copy of a bundled file that was edited as edited, not from the compiled copy', () => {
    // same file name as the bundled one, so only the text tells them apart
    const edited = folder.write('conservative.yaml', text.replace('spreadMultiplier: 1.2', '\nspreadMultiplier: 1.5'));
    const document = readYamlDocument(edited);
    expect(document.value).toMatchObject({ spreadMultiplier: 1.5 });
    expect(document.lineOf(['spreadMultiplier'])).toBe(lineStarting(text, 'spreadMultiplier:') + 1);
  });
});

/**
 * The curated example reports in reports/examples/ are what the code writes today: each is regenerated
 * in a temporary folder and compared byte for byte (this is how CI checks they are up to date). Also the
 * golden test of whole reports: the same inputs and seed must give identical specs, tables and data.
 * When this fails after an intended change, run `npm run examples` and commit the result.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_REPORTS, EXAMPLES_DIRECTORY } from '../../src/report/example-reports.js';
import { writeReport } from '../../src/report/write-report.js';
import { useTemporaryDirectory } from '../helpers/temporary-files.js';
import { folderContents } from './folder-contents.js';

const folder = useTemporaryDirectory('plancast-examples-');
const remedy = 'the example reports are out of date: run `npm run examples` and commit reports/examples/';

describe.each(EXAMPLE_REPORTS.map((example) => [example.folder, example] as const))('reports/examples/%s', (name, example) => {
  it('matches what the code writes, byte for byte', async () => {
    const committed = join(EXAMPLES_DIRECTORY, name);
    expect(existsSync(committed), `${committed} is missing: ${remedy}`).toBe(true);
    const fresh = await writeReport({ ...example.request, out: folder.path(name) });
    const expected = folderContents(committed);
    const actual = folderContents(fresh.folder);
    expect([...actual.keys()], remedy).toEqual([...expected.keys()]);
    const differing = [...actual].filter(([file, bytes]) => !expected.get(file)?.equals(bytes)).map(([file]) => file);
    expect(differing, remedy).toEqual([]);
  });
});

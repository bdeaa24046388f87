/**
 * The bundled records compiled at build time (dist/compiled-seeds/seed-records.json, src/io/compiled-seed-records.ts)
 * are exactly what reading and validating the seed files gives, and are used only while every file they
 * depend on is unchanged: an edited file, a missing or an added one is read and validated as written.
 * (Needs `npm run build`, which `npm test` runs first.)
 */
import { cpSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMPILED_SEED_RECORDS_FILE, readCompiledSeedRecords } from '../../src/io/compiled-seed-records.js';
import { loadCatalogWith, loadDataset, seedRecordDependencies, validatedSeedRecords } from '../../src/io/load-dataset.js';
import { seedsDirectory } from '../../src/io/project-paths.js';
import { useTemporaryDirectory } from '../helpers/temporary-files.js';

const folder = useTemporaryDirectory('plancast-compiled-seeds-');

describe('the compiled seed records', () => {
  it('are there after the build, and are what validating the seed files gives, field for field', async () => {
    const compiled = readCompiledSeedRecords(seedRecordDependencies());
    expect(compiled, `${COMPILED_SEED_RECORDS_FILE} is missing or stale: run npm run build`).toBeDefined();
    const validated = await validatedSeedRecords(seedsDirectory, await loadCatalogWith(undefined, seedsDirectory));
    expect(compiled!.records.length).toBeGreaterThan(100);
    expect(compiled).toStrictEqual(validated);
  });

  it('depend on every record and actual file and on the catalogue', () => {
    const paths = seedRecordDependencies().map((entry) => entry.path);
    expect(paths).toEqual(expect.arrayContaining([expect.stringMatching(/^seeds\/records\/.+\.csv$/), expect.stringMatching(/^seeds\/actuals\/.+\.csv$/), 'seeds/indicators.yaml', 'seeds/regions.yaml', 'seeds/plans.yaml']));
  });

  it('are not used when a file they depend on has another hash, is missing, or a file is added', () => {
    const dependsOn = seedRecordDependencies();
    expect(readCompiledSeedRecords(dependsOn)).toBeDefined();
    expect(readCompiledSeedRecords(dependsOn.map((entry, index) => (index === 0 ? { ...entry, sha256: '0'.repeat(64) } : entry)))).toBeUndefined();
    expect(readCompiledSeedRecords(dependsOn.slice(1))).toBeUndefined();
    expect(readCompiledSeedRecords([...dependsOn, { path: 'seeds/records/new.csv', sha256: '1'.repeat(64) }])).toBeUndefined();
  });

  it('are not used for another seeds folder: an edited copy is read as edited', async () => {
    const copy = folder.path('seeds');
    cpSync(seedsDirectory, copy, { recursive: true });
    const bundled = await loadDataset();
    const record = bundled.records.find((candidate) => candidate.region === 'yubei' && candidate.indicator === 'rd_intensity' && candidate.kind === 'actual')!;
    const file = join(copy, 'records', 'yubei.csv');
    const text = readFileSync(file, 'utf8');
    const line = text.split('\n').find((row) => row.includes('rd_intensity') && row.includes(`,${record.year},`) && row.includes(',actual,'));
    expect(line, 'a yubei rd_intensity actual row in seeds/records/yubei.csv').toBeDefined();
    writeFileSync(file, text.replace(line!, line!.replace(`,${record.value},`, ',9.99,')));
    const edited = await loadDataset({ seedsDirectory: copy });
    expect(edited.records.find((candidate) => candidate.region === 'yubei' && candidate.indicator === 'rd_intensity' && candidate.kind === 'actual' && candidate.year === record.year)?.value).toBe(9.99);
  });
});

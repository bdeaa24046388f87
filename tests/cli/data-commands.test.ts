import { describe, expect, it } from 'vitest';
import { runPlancast } from '../helpers/run-plancast.js';
import { useTemporaryDirectory } from '../helpers/temporary-files.js';

const files = useTemporaryDirectory();

describe('plancast (commander front door)', () => {
  it('prints its version', async () => {
    const run = await runPlancast('--version');
    expect(run.exitCode).toBe(0);
    expect(run.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('rejects an unknown command with a suggestion and exit code 2', async () => {
    const run = await runPlancast('dta');
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain("unknown command 'dta'");
    expect(run.stderr).toContain('data');
  });

  it('rejects an unknown option with exit code 2', async () => {
    const run = await runPlancast('data', 'list', '--bogus');
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain("unknown option '--bogus'");
  });
});

describe('plancast data list', () => {
  it('lists every bundled region and the core indicators with record counts', async () => {
    const run = await runPlancast('data', 'list', '--json');
    expect(run.exitCode).toBe(0);
    const listing = JSON.parse(run.stdout) as { regions: { id: string; records: number }[]; indicators: { id: string; records: number }[]; records: number };
    for (const region of ['yubei', 'yongchuan', 'shapingba', 'science-city', 'chongqing']) {
      expect(listing.regions.find((entry) => entry.id === region)?.records, region).toBeGreaterThan(0);
    }
    for (const indicator of ['rd_intensity', 'invention_patents_per_10k', 'high_tech_enterprises', 'tech_enterprises']) {
      expect(listing.indicators.find((entry) => entry.id === indicator)?.records, indicator).toBeGreaterThan(0);
    }
    expect(listing.records).toBe(listing.regions.reduce((sum, region) => sum + region.records, 0));
  });
});

describe('plancast data show', () => {
  it('prints Yubei R&D intensity with names and sources as JSON', async () => {
    const run = await runPlancast('data', 'show', '--region', 'yubei', '--indicator', 'rd_intensity', '--json');
    expect(run.exitCode).toBe(0);
    const records = JSON.parse(run.stdout) as { year: number; kind: string; value: number; comparator?: string; source: { document: string; location: string; line: number } }[];
    const target2025 = records.find((record) => record.year === 2025 && record.kind === 'target');
    expect(target2025).toMatchObject({ value: 4.8, unit: '%', source: { document: '000_c283ab80a0b54373.txt' } });
    expect(target2025?.comparator).toBeDefined();
    expect(records.find((record) => record.year === 2015 && record.kind === 'baseline')).toMatchObject({ value: 2.53 });
    // the public page's 2.92 is shown beside it, marked as the other side of a conflict
    expect(records.find((record) => record.year === 2015 && record.kind === 'actual')).toMatchObject({ value: 2.92, conflict: { group: 'yubei-rd-intensity-2015', preferred: false } });
  });

  it('accepts a Chinese indicator name and prints a table with both names', async () => {
    const run = await runPlancast('data', 'show', '--region', 'yubei', '--indicator', '研发投入强度');
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain('R&D经费支出占地区生产总值比重');
    expect(run.stdout).toContain('R&D intensity');
    expect(run.stdout).toContain('000_c283ab80a0b54373.txt:');
  });

  it('explains an unknown region and indicator', async () => {
    const region = await runPlancast('data', 'show', '--region', 'yubie');
    expect(region.exitCode).toBe(2);
    expect(region.stderr).toContain('E_UNKNOWN_REGION');
    expect(region.stderr).toContain('yubei');
    const indicator = await runPlancast('data', 'show', '--region', 'yubei', '--indicator', 'rd_intensty');
    expect(indicator.exitCode).toBe(2);
    expect(indicator.stderr).toContain('did you mean rd_intensity');
  });

  it('lays a user data file over the bundled data (--data)', async () => {
    const file = files.write('actuals.csv', 'region,indicator,year,value\nyubei,rd_intensity,2021,4.6\nyubei,rd_intensity,2022,4.7\n');
    const run = await runPlancast('data', 'show', '--region', 'yubei', '--indicator', 'rd_intensity', '--data', file, '--json');
    expect(run.exitCode).toBe(0);
    const years = (JSON.parse(run.stdout) as { year: number; kind: string }[]).filter((record) => record.kind === 'actual').map((record) => record.year);
    expect(years).toEqual(expect.arrayContaining([2021, 2022]));
  });
});

describe('plancast data conflicts', () => {
  it('lists every marked conflict with the record used and why', async () => {
    const run = await runPlancast('data', 'conflicts', '--json');
    expect(run.exitCode).toBe(0);
    const conflicts = JSON.parse(run.stdout) as { group: string; status: string; used: { value: number } | null; reason: string | null; records: unknown[] }[];
    expect(conflicts.length).toBeGreaterThan(5);
    for (const conflict of conflicts) {
      expect(conflict.status, conflict.group).toBe('marked');
      expect(conflict.used, conflict.group).not.toBeNull();
      expect(conflict.reason, conflict.group).toBeTruthy();
    }
    expect(conflicts.map((conflict) => conflict.group)).toContain('shapingba-tech-contract-turnover-2025');
  });
});

describe('plancast data validate', () => {
  it('passes the bundled seeds', async () => {
    const run = await runPlancast('data', 'validate');
    expect(run.exitCode).toBe(0);
    expect(run.stdout.match(/✓/g)?.length).toBe(4);
  });

  it('exits 2 and lists every problem with file, line, code and remedy', async () => {
    const file = files.write('bad.csv', 'region,indicator,year,value\nyubei,rd_intensty,2021,4.5\nyubei,high_tech_enterprises,2021,-3\n');
    const run = await runPlancast('data', 'validate', file);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain(`${file}:2 column indicator: error E_UNKNOWN_INDICATOR`);
    expect(run.stderr).toContain(`${file}:3 column value: error E_NEGATIVE_COUNT`);
    expect(run.stderr).toContain('remedy:');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('gives the issues as JSON', async () => {
    const file = files.write('bad2.csv', 'region,indicator,year,value\nyubei,rd_intensity,2021,abc\n');
    const run = await runPlancast('data', 'validate', file, '--json');
    expect(run.exitCode).toBe(2);
    expect(JSON.parse(run.stdout)).toMatchObject([{ valid: false, issues: [{ code: 'E_NON_NUMERIC_VALUE', line: 2, value: 'abc' }] }]);
  });

  it('a command given invalid --data stops with exit 2 and the issues, writing nothing to stdout', async () => {
    const file = files.write('bad3.csv', 'region,indicator,year,value\nyubei,rd_intensity,1890,4\n');
    const run = await runPlancast('data', 'list', '--data', file);
    expect(run.exitCode).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('E_YEAR_OUT_OF_RANGE');
  });
});

describe('a user catalogue (--catalog) with a derived indicator', () => {
  it('derives the new indicator from the user data', async () => {
    const data = files.write('derived.csv', 'region,indicator,year,value\nmy-district,rd_expenditure,2021,50\nmy-district,population,2021,100\n');
    const catalog = files.write('catalog.yaml', 'indicators:\n  rd_per_capita:\n    name: { zh: 人均研发投入, en: R&D spending per person }\n    unit: 元\n    kind: ratio\n    relation: rd_expenditure * 1e8 / (population * 1e4)\n');
    const run = await runPlancast('data', 'show', '--region', 'my-district', '--indicator', 'rd_per_capita', '--data', data, '--catalog', catalog, '--json');
    expect(run.exitCode, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject([{ indicator: 'rd_per_capita', year: 2021, value: 5000, source: { document: 'derived' } }]);
  });

  it('refuses a catalogue that redefines a bundled id or names an unknown input', async () => {
    const clash = files.write('clash.yaml', 'indicators:\n  gdp:\n    name: { zh: 地区生产总值, en: GDP }\n    unit: 亿元\n    kind: flow\n');
    expect((await runPlancast('data', 'list', '--catalog', clash)).stderr).toContain('already in the bundled catalogue');
    const unknown = files.write('unknown.yaml', 'indicators:\n  odd:\n    name: { zh: 怪, en: Odd }\n    unit: "%"\n    kind: ratio\n    relation: gdpp / 2\n');
    const run = await runPlancast('data', 'list', '--catalog', unknown);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain('E_RELATION_INVALID');
  });
});

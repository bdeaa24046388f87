/**
 * Chart templates kept on disk (src/render/chart-template-store.ts): where they go, what keys them, that a
 * damaged or missing entry only means compiling again, that a later process takes its templates from the
 * store instead of compiling, and that a report drawn from stored templates is the report drawn without them,
 * byte for byte.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TopLevelSpec } from 'vega-lite';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/io/project-paths.js';
import { chartTemplateDirectory, chartTemplateStore, evictOldTemplates, templateKey } from '../../src/render/chart-template-store.js';
import { ChartTemplateCache, splitChart, type ChartTemplate } from '../../src/render/chart-templates.js';
import { useTemporaryDirectory } from '../helpers/temporary-files.js';
import { folderContents } from '../report/folder-contents.js';

const temporary = useTemporaryDirectory('plancast-template-store-test-');
let folders = 0;
/** A fresh folder for one case. */
const folder = (): string => {
  const made = temporary.path(`case-${(folders += 1)}`);
  mkdirSync(made);
  return made;
};

const versions = { vegaLite: '6.4.3', vega: '6.4.0' };
const template: ChartTemplate = { runtime: '{"operators":[{"id":0,"value":"plancastText0x"}]}', warnings: ['a warning about plancastText0x'] };

describe('chartTemplateDirectory', () => {
  it('sits beside the font subsets: PLANCAST_CACHE_DIR, then XDG_CACHE_HOME, off with none', () => {
    expect(chartTemplateDirectory({ PLANCAST_CACHE_DIR: '/x' })).toBe('/x/charts');
    expect(chartTemplateDirectory({ XDG_CACHE_HOME: '/y' })).toBe('/y/plancast/charts');
    expect(chartTemplateDirectory({ PLANCAST_CACHE_DIR: 'none' })).toBeUndefined();
  });
});

describe('templateKey', () => {
  it('changes with the shape and with either version', () => {
    const key = templateKey('{"mark":"line"}', versions);
    expect(key).toMatch(/^[0-9a-f]{32}$/);
    expect(templateKey('{"mark":"line"}', versions)).toBe(key);
    expect(templateKey('{"mark":"point"}', versions)).not.toBe(key);
    expect(templateKey('{"mark":"line"}', { ...versions, vega: '6.4.1' })).not.toBe(key);
    expect(templateKey('{"mark":"line"}', { ...versions, vegaLite: '6.5.0' })).not.toBe(key);
  });
});

describe('chartTemplateStore', () => {
  it('gives back what it was given, under the same versions only', () => {
    const directory = join(folder(), 'charts');
    chartTemplateStore(directory, versions).write('shape', template);
    expect(chartTemplateStore(directory, versions).read('shape')).toEqual(template);
    expect(chartTemplateStore(directory, { ...versions, vega: '7.0.0' }).read('shape')).toBeUndefined();
    expect(chartTemplateStore(directory, versions).read('another shape')).toBeUndefined();
    expect(readdirSync(directory).filter((name) => name.startsWith('.'))).toEqual([]); // nothing half-written left
  });

  it('treats a damaged entry, or a folder it cannot write, as no entry', () => {
    const directory = folder();
    writeFileSync(join(directory, `${templateKey('shape', versions)}.json`), '{"runtime": 3');
    expect(chartTemplateStore(directory, versions).read('shape')).toBeUndefined();
    writeFileSync(join(directory, `${templateKey('shape', versions)}.json`), '{"runtime": 3, "warnings": []}');
    expect(chartTemplateStore(directory, versions).read('shape')).toBeUndefined();
    const blocked = join(folder(), 'a-file');
    writeFileSync(blocked, 'not a folder');
    expect(() => chartTemplateStore(join(blocked, 'charts'), versions).write('shape', template)).not.toThrow();
    expect(chartTemplateStore(join(blocked, 'charts'), versions).read('shape')).toBeUndefined();
    expect(chartTemplateStore(undefined, versions).read('shape')).toBeUndefined();
  });

  it('keeps the most recently used entries', () => {
    const directory = folder();
    const store = chartTemplateStore(directory, versions);
    for (let index = 0; index < 5; index++) {
      store.write(`shape ${index}`, template);
      const when = new Date(Date.UTC(2026, 0, 1 + index));
      utimesSync(join(directory, `${templateKey(`shape ${index}`, versions)}.json`), when, when);
    }
    evictOldTemplates(directory, 3);
    expect(readdirSync(directory).length).toBe(3);
    expect(store.read('shape 4')).toEqual(template);
    expect(store.read('shape 0')).toBeUndefined();
  });
});

describe('ChartTemplateCache with a store', () => {
  it('makes a template once per machine: a later cache (another process) reads it instead of compiling', () => {
    const store = chartTemplateStore(folder(), versions);
    const parts = splitChart({ title: 'A', mark: 'line' } as unknown as TopLevelSpec)!;
    let made = 0;
    const make = (): ChartTemplate => { made += 1; return template; };
    expect(new ChartTemplateCache(200, store).templateOf(parts, make)).toEqual(template);
    expect(new ChartTemplateCache(200, store).templateOf(parts, make)).toEqual(template);
    expect(made).toBe(1);
    // a shape that cannot be made into a template is not stored
    const other = splitChart({ title: 'B', mark: 'point' } as unknown as TopLevelSpec)!;
    expect(new ChartTemplateCache(200, store).templateOf(other, () => undefined)).toBeUndefined();
    expect(store.read(other.key)).toBeUndefined();
  });
});

describe('a report drawn from stored templates', () => {
  const cli = join(projectRoot, 'dist', 'bundle', 'plancast.cjs');
  const report = (out: string, cache: string): void => {
    const run = spawnSync(process.execPath, [cli, 'report', '--region', 'science-city', '--out', out], { encoding: 'utf8', env: { ...process.env, PLANCAST_CACHE_DIR: cache }, timeout: 120_000 });
    expect(run.status, run.stderr).toBe(0);
  };

  it('is the report drawn without them, byte for byte, PNGs included', () => {
    const work = folder();
    const cache = join(work, 'cache');
    report(join(work, 'first'), cache); // compiles and stores the templates
    expect(existsSync(join(cache, 'charts')) && readdirSync(join(cache, 'charts')).length).toBeGreaterThan(0);
    report(join(work, 'second'), cache); // reads them
    report(join(work, 'none'), 'none'); // neither
    const expected = folderContents(join(work, 'none'));
    for (const name of ['first', 'second']) {
      const actual = folderContents(join(work, name));
      expect([...actual.keys()]).toEqual([...expected.keys()]);
      expect([...actual].filter(([file, bytes]) => !expected.get(file)?.equals(bytes)).map(([file]) => file), name).toEqual([]);
    }
  }, 120_000);
});

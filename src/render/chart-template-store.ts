/**
 * Chart templates (chart-templates.ts) kept on disk, so that a report compiles and parses a chart shape once
 * per machine, not once per run: a template depends only on the chart's shape (its spec with tokens) and on
 * the versions of vega-lite and vega that compiled and parsed it, and a region's reports have the same
 * shapes run after run. In a fresh process compiling and parsing a region's eight shapes took about 0.5 s
 * of the chart worker's CPU, most of it V8 compiling vega-lite's and vega's code for the first time.
 *
 * Where: beside the font subsets (font-subset-cache.ts): $PLANCAST_CACHE_DIR/charts, else
 * $XDG_CACHE_HOME/plancast/charts, else ~/.cache/plancast/charts; PLANCAST_CACHE_DIR=none turns it off.
 * An entry is keyed by a hash of the format, both versions and the shape; it is written to a temporary name
 * and renamed into place, so a reader sees a whole entry or none, and one that does not read as a template
 * is ignored. At most MAXIMUM_TEMPLATES entries are kept (the least recently used go). Any file-system
 * failure only means no store: the chart is compiled and parsed as before.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ChartTemplate, ChartTemplateStore } from './chart-templates.js';
import { entriesBeyond, plancastCacheDirectory } from './cache-directory.js';

export const MAXIMUM_TEMPLATES = 200;
/**
 * Bumped when the tokens, the markers, an entry's record, or how render-svg.ts compiles and parses a shape
 * (compiler or parser options) change, so old entries are not read.
 */
const FORMAT = 1;

/** The store's folder, or undefined when the cache is turned off. */
export function chartTemplateDirectory(environment: NodeJS.ProcessEnv = process.env): string | undefined {
  return plancastCacheDirectory('charts', environment);
}

/** The entry name of a shape compiled by these versions of vega-lite and vega. */
export function templateKey(shape: string, versions: { vegaLite: string; vega: string }): string {
  return createHash('sha256').update(`plancast chart template ${FORMAT}\nvega-lite ${versions.vegaLite}\nvega ${versions.vega}\n${shape}`).digest('hex').slice(0, 32);
}

function isTemplate(value: unknown): value is ChartTemplate {
  if (value === null || typeof value !== 'object') return false;
  const { runtime, warnings } = value as Partial<ChartTemplate>;
  return typeof runtime === 'string' && Array.isArray(warnings) && warnings.every((warning) => typeof warning === 'string');
}

/** A store in `directory` for templates made by these versions; undefined directory: a store that keeps nothing. */
export function chartTemplateStore(directory: string | undefined, versions: { vegaLite: string; vega: string }): ChartTemplateStore {
  if (directory === undefined) return { read: () => undefined, write: () => undefined };
  let written = 0;
  return {
    read(shape) {
      const file = join(directory, `${templateKey(shape, versions)}.json`);
      try {
        const template: unknown = JSON.parse(readFileSync(file, 'utf8'));
        if (!isTemplate(template)) return undefined;
        const now = new Date();
        utimesSync(file, now, now); // recently used
        return template;
      } catch {
        return undefined; // no entry, or one being replaced, or not readable: compile as before
      }
    },
    write(shape, template) {
      try {
        mkdirSync(directory, { recursive: true });
        const key = templateKey(shape, versions);
        const staged = join(directory, `.${key}.json.${process.pid}`);
        writeFileSync(staged, JSON.stringify(template));
        renameSync(staged, join(directory, `${key}.json`));
        written += 1;
        if (written === 1) evictOldTemplates(directory); // once per process is enough
      } catch {
        // no store this time
      }
    },
  };
}

/** Keeps the MAXIMUM_TEMPLATES most recently used entries. */
export function evictOldTemplates(directory: string, maximum = MAXIMUM_TEMPLATES): void {
  for (const key of entriesBeyond(directory, maximum)) rmSync(join(directory, `${key}.json`), { force: true });
}

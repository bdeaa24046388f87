/**
 * Where plancast keeps what it can make again but need not (the font subsets: font-subset-cache.ts; the chart
 * templates: chart-template-store.ts): $PLANCAST_CACHE_DIR/<folder>, else $XDG_CACHE_HOME/plancast/<folder>,
 * else ~/.cache/plancast/<folder>; PLANCAST_CACHE_DIR=none turns the cache off.
 */
import { readdirSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

/** A folder of plancast's cache, or undefined when turned off. */
export function plancastCacheDirectory(folder: string, environment: NodeJS.ProcessEnv = process.env): string | undefined {
  const configured = environment.PLANCAST_CACHE_DIR;
  if (configured === 'none') return undefined;
  if (configured !== undefined && configured !== '') return join(configured, folder);
  const base = environment.XDG_CACHE_HOME !== undefined && environment.XDG_CACHE_HOME !== '' ? environment.XDG_CACHE_HOME : join(homedir(), '.cache');
  return join(base, 'plancast', folder);
}


/**
 * The keys of a cache folder's entries (`<32 hex digits>.json`, touched when used) beyond the `maximum` most
 * recently used: the ones to remove.
 */
export function entriesBeyond(directory: string, maximum: number): string[] {
  const entries = readdirSync(directory).filter((name) => /^[0-9a-f]{32}\.json$/.test(name)).map((name) => ({ key: name.slice(0, 32), used: statSync(join(directory, name)).mtimeMs }));
  if (entries.length <= maximum) return [];
  entries.sort((a, b) => b.used - a.used);
  return entries.slice(maximum).map(({ key }) => key);
}

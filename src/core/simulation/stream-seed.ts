/**
 * Seeds for the random streams, derived from the run's seed and a stream name (region, indicator, or a
 * driver): each series gets its own stream, independent of the order in which series are simulated, and
 * the same stream in every scenario (common random numbers).
 */

/** FNV-1a over the UTF-16 code units of `name`, mixed with `seed`; a 32-bit unsigned integer. */
export function streamSeed(seed: number, name: string): number {
  let hash = (0x811c9dc5 ^ (seed >>> 0)) >>> 0;
  for (let index = 0; index < name.length; index++) {
    hash ^= name.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  // A final avalanche so that seeds differing in one bit give unrelated streams.
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b) >>> 0;
  hash ^= hash >>> 13;
  return hash >>> 0;
}

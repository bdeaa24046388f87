/**
 * A way to collect V8's young generation now (a minor collection, a millisecond or two), when the process
 * allows one: the `plancast` executable does (src/cli/v8-settings.ts); a program using the library does not,
 * unless it says so, and then nothing is collected early.
 *
 * Why: resvg's images and SVG trees live in native memory freed only when their JavaScript objects are
 * collected. A worker's small young generation is collected every few charts; the calling thread's, beside
 * a pipeline's large heap, seldom — the PNGs it drew once it was done computing added 60 MB to one report's
 * peak memory. Collecting the young generation after each such PNG gives the memory back at once.
 */
let collector: (() => void) | undefined;

/** Sets (or, with undefined, removes) the process's young-generation collector. */
export function setYoungGenerationCollector(collect: (() => void) | undefined): void {
  collector = collect;
}

/** Collects the young generation when the process has set a collector; does nothing otherwise. */
export function collectYoungGeneration(): void {
  collector?.();
}

/**
 * A way to collect V8's young generation now (a minor collection, a millisecond or two), when the program
 * allows one: the `plancast` executable does (src/cli/v8-settings.ts, and the session for the thread that
 * writes its reports, src/tui/report-runner.ts); a program using the library does not, unless it says so
 * (setYoungGenerationCollector(minorCollector())), and then nothing is collected early.
 *
 * Why: resvg's images and SVG trees live in native memory freed only when their JavaScript objects are
 * collected. A worker's small young generation is collected every few charts; the calling thread's, beside
 * a pipeline's large heap, seldom — the PNGs it drew once it was done computing added 60 MB to one report's
 * peak memory. Collecting the young generation after each such PNG gives the memory back at once.
 */
import { runInNewContext } from 'node:vm';
import { setFlagsFromString } from 'node:v8';

let collector: (() => void) | undefined;

/**
 * A collector of this thread's young generation: V8's gc function, exposed the first time it is called
 * (--expose-gc, then taken from a new context, as Jest's leak detector does) and asked for a minor collection.
 */
export function minorCollector(): () => void {
  let collect: ((options: { type: 'minor' }) => void) | undefined;
  return () => {
    if (collect === undefined) {
      setFlagsFromString('--expose-gc');
      collect = runInNewContext('gc') as (options: { type: 'minor' }) => void;
    }
    collect({ type: 'minor' });
  };
}

/** Whether this thread has a young-generation collector. */
export function hasYoungGenerationCollector(): boolean {
  return collector !== undefined;
}

/** Sets (or, with undefined, removes) this thread's young-generation collector. */
export function setYoungGenerationCollector(collect: (() => void) | undefined): void {
  collector = collect;
}

/** Collects the young generation when the process has set a collector; does nothing otherwise. */
export function collectYoungGeneration(): void {
  collector?.();
}

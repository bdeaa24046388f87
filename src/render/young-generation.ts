/**
 * A way to collect V8's young generation now (a minor collection, a millisecond or two), when the program
 * allows one (allowYoungGenerationCollection): the `plancast` executable does, in the thread that draws a
 * report's PNGs (`report` and `start`: src/cli/commands/report.ts; the session's report thread:
 * src/tui/report-runner.ts); a program using the library does not, unless it says so, and then nothing is
 * collected early.
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

/** Lets this thread collect its young generation from now on (minorCollector), once. */
export function allowYoungGenerationCollection(): void {
  collector ??= minorCollector();
}

/** Collects the young generation when this thread allows it; does nothing otherwise. */
export function collectYoungGeneration(): void {
  collector?.();
}

/**
 * How soon V8 hands a function to its optimising compiler (TurboFan), for the `plancast` executable:
 * main.ts imports it before the first command a run names is defined, so the setting holds before any of
 * the command's code loads, and in every worker thread (V8's flags are the process's); the program's and
 * the groups' help and --version do without. The library export (src/index.ts) leaves its caller's
 * process as it is.
 *
 * A function is optimised once it has run through its "interrupt budget" of bytecode. V8 11 (Node 20)
 * spends 66 KB, tuned for long-lived pages; a plancast run lasts seconds, and TurboFan compiled some 400
 * functions of vega and vega-lite in the chart worker for 22 charts — on background threads that took
 * about 1.5 s of the report's CPU on 2 cores, about as much as drawing the charts. With four times the
 * budget only the functions that stay hot are compiled: one region's report measured 6.15 → 5.07 s of
 * CPU and 4.03 → 3.59 s, `plancast start` 17.9 → 16.2 s of CPU and 9.7 → 8.8 s (interleaved medians of
 * 5 and 4); the Monte Carlo kernels, small functions of typed arrays (path-kernels.ts), run as hot as
 * before. Eight and sixteen times saved no more; `--max-inlined-bytecode-size-cumulative` and
 * `--no-turbo-inlining` saved less.
 *
 * Only on V8 11, where it was measured; a budget given on the command line (node --interrupt-budget=…)
 * is kept.
 */
import { setFlagsFromString } from 'node:v8';

/** V8 11's default budget, 66 KB of bytecode, times four. */
export const INTERRUPT_BUDGET = 4 * 67_584;

export function tuneTiering(v8Version: string = process.versions.v8, execArgv: readonly string[] = process.execArgv): boolean {
  if (!v8Version.startsWith('11.') || execArgv.some((argument) => argument.startsWith('--interrupt-budget'))) return false;
  setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`);
  return true;
}

tuneTiering();

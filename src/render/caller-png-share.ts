/**
 * The PNGs a chart pool's calling thread draws once it has nothing more to compute (ChartRenderPool.callerDone),
 * decided chart by chart where it is cheapest to know: in the worker, as each chart's SVG is done. Two
 * numbers shared between the calling thread and its workers (a SharedArrayBuffer):
 *   [0] 1 once the calling thread draws PNGs;
 *   [1] how many PNGs it has been left and not drawn yet.
 * A worker leaves a chart's PNG to the calling thread while that one has fewer than CALLER_PNG_BACKLOG to
 * draw, and draws it itself otherwise: the calling thread is kept busy, and when it has other work (writing
 * a report's files) the workers draw on. A chart's SVG (vega-lite and vega, about 45 ms warm) and its PNG
 * (resvg, about 40 ms) cost about the same, so beside one worker the calling thread takes about half.
 */
export const CALLER_PNG_BACKLOG = 2;

export type CallerShare = Int32Array;

export function createCallerShare(): CallerShare {
  return new Int32Array(new SharedArrayBuffer(8));
}

/** The calling thread takes PNGs from now on. */
export function openCallerShare(share: CallerShare): void {
  Atomics.store(share, 0, 1);
}

/** In a worker, a chart's SVG drawn: whether to leave its PNG to the calling thread (counted in its backlog when so). */
export function leavePngToCaller(share: CallerShare): boolean {
  if (Atomics.load(share, 0) !== 1) return false;
  for (;;) {
    const backlog = Atomics.load(share, 1);
    if (backlog >= CALLER_PNG_BACKLOG) return false;
    if (Atomics.compareExchange(share, 1, backlog, backlog + 1) === backlog) return true;
  }
}

/** In the calling thread, a PNG it was left is drawn (or failed). */
export function callerPngDone(share: CallerShare): void {
  Atomics.sub(share, 1, 1);
}

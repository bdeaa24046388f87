/**
 * A chart-rendering worker thread: loads vega, vega-lite and resvg once, then runs the tasks the pool
 * (chart-render-pool.ts) posts, one at a time in the order posted, and posts each result back (PNG bytes
 * transferred, not copied).
 */
import { parentPort } from 'node:worker_threads';
import { leavePngToCaller } from './caller-png-share.js';
import { failureOf, nextTurnOfEventLoop, runChartTask, type ChartTask } from './chart-render-tasks.js';

const port = parentPort;
if (port === null) throw new Error('chart-render-worker.js runs as a worker thread only');

// The pool may post several tasks ahead (so a busy calling thread does not leave this one idle): they run
// one after another, in the order posted, each after a turn of the event loop (so the native memory of the
// charts before is freed: see nextTurnOfEventLoop).
// A chart carries the calling thread's PNG share, shared with the pool (chart-render-pool.ts, CallerShare):
// once the calling thread is done computing and has fewer than two PNGs to draw, this worker leaves the PNG
// of the chart it has just drawn as SVG to it.
let queue: Promise<void> = Promise.resolve();
port.on('message', (message: { id: number; task: ChartTask; callerShare?: Int32Array }) => {
  const share = message.callerShare;
  const leavePng = (): boolean => share !== undefined && leavePngToCaller(share);
  queue = queue.then(() => {
    return nextTurnOfEventLoop().then(() => runChartTask(message.task, leavePng)).then(
      (result) => {
        const png = result.task === 'chart' || result.task === 'png' ? result.png : null;
        port.postMessage({ id: message.id, ok: true, result }, png !== null ? [png.buffer as ArrayBuffer] : []);
      },
      (error: unknown) => port.postMessage({ id: message.id, ok: false, failure: failureOf(error) }),
    );
  });
});

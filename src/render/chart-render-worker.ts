/**
 * A chart-rendering worker thread: loads vega, vega-lite and resvg once, then runs the tasks the pool
 * (chart-render-pool.ts) posts, one at a time in the order posted, and posts each result back (PNG bytes
 * transferred, not copied).
 */
import { parentPort } from 'node:worker_threads';
import { failureOf, nextTurnOfEventLoop, runChartTask, type ChartTask } from './chart-render-tasks.js';

const port = parentPort;
if (port === null) throw new Error('chart-render-worker.js runs as a worker thread only');

// The pool may post several tasks ahead (so a busy calling thread does not leave this one idle): they run
// one after another, in the order posted, each after a turn of the event loop (so the native memory of the
// charts before is freed: see nextTurnOfEventLoop).
// A task posted to two workers (the pool grown by callerDone) carries a claim: the first worker to reach it
// runs it, the other says it skipped it.
let queue: Promise<void> = Promise.resolve();
port.on('message', (message: { id: number; task: ChartTask; number: number; claim?: Int32Array }) => {
  queue = queue.then(() => {
    if (message.claim !== undefined && Atomics.compareExchange(message.claim, 0, 0, message.number) !== 0) {
      port.postMessage({ id: message.id, ok: true, skipped: true });
      return undefined;
    }
    return nextTurnOfEventLoop().then(() => runChartTask(message.task)).then(
      (result) => {
        const png = result.task === 'chart' || result.task === 'png' ? result.png : null;
        port.postMessage({ id: message.id, ok: true, result }, png !== null ? [png.buffer as ArrayBuffer] : []);
      },
      (error: unknown) => port.postMessage({ id: message.id, ok: false, failure: failureOf(error) }),
    );
  });
});

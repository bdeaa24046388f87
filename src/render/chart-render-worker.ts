/**
 * A chart-rendering worker thread: loads vega, vega-lite and resvg once, then runs the tasks the pool
 * (chart-render-pool.ts) posts, one at a time, and posts each result back (PNG bytes transferred, not copied).
 */
import { parentPort } from 'node:worker_threads';
import { failureOf, runChartTask, type ChartTask } from './chart-render-tasks.js';

const port = parentPort;
if (port === null) throw new Error('chart-render-worker.js runs as a worker thread only');

port.on('message', (message: { id: number; task: ChartTask }) => {
  runChartTask(message.task).then(
    (result) => port.postMessage({ id: message.id, ok: true, result }, result.task === 'png' ? [result.png.buffer as ArrayBuffer] : []),
    (error: unknown) => port.postMessage({ id: message.id, ok: false, failure: failureOf(error) }),
  );
});

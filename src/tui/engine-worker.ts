/**
 * The session's engine on a worker thread (started by engine-worker-client.ts): loads the workspace from
 * the session's options, then answers calls one at a time — `{ id, method, args }` → `{ id, ok, value }` or
 * `{ id, ok: false, failure }`. The thread that reads keys stays free while a region is fitted or an
 * indicator re-simulated, so Ctrl+C is read at once. Calls are answered in order; the client coalesces
 * bursts (latest-request.ts), so the queue stays short.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { PlancastError } from '../core/errors.js';
import { engineCall } from './engine-in-process.js';
import { loadPipelineEngine, type EngineOptions } from './engine.js';

export interface EngineCallMessage {
  id: number;
  method: string;
  args: unknown[];
}

export interface EngineFailure {
  message: string;
  code: string | null;
  remedy: string | null;
  exitCode: number | null;
}

export type EngineAnswer = { id: number; ok: true; value: unknown } | { id: number; ok: false; failure: EngineFailure };

function failureOf(error: unknown): EngineFailure {
  if (error instanceof PlancastError) return { message: error.message, code: error.code, remedy: error.remedy ?? null, exitCode: error.exitCode };
  return { message: error instanceof Error ? error.message : String(error), code: null, remedy: null, exitCode: null };
}

const port = parentPort;
if (port === null) throw new Error('engine-worker.js runs only as a worker thread');
const loading = loadPipelineEngine(workerData as EngineOptions);
let queue: Promise<void> = Promise.resolve();
port.on('message', (message: EngineCallMessage) => {
  queue = queue.then(async () => {
    let answer: EngineAnswer;
    try {
      answer = { id: message.id, ok: true, value: await engineCall(await loading, message.method, message.args) };
    } catch (error) {
      answer = { id: message.id, ok: false, failure: failureOf(error) };
    }
    try {
      port.postMessage(answer);
    } catch (error) {
      port.postMessage({ id: message.id, ok: false, failure: failureOf(error) } satisfies EngineAnswer);
    }
  });
});

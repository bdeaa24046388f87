/**
 * The session's engine on a worker thread: `startEngineClient(options)` starts engine-worker.js with the
 * session's options (data, catalogue, model spec, paths, seed, scenario files) and turns each call into a
 * message and its answer into a settled promise; a failure comes back as a PlancastError when it had a
 * code. If the worker stops (an error, or close()), every pending call is rejected. Without a compiled
 * worker script (running from the TypeScript sources) the engine runs in-process instead.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { PlancastError } from '../core/errors.js';
import { completeRegionStepwise, type EngineClient } from './engine-client.js';
import type { EngineAnswer, EngineCallMessage, EngineFailure } from './engine-worker.js';
import type { EngineOptions, SessionEngine } from './engine.js';

/** The compiled worker script beside this file (dist/src/tui/), or none when running from src/. */
function workerScript(): URL | undefined {
  const url = new URL('./engine-worker.js', import.meta.url);
  return existsSync(fileURLToPath(url)) ? url : undefined;
}

function errorOf(failure: EngineFailure): Error {
  if (failure.code === null) return new Error(failure.message);
  return new PlancastError(failure.code, failure.message, { ...(failure.remedy === null ? {} : { remedy: failure.remedy }), ...(failure.exitCode === null ? {} : { exitCode: failure.exitCode }) });
}

class WorkerEngineClient implements EngineClient {
  private readonly worker: Worker;
  private readonly pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  private nextId = 0;
  private stopped: Error | undefined;

  constructor(script: URL, options: EngineOptions) {
    this.worker = new Worker(script, { workerData: options });
    this.worker.on('message', (answer: EngineAnswer) => {
      const call = this.pending.get(answer.id);
      if (call === undefined) return;
      this.pending.delete(answer.id);
      if (answer.ok) call.resolve(answer.value);
      else call.reject(errorOf(answer.failure));
    });
    this.worker.on('error', (error) => this.stop(error));
    this.worker.on('exit', (code) => this.stop(new Error(`the session's engine thread ended (exit code ${code})`)));
  }

  private stop(error: Error): void {
    this.stopped ??= error;
    for (const call of this.pending.values()) call.reject(this.stopped);
    this.pending.clear();
  }

  private call<Result>(method: string, ...args: unknown[]): Promise<Result> {
    if (this.stopped !== undefined) return Promise.reject(this.stopped);
    const id = this.nextId++;
    return new Promise<Result>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      this.worker.postMessage({ id, method, args } satisfies EngineCallMessage);
    });
  }

  prepareRegion = (region: string) => this.call<Awaited<ReturnType<EngineClient['prepareRegion']>>>('prepareRegion', region);
  start: EngineClient['start'] = (request) => this.call('start', request);
  prepareFocus: EngineClient['prepareFocus'] = (region, indicator) => this.call('prepareFocus', region, indicator);
  completeRegion: EngineClient['completeRegion'] = (region) => completeRegionStepwise((step) => this.call<boolean>('prepareNextIndicator', step), () => this.prepareRegion(region), region);
  project: EngineClient['project'] = (request) => this.call('project', request);
  compare: EngineClient['compare'] = (request) => this.call('compare', request);
  sensitivity: EngineClient['sensitivity'] = (request) => this.call('sensitivity', request);
  scenarioToSave: EngineClient['scenarioToSave'] = (request, id) => this.call('scenarioToSave', request, id);
  writeReport: EngineClient['writeReport'] = (request) => this.call('writeReport', request);

  async close(): Promise<void> {
    this.stop(new Error('the session ended'));
    await this.worker.terminate();
  }
}

/**
 * The engine on a worker thread when the compiled script is there; else the engine `load` gives, in-process
 * (load is called only then). The worker starts loading at once, alongside whatever the caller loads.
 */
export function startEngineClient(options: EngineOptions, load: () => SessionEngine | Promise<SessionEngine>): EngineClient {
  const script = workerScript();
  if (script !== undefined) return new WorkerEngineClient(script, options);
  const local = Promise.resolve().then(load).then(async (engine) => (await import('./engine-in-process.js')).inProcessEngineClient(engine));
  local.catch(() => {}); // a failed load is reported by whoever awaits the engine itself
  return {
    start: (request) => local.then((client) => client.start(request)),
    prepareRegion: (region) => local.then((client) => client.prepareRegion(region)),
    prepareFocus: (region, indicator) => local.then((client) => client.prepareFocus(region, indicator)),
    completeRegion: (region) => local.then((client) => client.completeRegion(region)),
    project: (request) => local.then((client) => client.project(request)),
    compare: (request) => local.then((client) => client.compare(request)),
    sensitivity: (request) => local.then((client) => client.sensitivity(request)),
    scenarioToSave: (request, id) => local.then((client) => client.scenarioToSave(request, id)),
    writeReport: (request) => local.then((client) => client.writeReport(request)),
    close: () => local.then((client) => client.close(), () => undefined),
  };
}

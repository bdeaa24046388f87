/**
 * The engine's calls by name (what the worker receives and runs, engine-worker.ts), and the in-process
 * client that runs the same engine on the calling thread a turn of the event loop later (component tests,
 * and the fallback when the compiled worker script is missing). Loads the engine's code, so the session's
 * drawing thread imports it only for that fallback.
 */
import { completeRegionStepwise, type EngineClient, type ScenarioToSave } from './engine-client.js';
import type { PipelineEngine, SessionEngine } from './engine.js';
import type { ReportRequest } from './report-runner.js';
import type { ProjectionRequest } from './session-state.js';
import { sessionStart, type SessionStartRequest } from './session-start.js';

/** The calls an engine answers, by name: what the worker receives and runs (engine-worker.ts). */
export function engineCall(engine: SessionEngine, method: string, args: readonly unknown[]): unknown {
  switch (method) {
    case 'start': return sessionStart(engine as PipelineEngine, args[0] as SessionStartRequest);
    case 'prepareRegion': return engine.prepareRegion(args[0] as string);
    case 'prepareFocus': return engine.prepareFocus(args[0] as string, args[1] as string);
    case 'prepareNextIndicator': return engine.prepareNextIndicator(args[0] as string);
    case 'project': return engine.project(args[0] as ProjectionRequest);
    case 'compare': return engine.compare(args[0] as ProjectionRequest);
    case 'sensitivity': return engine.sensitivity(args[0] as ProjectionRequest);
    case 'scenarioToSave': {
      const request = args[0] as ProjectionRequest;
      return { document: engine.scenarioDocument(request, args[1] as string), expected: engine.adjustedScenario(request) } satisfies ScenarioToSave;
    }
    case 'writeReport': return engine.writeReport(args[0] as ReportRequest);
    default: throw new Error(`the session engine has no call "${method}"`);
  }
}

/** Runs `engine` on this thread, each call on a later turn of the event loop (after the frame that asked for it). */
export function inProcessEngineClient(engine: SessionEngine): EngineClient {
  const later = <Result>(method: string, ...args: unknown[]): Promise<Result> =>
    new Promise<void>((resolve) => setTimeout(resolve, 0)).then(() => engineCall(engine, method, args) as Result | Promise<Result>);
  return {
    start: (request) => later('start', request),
    prepareRegion: (region) => later('prepareRegion', region),
    prepareFocus: (region, indicator) => later('prepareFocus', region, indicator),
    completeRegion: (region) => completeRegionStepwise((step) => later<boolean>('prepareNextIndicator', step), () => later('prepareRegion', region), region),
    project: (request) => later('project', request),
    compare: (request) => later('compare', request),
    sensitivity: (request) => later('sensitivity', request),
    scenarioToSave: (request, id) => later('scenarioToSave', request, id),
    writeReport: (request) => later('writeReport', request),
    close: () => Promise.resolve(),
  };
}

/**
 * How the session asks its engine for work: every call is asynchronous, so the thread that reads keys and
 * draws the screen never waits on a simulation. `engine-worker-client.ts` runs the engine on a worker thread
 * (what `plancast tui` uses: Ctrl+C and the other keys are read while a re-simulation runs); the
 * in-process client here runs the same engine on the calling thread, a turn of the event loop later
 * (component tests, and the fallback when the compiled worker script is missing). Both give the same
 * numbers: the worker's engine is loaded from the same options and seed.
 */
import type { ResolvedScenario } from '../core/scenarios/resolve-scenario.js';
import type { IndicatorSensitivity } from '../core/pipeline/sensitivity.js';
import type { CompareRow, ProjectionView, SessionEngine } from './engine.js';
import type { ReportOutcome, ReportRequest } from './report-runner.js';
import type { IndicatorChoice } from './session-choices.js';
import type { ProjectionRequest } from './session-state.js';

/** What a saved scenario file is made from: its document and the scenario it must resolve to. */
export interface ScenarioToSave {
  document: Record<string, unknown>;
  expected: ResolvedScenario;
}

export interface EngineClient {
  prepareRegion(region: string): Promise<IndicatorChoice[]>;
  /** the indicator on screen and what its levers read, prepared first (SessionEngine.prepareFocus) */
  prepareFocus(region: string, indicator: string): Promise<IndicatorChoice[]>;
  /**
   * The rest of a region prepareFocus started, one indicator at a time, with other calls answered in
   * between (the first screen's projection does not wait for the whole region); every indicator's choice.
   */
  completeRegion(region: string): Promise<IndicatorChoice[]>;
  project(request: ProjectionRequest): Promise<ProjectionView | undefined>;
  compare(request: ProjectionRequest): Promise<CompareRow[]>;
  sensitivity(request: ProjectionRequest): Promise<IndicatorSensitivity | undefined>;
  scenarioToSave(request: ProjectionRequest, id: string): Promise<ScenarioToSave>;
  writeReport(request: ReportRequest): Promise<ReportOutcome>;
  /** Ends the engine's thread, if it has one; pending calls are abandoned. */
  close(): Promise<void>;
}

/** The calls an engine answers, by name: what the worker receives and runs (engine-worker.ts). */
export function engineCall(engine: SessionEngine, method: string, args: readonly unknown[]): unknown {
  switch (method) {
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

/**
 * Completes a region one indicator per call, so that calls made meanwhile are answered between the steps;
 * then every indicator's choice.
 */
export async function completeRegionStepwise(next: (region: string) => Promise<boolean>, choices: () => Promise<IndicatorChoice[]>, region: string): Promise<IndicatorChoice[]> {
  while (await next(region));
  return choices();
}

/** Runs `engine` on this thread, each call on a later turn of the event loop (after the frame that asked for it). */
export function inProcessEngineClient(engine: SessionEngine): EngineClient {
  const later = <Result>(method: string, ...args: unknown[]): Promise<Result> =>
    new Promise<void>((resolve) => setTimeout(resolve, 0)).then(() => engineCall(engine, method, args) as Result | Promise<Result>);
  return {
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

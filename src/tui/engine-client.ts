/**
 * How the session asks its engine for work: every call is asynchronous, so the thread that reads keys and
 * draws the screen never waits on a simulation. `engine-worker-client.ts` runs the engine on a worker thread
 * (what `plancast tui` uses: Ctrl+C and the other keys are read while a re-simulation runs); the
 * in-process client (engine-in-process.ts) runs the same engine on the calling thread, a turn of the event loop later
 * (component tests, and the fallback when the compiled worker script is missing). Both give the same
 * numbers: the worker's engine is loaded from the same options and seed.
 */
import type { ResolvedScenario } from '../core/scenarios/resolve-scenario.js';
import type { IndicatorSensitivity } from '../core/pipeline/sensitivity.js';
import type { CompareRow, ProjectionView } from './engine.js';
import type { ReportOutcome, ReportRequest } from './report-runner.js';
import type { IndicatorChoice } from './session-choices.js';
import type { ProjectionRequest } from './session-state.js';
import type { SessionStart, SessionStartRequest } from './session-start.js';

/** What a saved scenario file is made from: its document and the scenario it must resolve to. */
export interface ScenarioToSave {
  document: Record<string, unknown>;
  expected: ResolvedScenario;
}

export interface EngineClient {
  /** the options checked and the pickers' lists (session-start.ts) */
  start(request: SessionStartRequest): Promise<SessionStart>;
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

/**
 * Completes a region one indicator per call, so that calls made meanwhile are answered between the steps;
 * then every indicator's choice.
 */
export async function completeRegionStepwise(next: (region: string) => Promise<boolean>, choices: () => Promise<IndicatorChoice[]>, region: string): Promise<IndicatorChoice[]> {
  while (await next(region));
  return choices();
}

/**
 * Runs the effects the reducer asks for and answers each with an action: prepare a region (the slow,
 * once-per-region fit and baseline simulation, on the engine's thread), save a scenario file, write a
 * report (on the engine's thread, see report-runner.ts), quit. The engine's calls are asynchronous
 * (engine-client.ts), so none of them holds up the keys. Failures become status messages, never crashes.
 */
import type { EngineClient } from './engine-client.js';
import { scenarioIdFromName } from './session-dialogs.js';
import type { ReportOutcome, ReportRequest } from './report-runner.js';
import type { SaveOutcome, SaveRequest } from './save-scenario.js';
import type { SessionAction, SessionEffect } from './session-state.js';

export interface EffectContext {
  engine: EngineClient;
  /** where scenario names are saved and the report command runs */
  directory: string;
  dispatch: (action: SessionAction) => void;
  quit: () => void;
  /** replaceable in tests */
  saveScenario?: (request: SaveRequest) => SaveOutcome;
  writeReport?: (request: ReportRequest) => Promise<ReportOutcome>;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message.split('\n')[0]! : String(error);
}

export function runSessionEffect(effect: SessionEffect, context: EffectContext): void {
  const { engine, dispatch } = context;
  const regionFailed = (region: string) => (error: unknown) => dispatch({ type: 'region-failed', region, reason: messageOf(error) });
  switch (effect.kind) {
    case 'prepare-region': {
      const failed = regionFailed(effect.region);
      if (effect.focus === undefined) {
        engine.prepareRegion(effect.region).then((indicators) => dispatch({ type: 'region-prepared', region: effect.region, indicators })).catch(failed);
        return;
      }
      // the indicator asked for first (the first screen); the rest of the region follows as its own effect
      engine.prepareFocus(effect.region, effect.focus)
        .then((indicators) => dispatch({ type: 'region-prepared', region: effect.region, indicators, complete: false }))
        .catch(failed);
      return;
    }
    case 'complete-region': {
      // This runs among the effects of the render that shows the prepared indicator, and that render's
      // projection is asked for in the same flush of effects: one turn of the event loop later, the rest of
      // the region queues on the engine behind that projection instead of ahead of it.
      setImmediate(() => {
        engine.completeRegion(effect.region)
          .then((indicators) => dispatch({ type: 'region-completed', region: effect.region, indicators }))
          .catch(regionFailed(effect.region));
      });
      return;
    }
    case 'save-scenario': {
      const id = scenarioIdFromName(effect.name);
      engine.scenarioToSave(effect.request, id)
        .then(async ({ document, expected }) => {
          // the file writer (the YAML library, the scenario schema) is loaded only when a scenario is saved
          const save = context.saveScenario ?? (await import('./save-scenario.js')).saveScenarioFile;
          const outcome = save({ document, name: effect.name, directory: context.directory, overwrite: effect.overwrite, expected, region: effect.request.region });
          dispatch(outcome.outcome === 'exists' ? { type: 'save-needs-confirmation', path: outcome.path } : { type: 'save-succeeded', path: outcome.path, request: effect.request });
        })
        .catch((error: unknown) => dispatch({ type: 'save-failed', reason: messageOf(error) }));
      return;
    }
    case 'write-report':
      (context.writeReport ?? ((request: ReportRequest) => engine.writeReport(request)))({ region: effect.region, scenario: effect.scenario, language: effect.language, directory: context.directory })
        .then((outcome) => dispatch({ type: 'report-finished', ok: outcome.ok, detail: outcome.detail }))
        .catch((error: unknown) => dispatch({ type: 'report-finished', ok: false, detail: messageOf(error) }));
      return;
    case 'quit':
      context.quit();
      return;
  }
}

/**
 * Runs the effects the reducer asks for and answers each with an action: prepare a region (the slow,
 * once-per-region fit and baseline simulation, started after the "fitting…" frame is on screen), save a
 * scenario file, write a report (in-process, see report-runner.ts), quit. Failures become status messages, never crashes.
 */
import type { SessionEngine } from './engine.js';
import { scenarioIdFromName } from './session-dialogs.js';
import type { ReportOutcome, ReportRequest } from './report-runner.js';
import { saveScenarioFile, type SaveOutcome, type SaveRequest } from './save-scenario.js';
import type { SessionAction, SessionEffect } from './session-state.js';

export interface EffectContext {
  engine: SessionEngine;
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
  switch (effect.kind) {
    case 'prepare-region':
      // Let the frame that says "fitting…" reach the screen before the synchronous work starts.
      setTimeout(() => {
        try {
          dispatch({ type: 'region-prepared', region: effect.region, indicators: engine.prepareRegion(effect.region) });
        } catch (error) {
          dispatch({ type: 'region-failed', region: effect.region, reason: messageOf(error) });
        }
      }, 20);
      return;
    case 'save-scenario':
      setTimeout(() => {
        try {
          const save = context.saveScenario ?? saveScenarioFile;
          const id = scenarioIdFromName(effect.name);
          const outcome = save({
            document: engine.scenarioDocument(effect.request, id), name: effect.name, directory: context.directory, overwrite: effect.overwrite,
            expected: engine.adjustedScenario(effect.request), region: effect.request.region,
          });
          dispatch(outcome.outcome === 'exists' ? { type: 'save-needs-confirmation', path: outcome.path } : { type: 'save-succeeded', path: outcome.path, request: effect.request });
        } catch (error) {
          dispatch({ type: 'save-failed', reason: messageOf(error) });
        }
      }, 0);
      return;
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

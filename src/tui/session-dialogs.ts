/**
 * The session's overlays and long-running requests, reduced purely: the help overlay, the compare view,
 * the save dialog (name → validate → save, or ask before overwriting an existing file → saved or failed)
 * and the report (requested → finished). Part of the reducer in session-state.ts.
 */
import { adjustmentsKey, hasAdjustments } from './lever-adjustments.js';
import type { ScenarioChoice } from './session-choices.js';
import { localized, localizedBy, projectionRequest, regionName, status, type ProjectionRequest, type SaveDialog, type SessionState } from './session-model.js';
import type { LocalizedText } from '../core/catalog/indicator-catalog.js';

export type DialogAction =
  | { type: 'help-toggled' }
  | { type: 'overlay-closed' }
  | { type: 'compare-opened' }
  | { type: 'compare-moved'; offset: number }
  | { type: 'compare-confirmed' }
  | { type: 'sensitivity-opened' }
  | { type: 'save-opened' }
  | { type: 'save-name-typed'; text: string }
  | { type: 'save-name-erased' }
  | { type: 'save-name-cleared' }
  | { type: 'save-submitted' }
  | { type: 'save-needs-confirmation'; path: string }
  | { type: 'save-overwrite-answered'; overwrite: boolean }
  | { type: 'save-succeeded'; path: string; request: ProjectionRequest }
  | { type: 'save-failed'; reason: string }
  | { type: 'report-requested' }
  | { type: 'report-finished'; ok: boolean; detail: string };

/** Scenario ids are kebab-case and the file is named after the id. */
const SCENARIO_ID = /^[a-z0-9][a-z0-9-]*$/;

/** The scenario id a typed name or path gives: its last part, without .yaml. */
export function scenarioIdFromName(name: string): string {
  return name.trim().replace(/\.ya?ml$/i, '').split(/[\\/]/).pop() ?? '';
}

/** Why a typed name cannot be saved, or null when it can. */
export function saveNameProblem(name: string, scenarios: readonly ScenarioChoice[]): LocalizedText | null {
  const id = scenarioIdFromName(name);
  if (!SCENARIO_ID.test(id)) return localized('tui.save.invalid-name');
  if (scenarios.some((scenario) => scenario.id === id)) return localizedBy('tui.save.taken-name', () => [{ value: id }]);
  return null;
}

/** Identifies what a saved file holds, to tell whether a report can use it. */
export function requestKey(request: ProjectionRequest): string {
  return `${request.scenarioId}|${request.region}|${request.indicator}|${adjustmentsKey(request.adjustments)}`;
}

function withSaveDialog(state: SessionState, change: Partial<SaveDialog>): SessionState {
  return state.overlay.kind === 'save' ? { ...state, overlay: { ...state.overlay, ...change } } : state;
}

function submitSave(state: SessionState, overwrite: boolean): SessionState {
  const request = projectionRequest(state);
  if (state.overlay.kind !== 'save' || request === undefined) return state;
  const problem = saveNameProblem(state.overlay.name, state.scenarios);
  if (problem !== null) return withSaveDialog(state, { problem, stage: 'naming' });
  return {
    ...withSaveDialog(state, { stage: 'saving', problem: null }),
    status: status('busy', localized('tui.save.saving')),
    effects: [...state.effects, { kind: 'save-scenario', request, name: state.overlay.name.trim(), overwrite }],
  };
}

export function reduceDialog(state: SessionState, action: DialogAction): SessionState {
  switch (action.type) {
    case 'help-toggled':
      return { ...state, overlay: state.overlay.kind === 'help' ? { kind: 'none' } : { kind: 'help' } };
    case 'overlay-closed':
      return state.overlay.kind === 'save' && state.overlay.stage === 'saving' ? state : { ...state, overlay: { kind: 'none' } };
    case 'compare-opened': {
      if (projectionRequest(state) === undefined) return state;
      const highlighted = Math.max(0, state.scenarios.findIndex((scenario) => scenario.id === state.scenarioId));
      return { ...state, overlay: { kind: 'compare', highlighted } };
    }
    case 'sensitivity-opened':
      return projectionRequest(state) === undefined ? state : { ...state, overlay: { kind: 'sensitivity' } };
    case 'compare-moved':
      if (state.overlay.kind !== 'compare') return state;
      return { ...state, overlay: { kind: 'compare', highlighted: Math.min(state.scenarios.length - 1, Math.max(0, state.overlay.highlighted + action.offset)) } };
    case 'compare-confirmed': {
      if (state.overlay.kind !== 'compare') return state;
      const scenario = state.scenarios[state.overlay.highlighted];
      if (scenario === undefined) return state;
      return { ...state, scenarioId: scenario.id, overlay: { kind: 'none' }, status: status('info', localizedBy('tui.scenario-switched', (language) => [{ value: scenario.label[language] }])) };
    }
    case 'save-opened': {
      if (state.region === null || state.indicator === null || state.preparing) return state;
      const name = `${state.region}-${state.indicator}`.toLowerCase().replace(/[^a-z0-9-]+/g, '-');
      return { ...state, overlay: { kind: 'save', name, pristine: true, stage: 'naming', problem: null, existingPath: null } };
    }
    case 'save-name-typed':
      if (state.overlay.kind !== 'save' || state.overlay.stage !== 'naming') return state;
      return withSaveDialog(state, { name: (state.overlay.pristine ? '' : state.overlay.name) + action.text, pristine: false, problem: null });
    case 'save-name-erased':
      if (state.overlay.kind !== 'save' || state.overlay.stage !== 'naming') return state;
      return withSaveDialog(state, { name: [...state.overlay.name].slice(0, -1).join(''), pristine: false, problem: null });
    case 'save-name-cleared':
      return state.overlay.kind === 'save' && state.overlay.stage === 'naming' ? withSaveDialog(state, { name: '', pristine: false, problem: null }) : state;
    case 'save-submitted':
      return state.overlay.kind === 'save' && state.overlay.stage === 'naming' ? submitSave(state, false) : state;
    case 'save-needs-confirmation':
      return { ...withSaveDialog(state, { stage: 'confirm-overwrite', existingPath: action.path }), status: null };
    case 'save-overwrite-answered':
      if (state.overlay.kind !== 'save' || state.overlay.stage !== 'confirm-overwrite') return state;
      if (action.overwrite) return submitSave(withSaveDialog(state, { stage: 'naming' }), true);
      return { ...withSaveDialog(state, { stage: 'naming', existingPath: null }), status: status('info', localized('tui.save.kept')) };
    case 'save-succeeded':
      return {
        ...state, overlay: state.overlay.kind === 'save' ? { kind: 'none' } : state.overlay,
        status: status('success', localized('tui.save.saved', { value: action.path })),
        savedScenario: { path: action.path, key: requestKey(action.request) },
      };
    case 'save-failed': {
      const problem = localized('tui.save.failed', { reason: action.reason });
      return { ...withSaveDialog(state, { stage: 'naming', problem }), status: status('error', problem) };
    }
    case 'report-requested': {
      if (state.region === null || state.preparing) return state;
      if (state.reportRunning) return { ...state, status: status('info', localized('tui.report.busy')) };
      const request = projectionRequest(state);
      const saved = request !== undefined && state.savedScenario !== null && state.savedScenario.key === requestKey(request) ? state.savedScenario.path : undefined;
      const unsaved = saved === undefined && request !== undefined && hasAdjustments(request.adjustments);
      const running = localizedBy('tui.report.running', (language) => [{ region: regionName(state)[language] }]);
      const note = unsaved ? localizedBy('tui.report.unsaved', () => [{ value: state.scenarioId }]) : undefined;
      return {
        ...state, reportRunning: true,
        status: status('busy', note ? { zh: `${running.zh} ${note.zh}`, en: `${running.en} (${note.en})` } : running),
        effects: [...state.effects, { kind: 'write-report', region: state.region, scenario: saved ?? state.scenarioId, language: state.language }],
      };
    }
    case 'report-finished':
      return {
        ...state, reportRunning: false,
        status: action.ok ? status('success', localized('tui.report.done', { value: action.detail })) : status('error', localized('tui.report.failed', { reason: action.detail })),
      };
  }
}

/**
 * The interactive session as a pure reducer: which region, indicator and scenario, the lever
 * adjustments, the focus and filter of the pickers, the language, the overlay and the status line
 * (the model is in session-model.ts). Work that touches the world (preparing a region, saving a file,
 * writing a report, quitting) is requested by appending a `SessionEffect`, which the App runs and answers
 * with another action. Keys become actions in key-bindings.ts; overlays are reduced in session-dialogs.ts.
 */
import type { Language } from '../core/report/messages.js';
import { actionsForKey } from './key-bindings.js';
import { leverRows as defaultLeverRows, NO_ADJUSTMENTS, clearLever, stepLever, type LeverRow } from './lever-adjustments.js';
import { sortIndicatorChoices, type RegionChoice, type ScenarioChoice } from './session-choices.js';
import { reduceDialog } from './session-dialogs.js';
import { focusedEntries, localized, localizedBy, regionName, selectedIndicator, status, type Focus, type SessionAction, type SessionState } from './session-model.js';

export * from './session-model.js';

export interface SessionStart {
  regions: RegionChoice[];
  scenarios: ScenarioChoice[];
  language: Language;
  scenarioId: string;
  region?: string;
  indicator?: string;
  /** the lever panel's rows (default: the registry's lever controls, no policies) */
  leverRows?: LeverRow[];
}

export function initialSessionState(start: SessionStart): SessionState {
  const state: SessionState = {
    regions: start.regions, scenarios: start.scenarios, indicators: [], region: null, indicator: null, preparing: false,
    requestedIndicator: start.indicator ?? null, focus: 'regions', filter: '', highlighted: 0, scenarioId: start.scenarioId,
    adjustments: NO_ADJUSTMENTS, leverRows: start.leverRows ?? defaultLeverRows(), selectedLever: (start.leverRows ?? defaultLeverRows())[0]?.id ?? 'growth', language: start.language, overlay: { kind: 'none' },
    status: status('info', localized('tui.welcome')), effects: [], savedScenario: null, reportRunning: false,
  };
  return start.region !== undefined ? chooseRegion(state, start.region) : state;
}


function preparedStatus(state: SessionState, total: number): SessionState['status'] {
  return status('success', localizedBy('tui.prepared', (language) => [{ region: regionName(state)[language], total }]));
}

function chooseRegion(state: SessionState, region: string): SessionState {
  return {
    ...state, region, indicator: null, indicators: [], preparing: true, focus: 'indicators', filter: '', highlighted: 0,
    adjustments: NO_ADJUSTMENTS, status: status('busy', localizedBy('tui.preparing', (language) => [{ region: regionName(state, region)[language] }])),
    effects: [...state.effects, { kind: 'prepare-region', region, ...(state.requestedIndicator !== null ? { focus: state.requestedIndicator } : {}) }],
  };
}

function chooseIndicator(state: SessionState, indicator: string): SessionState {
  const changed = indicator !== state.indicator;
  return { ...state, indicator, focus: 'levers', filter: '', highlighted: 0, adjustments: changed ? NO_ADJUSTMENTS : state.adjustments, status: changed ? null : state.status };
}

/** Puts the focus on a list, with the current choice highlighted. */
function focusList(state: SessionState, focus: 'regions' | 'indicators'): SessionState {
  const next = { ...state, focus, filter: '' };
  const current = focus === 'regions' ? state.region : state.indicator;
  const index = focusedEntries(next).findIndex((entry) => entry.id === current);
  return { ...next, highlighted: Math.max(0, index) };
}

function moveFocus(state: SessionState, direction: 1 | -1): SessionState {
  const order: Focus[] = ['regions', 'indicators', 'levers'];
  const allowed = order.filter((focus) => focus === 'regions' || (focus === 'indicators' && state.region !== null && !state.preparing) || (focus === 'levers' && state.indicator !== null && !state.preparing));
  const next = allowed[(allowed.indexOf(state.focus) + direction + allowed.length) % allowed.length] ?? 'regions';
  return next === 'levers' ? { ...state, focus: 'levers', filter: '' } : focusList(state, next);
}

/** The years and value a lever steps within: the selected indicator's projection. */
function leverContext(indicator: NonNullable<ReturnType<typeof selectedIndicator>>) {
  return { firstProjectedYear: indicator.firstProjectedYear, lastProjectedYear: indicator.lastProjectedYear, latestValue: indicator.latestValue };
}

function selectedRow(state: SessionState): LeverRow | undefined {
  return state.leverRows.find((row) => row.id === state.selectedLever);
}

function stepSelectedLever(state: SessionState, direction: 1 | -1): SessionState {
  const indicator = selectedIndicator(state);
  const row = selectedRow(state);
  if (indicator === undefined || row === undefined) return state;
  if (!indicator.levers.includes(row.id)) {
    return { ...state, status: status('info', localizedBy('tui.no-effect', (language) => [{ value: row.label[language] }])) };
  }
  if (row.stepping.kind === 'level' && state.scenarios.find((scenario) => scenario.id === state.scenarioId)?.ceilingIndicators.includes(indicator.id)) {
    return { ...state, status: status('info', localized('tui.ceiling-in-scenario')) };
  }
  return { ...state, adjustments: stepLever(state.adjustments, row, direction, leverContext(indicator)), status: null };
}

function chooseScenario(state: SessionState, id: string): SessionState {
  const scenario = state.scenarios.find((candidate) => candidate.id === id);
  if (scenario === undefined) return state;
  return { ...state, scenarioId: id, status: status('info', localizedBy('tui.scenario-switched', (language) => [{ value: scenario.label[language] }])) };
}

export function reduceSession(state: SessionState, action: SessionAction): SessionState {
  switch (action.type) {
    case 'key-pressed':
      return actionsForKey(state, action.input, action.key).reduce(reduceSession, state);
    case 'filter-typed':
      return { ...state, filter: state.filter + action.text, highlighted: 0 };
    case 'filter-erased':
      return { ...state, filter: [...state.filter].slice(0, -1).join(''), highlighted: 0 };
    case 'filter-cleared':
      return { ...state, filter: '', highlighted: 0 };
    case 'highlight-moved': {
      const count = focusedEntries(state).length;
      return count === 0 ? state : { ...state, highlighted: Math.min(count - 1, Math.max(0, state.highlighted + action.offset)) };
    }
    case 'choice-confirmed': {
      const entry = focusedEntries(state)[state.highlighted];
      if (entry === undefined) return state;
      if (state.focus === 'regions') return entry.id === state.region && !state.preparing ? focusList(state, 'indicators') : chooseRegion(state, entry.id);
      return chooseIndicator(state, entry.id);
    }
    case 'focus-moved':
      return moveFocus(state, action.direction);
    case 'focus-set':
      if (action.focus === 'levers') return state.indicator !== null ? { ...state, focus: 'levers', filter: '' } : state;
      if (action.focus === 'indicators' && (state.region === null || state.preparing)) return state;
      return focusList(state, action.focus);
    case 'region-prepared': {
      if (action.region !== state.region) return state;
      const indicators = sortIndicatorChoices(action.indicators);
      // a partial region keeps the "preparing" status until region-completed brings the rest
      const prepared: SessionState = {
        ...state, indicators, preparing: false, status: action.complete === false ? state.status : preparedStatus(state, indicators.length),
        effects: action.complete === false ? [...state.effects, { kind: 'complete-region', region: action.region }] : state.effects,
      };
      const requested = state.requestedIndicator;
      if (requested !== null && indicators.some((indicator) => indicator.id === requested)) return { ...chooseIndicator(prepared, requested), requestedIndicator: null, status: prepared.status };
      return focusList({ ...prepared, requestedIndicator: null }, 'indicators');
    }
    case 'region-completed': {
      if (action.region !== state.region) return state;
      const indicators = sortIndicatorChoices(action.indicators);
      const highlighted = state.focus === 'indicators' ? Math.max(0, focusedEntries({ ...state, indicators }).findIndex((entry) => entry.id === focusedEntries(state)[state.highlighted]?.id)) : state.highlighted;
      return { ...state, indicators, highlighted, status: state.status?.tone === 'busy' && !state.reportRunning ? preparedStatus(state, indicators.length) : state.status };
    }
    case 'region-failed':
      if (action.region !== state.region) return state;
      return { ...state, region: null, preparing: false, focus: 'regions', status: status('error', localizedBy('tui.prepare-failed', (language) => [{ region: regionName(state)[language], reason: action.reason }])) };
    case 'lever-selected':
      return state.leverRows.some((row) => row.id === action.lever) ? { ...state, selectedLever: action.lever } : state;
    case 'lever-key-pressed': {
      const row = state.leverRows.find((candidate) => candidate.key === action.key);
      return row === undefined ? state : { ...state, selectedLever: row.id };
    }
    case 'lever-moved': {
      const count = state.leverRows.length;
      if (count === 0) return state;
      const index = (state.leverRows.findIndex((row) => row.id === state.selectedLever) + action.offset + count) % count;
      return { ...state, selectedLever: state.leverRows[index]!.id };
    }
    case 'lever-stepped':
      return stepSelectedLever(state, action.direction);
    case 'lever-cleared':
      return { ...state, adjustments: clearLever(state.adjustments, { id: state.selectedLever }), status: null };
    case 'levers-reset':
      return { ...state, adjustments: NO_ADJUSTMENTS, status: status('info', localized('tui.levers-reset')) };
    case 'scenario-cycled': {
      const index = state.scenarios.findIndex((scenario) => scenario.id === state.scenarioId);
      const next = state.scenarios[(index + action.direction + state.scenarios.length) % state.scenarios.length];
      return next ? chooseScenario(state, next.id) : state;
    }
    case 'scenario-chosen':
      return chooseScenario(state, action.id);
    case 'language-toggled': {
      const language: Language = state.language === 'zh' ? 'en' : 'zh';
      return { ...state, language, status: status('info', localized('tui.language-switched')) };
    }
    case 'quit-requested':
      return { ...state, effects: [...state.effects, { kind: 'quit' }] };
    case 'effects-taken':
      return { ...state, effects: state.effects.slice(action.count) };
    default:
      return reduceDialog(state, action);
  }
}

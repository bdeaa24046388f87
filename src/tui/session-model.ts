/**
 * The session's data model: the state, the actions the reducer takes (a discriminated union), the
 * effects it asks the App to run, selectors over the state, and status messages in both languages (so
 * the status line follows a language switch). Types and pure helpers only; the reducer is in
 * session-state.ts (and session-dialogs.ts for the overlays).
 */
import type { LocalizedText } from '../core/catalog/indicator-catalog.js';
import { translate, type Language, type MessageArguments, type MessageKey } from '../core/report/messages.js';
import type { KeyPress } from './key-bindings.js';
import type { LeverAdjustments, LeverName, LeverRow } from './lever-adjustments.js';
import { indicatorEntries, regionEntries, type IndicatorChoice, type ListEntry, type RegionChoice, type ScenarioChoice } from './session-choices.js';
import type { DialogAction } from './session-dialogs.js';

export type Focus = 'regions' | 'indicators' | 'levers';

export interface SaveDialog {
  kind: 'save';
  name: string;
  /** the name is the suggested one: the first key typed replaces it */
  pristine: boolean;
  stage: 'naming' | 'confirm-overwrite' | 'saving';
  problem: LocalizedText | null;
  /** the file that exists, while asking whether to overwrite it */
  existingPath: string | null;
}

export type Overlay = { kind: 'none' } | { kind: 'help' } | { kind: 'compare'; highlighted: number } | { kind: 'sensitivity' } | SaveDialog;

export interface StatusMessage {
  tone: 'info' | 'success' | 'error' | 'busy';
  text: LocalizedText;
}

/** What the engine needs to project the selected indicator. */
export interface ProjectionRequest {
  region: string;
  indicator: string;
  scenarioId: string;
  adjustments: LeverAdjustments;
}

export type SessionEffect =
  /** focus: the indicator asked for, prepared first so that the first screen does not wait for the whole region */
  | { kind: 'prepare-region'; region: string; focus?: string }
  /** the rest of a region prepared with a focus, after the first screen has asked for its projection */
  | { kind: 'complete-region'; region: string }
  | { kind: 'save-scenario'; request: ProjectionRequest; name: string; overwrite: boolean }
  | { kind: 'write-report'; region: string; scenario: string; language: Language }
  | { kind: 'quit' };

export interface SessionState {
  regions: RegionChoice[];
  scenarios: ScenarioChoice[];
  /** the indicators of the selected region, once prepared */
  indicators: IndicatorChoice[];
  region: string | null;
  indicator: string | null;
  preparing: boolean;
  /** an indicator asked for on the command line, chosen once its region is prepared */
  requestedIndicator: string | null;
  focus: Focus;
  filter: string;
  highlighted: number;
  scenarioId: string;
  adjustments: LeverAdjustments;
  /** the lever panel's rows: the registry's lever controls, then one per policy */
  leverRows: LeverRow[];
  selectedLever: LeverName;
  language: Language;
  overlay: Overlay;
  status: StatusMessage | null;
  effects: SessionEffect[];
  /** the last file saved, so a report can use the adjustments it holds */
  savedScenario: { path: string; key: string } | null;
  reportRunning: boolean;
}

export type SessionAction =
  | { type: 'key-pressed'; input: string; key: KeyPress }
  | { type: 'filter-typed'; text: string }
  | { type: 'filter-erased' }
  | { type: 'filter-cleared' }
  | { type: 'highlight-moved'; offset: number }
  | { type: 'choice-confirmed' }
  | { type: 'focus-moved'; direction: 1 | -1 }
  | { type: 'focus-set'; focus: Focus }
  /** complete false: only the indicator asked for (and what its levers read) so far; region-completed follows */
  | { type: 'region-prepared'; region: string; indicators: IndicatorChoice[]; complete?: boolean }
  | { type: 'region-completed'; region: string; indicators: IndicatorChoice[] }
  | { type: 'region-failed'; region: string; reason: string }
  | { type: 'lever-selected'; lever: LeverName }
  | { type: 'lever-key-pressed'; key: string }
  | { type: 'lever-moved'; offset: 1 | -1 }
  | { type: 'lever-stepped'; direction: 1 | -1 }
  | { type: 'lever-cleared' }
  | { type: 'levers-reset' }
  | { type: 'scenario-cycled'; direction: 1 | -1 }
  | { type: 'scenario-chosen'; id: string }
  | { type: 'language-toggled' }
  | { type: 'quit-requested' }
  | { type: 'effects-taken'; count: number }
  | DialogAction;

/** A catalogue message in both languages, so the status line follows a language switch. */
export function localized<K extends MessageKey>(key: K, ...params: MessageArguments<K>): LocalizedText {
  return { zh: translate('zh', key, ...params), en: translate('en', key, ...params) };
}

/** A catalogue message whose parameters differ by language (names of regions, scenarios, levers). */
export function localizedBy<K extends MessageKey>(key: K, params: (language: Language) => MessageArguments<K>): LocalizedText {
  return { zh: translate('zh', key, ...params('zh')), en: translate('en', key, ...params('en')) };
}

export function status(tone: StatusMessage['tone'], text: LocalizedText): StatusMessage {
  return { tone, text };
}


export function selectedIndicator(state: SessionState): IndicatorChoice | undefined {
  return state.indicators.find((indicator) => indicator.id === state.indicator);
}

export function regionName(state: SessionState, region = state.region): LocalizedText {
  return state.regions.find((candidate) => candidate.id === region)?.name ?? { zh: region ?? '', en: region ?? '' };
}

export function projectionRequest(state: SessionState): ProjectionRequest | undefined {
  if (state.region === null || state.indicator === null || state.preparing) return undefined;
  return { region: state.region, indicator: state.indicator, scenarioId: state.scenarioId, adjustments: state.adjustments };
}

/** The rows of the list that has the focus (empty when the levers have it). */
export function focusedEntries(state: SessionState): ListEntry[] {
  if (state.focus === 'regions') return regionEntries(state.regions, state.filter, state.language);
  if (state.focus === 'indicators') return indicatorEntries(state.indicators, state.filter, state.language);
  return [];
}


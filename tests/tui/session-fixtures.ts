/** Hand-made choices for reducer and key tests: a few regions, indicators, scenarios and one policy, no pipeline. */
import { leverRows } from '../../src/tui/lever-adjustments.js';
import type { IndicatorChoice, RegionChoice, ScenarioChoice } from '../../src/tui/session-choices.js';
import { initialSessionState, reduceSession, type SessionAction, type SessionState } from '../../src/tui/session-state.js';
import type { KeyPress } from '../../src/tui/key-bindings.js';

export const REGIONS: RegionChoice[] = [
  { id: 'chongqing', name: { zh: '重庆市', en: 'Chongqing Municipality' }, indicatorCount: 2 },
  { id: 'yubei', name: { zh: '渝北区', en: 'Yubei District' }, indicatorCount: 35 },
  { id: 'yongchuan', name: { zh: '永川区', en: 'Yongchuan District' }, indicatorCount: 20 },
];

export const SCENARIOS: ScenarioChoice[] = [
  { id: 'baseline', label: { zh: '基准情景', en: 'Baseline' }, ceilingIndicators: [], policies: {} },
  { id: 'accelerated', label: { zh: '加速情景', en: 'Accelerated' }, ceilingIndicators: [], policies: { 'high-tech-cultivation': 'central' } },
  { id: 'conservative', label: { zh: '保守情景', en: 'Conservative' }, ceilingIndicators: ['rd_intensity'], policies: {} },
];

function indicator(id: string, zh: string, en: string, extra: Partial<IndicatorChoice> = {}): IndicatorChoice {
  return {
    id, name: { zh, en }, aliases: [], unit: '家', hasGoals: true, latestYear: 2020, latestValue: 100, firstProjectedYear: 2021, lastProjectedYear: 2035,
    levers: EVERY_INDICATOR, ...extra,
  };
}

/** The rows the session shows: the registry's lever controls and one policy. */
export const LEVER_ROWS = leverRows([{ id: 'high-tech-cultivation', shortName: { zh: '高新企业培育券', en: 'High-tech vouchers' } }]);
/** The rows that move any indicator (not GDP growth, the pipeline or the policy). */
const EVERY_INDICATOR = ['growth', 'shock-year', 'shock-size', 'ceiling'];

export const INDICATORS: IndicatorChoice[] = [
  indicator('academician_workstations', '院士工作站数', 'Academician workstations', { hasGoals: false }),
  indicator('industrial_rd_intensity', '规模以上工业企业研发投入占营业收入比重', 'R&D intensity of industrial enterprises', { unit: '%' }),
  indicator('rd_intensity', 'R&D经费支出占地区生产总值比重', 'R&D intensity (R&D expenditure as % of GDP)', { aliases: ['研发投入强度'], unit: '%', latestValue: 4.4, levers: [...EVERY_INDICATOR, 'gdp-growth'] }),
  indicator('high_tech_enterprises', '高新技术企业数量', 'High-tech enterprises', { latestValue: 512, levers: [...EVERY_INDICATOR, 'pipeline-conversion', 'policy:high-tech-cultivation'] }),
];

export const NO_KEY: KeyPress = {};

export function start(overrides: Partial<Parameters<typeof initialSessionState>[0]> = {}): SessionState {
  return initialSessionState({ regions: REGIONS, scenarios: SCENARIOS, language: 'en', scenarioId: 'baseline', leverRows: LEVER_ROWS, ...overrides });
}

export function apply(state: SessionState, ...actions: SessionAction[]): SessionState {
  return actions.reduce(reduceSession, state);
}

/** Presses keys: strings are typed text, objects are special keys. */
export function press(state: SessionState, ...keys: (string | KeyPress)[]): SessionState {
  return keys.reduce<SessionState>((current, key) => reduceSession(current, typeof key === 'string' ? { type: 'key-pressed', input: key, key: NO_KEY } : { type: 'key-pressed', input: '', key }), state);
}

/** A session on yubei / rd_intensity with the levers focused. */
export function onRdIntensity(): SessionState {
  const chosen = press(start(), 'yubei', { return: true });
  return press(apply(chosen, { type: 'effects-taken', count: chosen.effects.length }, { type: 'region-prepared', region: 'yubei', indicators: INDICATORS }), 'rd_int', { return: true });
}

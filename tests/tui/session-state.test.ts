/**
 * The session reducer, without React or a terminal: keys → actions → state and effects. Every test runs
 * on frozen states, so a reducer that mutated its input would throw.
 */
import { describe, expect, it } from 'vitest';
import { NO_ADJUSTMENTS } from '../../src/tui/lever-adjustments.js';
import { focusedEntries, projectionRequest, reduceSession, type SessionAction, type SessionState } from '../../src/tui/session-state.js';
import { saveNameProblem, scenarioIdFromName } from '../../src/tui/session-dialogs.js';
import { INDICATORS, SCENARIOS, apply, onRdIntensity, press, start } from './session-fixtures.js';

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

const reduceFrozen = (state: SessionState, action: SessionAction) => reduceSession(deepFreeze(state), action);

describe('the indicator asked for first, the rest of its region after', () => {
  it('shows the indicator from a partial region, keeps saying the rest is being prepared, then lists every indicator without moving the choice', () => {
    const asked = start({ region: 'yubei', indicator: 'rd_intensity' });
    const partial = reduceFrozen(asked, { type: 'region-prepared', region: 'yubei', indicators: INDICATORS.filter((indicator) => indicator.id === 'rd_intensity'), complete: false });
    expect(partial).toMatchObject({ indicator: 'rd_intensity', preparing: false, focus: 'levers' });
    expect(partial.indicators.map((indicator) => indicator.id)).toEqual(['rd_intensity']);
    expect(partial.status?.tone).toBe('busy');
    // and asks for the rest of the region (session-effects runs it behind the first projection)
    expect(partial.effects.at(-1)).toEqual({ kind: 'complete-region', region: 'yubei' });
    expect(reduceFrozen(asked, { type: 'region-prepared', region: 'yubei', indicators: INDICATORS }).effects.some((effect) => effect.kind === 'complete-region')).toBe(false);
    const complete = reduceFrozen(partial, { type: 'region-completed', region: 'yubei', indicators: INDICATORS });
    expect(complete).toMatchObject({ indicator: 'rd_intensity', focus: 'levers' });
    expect(complete.indicators).toHaveLength(INDICATORS.length);
    expect(complete.status?.tone).toBe('success');
    expect(complete.status?.text.en).toContain(String(INDICATORS.length));
    expect(reduceFrozen(partial, { type: 'region-completed', region: 'yongchuan', indicators: INDICATORS })).toBe(partial);
  });
});

describe('choosing a region and an indicator', () => {
  it('starts on the region picker with a welcome, or on the region given', () => {
    const fresh = start();
    expect(fresh.focus).toBe('regions');
    expect(fresh.status?.text.en).toMatch(/Pick a region/);
    const given = start({ region: 'yubei', indicator: 'rd_intensity' });
    expect(given).toMatchObject({ region: 'yubei', preparing: true, requestedIndicator: 'rd_intensity' });
    expect(given.effects).toEqual([{ kind: 'prepare-region', region: 'yubei', focus: 'rd_intensity' }]);
    expect(start({ region: 'yubei' }).effects).toEqual([{ kind: 'prepare-region', region: 'yubei' }]);
  });

  it('filters as the user types (several characters at once too), by id, English or Chinese name', () => {
    expect(focusedEntries(press(start(), 'yu')).map((entry) => entry.id)).toEqual(['yubei']);
    expect(focusedEntries(press(start(), '渝北')).map((entry) => entry.id)).toEqual(['yubei']);
    expect(focusedEntries(press(start(), 'y', 'o', 'n', 'g')).map((entry) => entry.id)).toEqual(['yongchuan']);
    expect(focusedEntries(press(start(), 'District')).map((entry) => entry.id)).toEqual(['yubei', 'yongchuan']);
    expect(press(start(), 'yub', { delete: true }).filter).toBe('yu');
    expect(press(start(), 'yub', { escape: true }).filter).toBe('');
    expect(press(start(), 'zzz').highlighted).toBe(0);
  });

  it('Enter on a region asks the App to prepare it; the indicators come back sorted, goals first', () => {
    const chosen = press(start(), { downArrow: true }, { return: true });
    expect(chosen).toMatchObject({ region: 'yubei', preparing: true, focus: 'indicators' });
    expect(chosen.effects).toEqual([{ kind: 'prepare-region', region: 'yubei' }]);
    const prepared = apply(chosen, { type: 'effects-taken', count: 1 }, { type: 'region-prepared', region: 'yubei', indicators: INDICATORS });
    expect(prepared.effects).toEqual([]);
    expect(prepared.preparing).toBe(false);
    expect(focusedEntries(prepared).map((entry) => entry.id)).toEqual(['high_tech_enterprises', 'industrial_rd_intensity', 'rd_intensity', 'academician_workstations']);
    expect(prepared.status?.text).toEqual({ zh: '渝北区：4项指标已就绪', en: 'Yubei District: 4 indicators ready' });
  });

  it('puts ids that start with the filter first, and finds aliases', () => {
    const state = onRdIntensity();
    expect(state).toMatchObject({ indicator: 'rd_intensity', focus: 'levers', filter: '' });
    const listing = press(state, { tab: true }, { tab: true }, '研发投入');
    expect(press(state, { tab: true }).focus).toBe('regions');
    expect(listing.focus).toBe('indicators');
    expect(focusedEntries(listing).map((entry) => entry.id)).toEqual(['rd_intensity', 'industrial_rd_intensity']);
  });

  it('chooses the indicator asked for on the command line once its region is prepared', () => {
    const state = apply(start({ region: 'yubei', indicator: 'rd_intensity' }), { type: 'region-prepared', region: 'yubei', indicators: INDICATORS });
    expect(state).toMatchObject({ indicator: 'rd_intensity', focus: 'levers', requestedIndicator: null });
  });

  it('ignores a preparation that arrives for a region no longer selected, and reports a failure', () => {
    const state = press(start(), 'yubei', { return: true });
    expect(apply(state, { type: 'region-prepared', region: 'yongchuan', indicators: INDICATORS })).toBe(state);
    const failed = apply(state, { type: 'region-failed', region: 'yubei', reason: 'no data' });
    expect(failed).toMatchObject({ region: null, focus: 'regions', preparing: false });
    expect(failed.status).toMatchObject({ tone: 'error' });
  });
});

describe('levers', () => {
  it('moves the selected lever with + − and the arrows, and selects levers with ↑ ↓ and their keys', () => {
    const state = onRdIntensity();
    expect(press(state, '+', '+', '+').adjustments.growth).toBe(1.5);
    expect(press(state, '+++').adjustments.growth).toBe(1.5);
    expect(press(state, { rightArrow: true }, { leftArrow: true }, { leftArrow: true }).adjustments.growth).toBe(-0.5);
    const shock = press(state, '3', '-', '-', { upArrow: true }, '+', '+');
    expect(shock.adjustments).toMatchObject({ 'shock-size': -4, 'shock-year': 2023 });
    expect(press(state, { downArrow: true }, { downArrow: true }).selectedLever).toBe('shock-size');
    expect(press(state, { upArrow: true }).selectedLever).toBe('policy:high-tech-cultivation');
    expect(press(state, { upArrow: true }, { upArrow: true }).selectedLever).toBe('pipeline-conversion');
  });

  it('keeps levers within their limits', () => {
    const state = onRdIntensity();
    expect(press(state, '2', ...Array<string>(30).fill('-')).adjustments['shock-year']).toBe(2021);
    expect(press(state, '+'.repeat(60)).adjustments.growth).toBe(20);
  });

  it('starts a ceiling near 1.5 × the latest value and steps by a round 5 % of it', () => {
    const state = press(onRdIntensity(), '4', '+');
    expect(state.adjustments.ceiling).toBeCloseTo(6.5);
    expect(press(state, '-').adjustments.ceiling).toBeCloseTo(6.25);
    expect(press(state, { delete: true }).adjustments.ceiling).toBeUndefined();
  });

  it('says so instead of moving a lever that cannot affect the indicator', () => {
    const state = press(onRdIntensity(), '6', '+');
    expect(state.adjustments).toEqual(NO_ADJUSTMENTS);
    expect(state.status?.text.en).toBe('"Pipeline conv." has no effect on this indicator');
    expect(press(onRdIntensity(), '5', '+').adjustments['gdp-growth']).toBe(0.5);
  });

  it('will not stack a ceiling on a scenario that already caps the indicator', () => {
    const state = press(onRdIntensity(), ']', ']', '4', '+');
    expect(state.scenarioId).toBe('conservative');
    expect(state.adjustments.ceiling).toBeUndefined();
    expect(state.status?.text.en).toMatch(/already caps/);
  });

  it('resets one lever with Backspace and all with 0; a new indicator starts from no adjustments', () => {
    const moved = press(onRdIntensity(), '+', '3', '+');
    expect(press(moved, { delete: true }).adjustments['shock-size']).toBeUndefined();
    expect(press(moved, { delete: true }).adjustments.growth).toBe(0.5);
    expect(press(moved, '0').adjustments).toEqual(NO_ADJUSTMENTS);
    const other = press(moved, '/', 'high', { return: true });
    expect(other).toMatchObject({ indicator: 'high_tech_enterprises', adjustments: NO_ADJUSTMENTS });
  });

  it('steps a policy row through as-in-scenario, low, central and high, only where the policy reaches', () => {
    const onHighTech = press(onRdIntensity(), '/', 'high', { return: true });
    const row = 'policy:high-tech-cultivation';
    const selected = press(onHighTech, { upArrow: true });
    expect(selected.selectedLever).toBe(row);
    expect(press(selected, '+').adjustments[row]).toBe(1);
    expect(press(selected, '+', '+', '+', '+', '+').adjustments[row]).toBe(3);
    expect(press(selected, '+', '-').adjustments).toEqual(NO_ADJUSTMENTS);
    const elsewhere = press(onRdIntensity(), { upArrow: true }, '+');
    expect(elsewhere.adjustments).toEqual(NO_ADJUSTMENTS);
    expect(elsewhere.status?.text.en).toBe('"High-tech vouchers" has no effect on this indicator');
  });

  it('opens the sensitivity view with t and closes it with t or Esc', () => {
    const opened = press(onRdIntensity(), 't');
    expect(opened.overlay).toEqual({ kind: 'sensitivity' });
    expect(press(opened, 't').overlay).toEqual({ kind: 'none' });
    expect(press(opened, { escape: true }).overlay).toEqual({ kind: 'none' });
    expect(press(start(), 't').overlay).toEqual({ kind: 'none' });
  });

  it('cycles scenarios with [ and ], keeping the adjustments', () => {
    const state = press(onRdIntensity(), '+', ']');
    expect(state.scenarioId).toBe('accelerated');
    expect(state.adjustments.growth).toBe(0.5);
    expect(press(state, '[', '[').scenarioId).toBe('conservative');
    expect(projectionRequest(state)).toEqual({ region: 'yubei', indicator: 'rd_intensity', scenarioId: 'accelerated', adjustments: state.adjustments });
  });
});

describe('language, help, quitting', () => {
  it('toggles the language with l and back', () => {
    const state = press(onRdIntensity(), 'l');
    expect(state.language).toBe('zh');
    expect(state.status?.text.zh).toBe('已切换为中文');
    expect(press(state, 'l').language).toBe('en');
  });

  it('opens help with ? (in a list too) and closes it with any key', () => {
    const help = press(onRdIntensity(), '?');
    expect(help.overlay.kind).toBe('help');
    expect(press(help, 'x').overlay.kind).toBe('none');
    expect(press(help, 'x').adjustments).toEqual(NO_ADJUSTMENTS);
    expect(press(start(), '?').overlay.kind).toBe('help');
  });

  it('quits with q on the levers and with Ctrl+C anywhere; in a list q is text', () => {
    expect(press(onRdIntensity(), 'q').effects).toEqual([{ kind: 'quit' }]);
    expect(press(start(), 'q').filter).toBe('q');
    expect(press(start(), { ctrl: true }).effects).toEqual([]);
    expect(reduceSession(start(), { type: 'key-pressed', input: 'c', key: { ctrl: true } }).effects).toEqual([{ kind: 'quit' }]);
  });

  it('never mutates the state it is given', () => {
    let state = onRdIntensity();
    for (const input of ['+', '3', '-', 'l', '?', 'x', 'c', ']', 's', 'abc', '0', 'q']) state = reduceFrozen(state, { type: 'key-pressed', input, key: {} });
    expect(state.effects.at(-1)).toEqual({ kind: 'quit' });
  });
});

describe('compare view', () => {
  it('opens on the current scenario; Enter switches to the highlighted one', () => {
    const opened = press(onRdIntensity(), 'c');
    expect(opened.overlay).toEqual({ kind: 'compare', highlighted: 0 });
    const switched = press(opened, { downArrow: true }, { downArrow: true }, { downArrow: true }, { return: true });
    expect(switched.scenarioId).toBe('conservative');
    expect(switched.overlay.kind).toBe('none');
    expect(press(opened, { escape: true }).overlay.kind).toBe('none');
  });
});

describe('save dialog', () => {
  it('suggests a name that the first key replaces, and checks the name', () => {
    const opened = press(onRdIntensity(), 's');
    expect(opened.overlay).toMatchObject({ kind: 'save', name: 'yubei-rd-intensity', pristine: true, stage: 'naming' });
    expect(press(opened, 'my-plan').overlay).toMatchObject({ name: 'my-plan', pristine: false });
    expect(press(opened, { delete: true }).overlay).toMatchObject({ name: 'yubei-rd-intensit' });
    expect(press(opened, 'x', { ctrl: true }).overlay).toMatchObject({ name: 'x' });
    const bad = press(opened, 'My Plan', { return: true });
    expect(bad.overlay).toMatchObject({ stage: 'naming', problem: { en: expect.stringMatching(/lower-case/) } });
    expect(bad.effects).toEqual([]);
    expect(press(opened, 'accelerated', { return: true }).overlay).toMatchObject({ problem: { en: expect.stringMatching(/is already a scenario/) } });
  });

  it('asks the App to save; asks before overwriting; y overwrites, n keeps the file', () => {
    const state = press(onRdIntensity(), '+', '+', 's', '/tmp/x/faster-rd', { return: true });
    expect(state.overlay).toMatchObject({ stage: 'saving' });
    expect(state.effects).toEqual([{ kind: 'save-scenario', name: '/tmp/x/faster-rd', overwrite: false, request: { region: 'yubei', indicator: 'rd_intensity', scenarioId: 'baseline', adjustments: { growth: 1 } } }]);
    const asking = apply(state, { type: 'effects-taken', count: 1 }, { type: 'save-needs-confirmation', path: '/tmp/x/faster-rd.yaml' });
    expect(asking.overlay).toMatchObject({ stage: 'confirm-overwrite', existingPath: '/tmp/x/faster-rd.yaml' });
    expect(press(asking, 'q').overlay).toMatchObject({ stage: 'confirm-overwrite' });
    expect(press(asking, 'n').overlay).toMatchObject({ stage: 'naming' });
    expect(press(asking, 'n').status?.text.en).toBe('The existing file was kept');
    expect(press(asking, 'y').effects).toEqual([expect.objectContaining({ kind: 'save-scenario', overwrite: true })]);
  });

  it('closes on success and remembers the file; stays open with the reason on failure', () => {
    const saving = press(onRdIntensity(), '+', 's', 'faster', { return: true });
    const request = projectionRequest(saving)!;
    const saved = apply(saving, { type: 'save-succeeded', path: '/work/faster.yaml', request });
    expect(saved.overlay.kind).toBe('none');
    expect(saved.status).toMatchObject({ tone: 'success', text: { en: 'Saved and validated: /work/faster.yaml' } });
    const failed = apply(saving, { type: 'save-failed', reason: 'EACCES' });
    expect(failed.overlay).toMatchObject({ kind: 'save', stage: 'naming', problem: { en: 'Could not save: EACCES' } });
  });

  it('reads names and paths', () => {
    expect(scenarioIdFromName(' ~/plans/faster-rd.yaml ')).toBe('faster-rd');
    expect(saveNameProblem('plans/faster-rd', SCENARIOS)).toBeNull();
    expect(saveNameProblem('Faster', SCENARIOS)).not.toBeNull();
    expect(saveNameProblem('', SCENARIOS)).not.toBeNull();
  });
});

describe('report', () => {
  it('asks the App to write the report, with the saved file when it holds the current adjustments', () => {
    const plain = press(onRdIntensity(), 'r');
    expect(plain.effects).toEqual([{ kind: 'write-report', region: 'yubei', scenario: 'baseline', language: 'en' }]);
    expect(plain.reportRunning).toBe(true);
    expect(press(plain, 'r').status?.text.en).toMatch(/being written/);
    const adjusted = press(onRdIntensity(), '+', 'r');
    expect(adjusted.status?.text.en).toMatch(/without the unsaved adjustments/);
    const saving = press(onRdIntensity(), '+', 's', 'faster', { return: true });
    const saved = apply(saving, { type: 'effects-taken', count: 1 }, { type: 'save-succeeded', path: '/work/faster.yaml', request: projectionRequest(saving)! });
    expect(press(saved, 'r').effects).toEqual([{ kind: 'write-report', region: 'yubei', scenario: '/work/faster.yaml', language: 'en' }]);
    expect(press(saved, '+', 'r').effects.at(-1)).toEqual({ kind: 'write-report', region: 'yubei', scenario: 'baseline', language: 'en' });
  });

  it('shows how the report ended', () => {
    const running = press(onRdIntensity(), 'r');
    expect(apply(running, { type: 'report-finished', ok: true, detail: 'reports/yubei' }).status).toMatchObject({ tone: 'success', text: { en: 'Report written to reports/yubei' } });
    const failed = apply(running, { type: 'report-finished', ok: false, detail: "error: unknown command 'report'" });
    expect(failed).toMatchObject({ reportRunning: false, status: { tone: 'error', text: { en: "The report failed: error: unknown command 'report'" } } });
  });
});

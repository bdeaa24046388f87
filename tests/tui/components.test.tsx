/**
 * The App and its panes rendered to a string (ink-testing-library) over the real engine on the bundled
 * data: pick Yubei and R&D intensity by typing, move a lever and see the probability change, switch
 * language, open help, compare, save and report (file and child process replaced by fakes here; the
 * end-to-end test does them for real), and fit 80×24 with Chinese text.
 */
import { render } from 'ink-testing-library';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup } from 'ink-testing-library';
import { translate } from '../../src/core/report/messages.js';
import { App, type AppProps } from '../../src/tui/app.js';
import { displayWidth } from '../../src/tui/display-text.js';
import { inProcessEngineClient } from '../../src/tui/engine-in-process.js';
import { loadPipelineEngine, type PipelineEngine } from '../../src/tui/engine.js';
import { KEY_HELP } from '../../src/tui/key-bindings.js';
import { NO_ADJUSTMENTS } from '../../src/tui/lever-adjustments.js';
import { LeverPanel } from '../../src/tui/lever-panel.js';
import { RegionIndicatorPicker } from '../../src/tui/region-indicator-picker.js';
import { requestKey } from '../../src/tui/session-dialogs.js';
import type { SaveRequest } from '../../src/tui/save-scenario.js';
import { indicatorEntries } from '../../src/tui/session-choices.js';
import { initialSessionState } from '../../src/tui/session-state.js';
import { INDICATORS, LEVER_ROWS, SCENARIOS } from './session-fixtures.js';

const KEYS = { enter: '\r', escape: '\u001B', up: '\u001B[A', down: '\u001B[B', right: '\u001B[C', left: '\u001B[D' };
const plain = (frame: string | undefined) => (frame ?? '').replace(/\u001B\[[0-9;]*m/g, '');

let engine: PipelineEngine;
beforeAll(async () => {
  engine = await loadPipelineEngine({});
});
afterEach(() => cleanup());

async function waitFor(frame: () => string, test: (text: string) => boolean, what: string, timeout = 10_000): Promise<string> {
  const until = Date.now() + timeout;
  for (;;) {
    const text = plain(frame());
    if (test(text)) return text;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}; the screen shows:\n${text}`);
    await new Promise((resolve) => setTimeout(resolve, 15));
  }
}

function session(overrides: Partial<AppProps> & { region?: string; indicator?: string; language?: 'zh' | 'en' } = {}) {
  const saves: SaveRequest[] = [];
  const reports: unknown[] = [];
  const { region, indicator, language = 'en', ...props } = overrides;
  const initialState = initialSessionState({ regions: engine.regions(), scenarios: engine.scenarios(), language, scenarioId: 'baseline', leverRows: engine.leverRows(), ...(region ? { region } : {}), ...(indicator ? { indicator } : {}) });
  const app = render(
    <App engine={inProcessEngineClient(engine)} initialState={initialState} directory="/work/plans" size={{ columns: 100, rows: 30 }}
      effects={{
        saveScenario: (request) => { saves.push(request); return saves.length === 1 && request.name === 'exists' ? { outcome: 'exists', path: '/work/plans/exists.yaml' } : { outcome: 'saved', path: `/work/plans/${request.name}.yaml` }; },
        writeReport: async (request) => { reports.push(request); return { ok: false, detail: "error: unknown command 'report'" }; },
      }} {...props} />,
  );
  const frame = () => app.lastFrame() ?? '';
  const until = (test: string | RegExp | ((text: string) => boolean), what = String(test)) =>
    waitFor(frame, typeof test === 'function' ? test : (text) => (typeof test === 'string' ? text.includes(test) : test.test(text)), what);
  const type = async (...inputs: string[]) => {
    for (const input of inputs) {
      app.stdin.write(input);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };
  return { app, frame, until, type, saves, reports };
}

const probabilityOf = (text: string) => /Probability\s+([\d.]+)%/.exec(text)?.[1];
/** The screen shows `shown` and the engine's answer for the current state (no "simulating…" in the status bar). */
const settled = (shown: string | RegExp) => (text: string) => (typeof shown === 'string' ? text.includes(shown) : shown.test(text)) && !text.includes('simulating…');

describe('the App', () => {
  it("shows the first screen's projection asked for ahead (settledView) while its own ask is still unanswered", async () => {
    const client = inProcessEngineClient(engine);
    const request = { region: 'yubei', indicator: 'rd_intensity', scenarioId: 'baseline', adjustments: NO_ADJUSTMENTS };
    engine.prepareFocus('yubei', 'rd_intensity');
    const view = engine.project(request)!;
    const { until } = session({
      region: 'yubei', indicator: 'rd_intensity',
      engine: { ...client, project: () => new Promise(() => {}) }, // the session's own ask never comes back
      settledView: (key) => (key === requestKey(request) ? view : undefined),
    });
    const shown = await until((text) => probabilityOf(text) !== undefined, 'a probability');
    expect(Number(probabilityOf(shown))).toBeCloseTo(100 * view.goal!.probability!, 1);
    expect(shown).not.toContain('simulating…');
  });

  it('picks Yubei and R&D intensity by typing, then a growth lever moves the probability', async () => {
    const { until, type } = session();
    await until('Pick a region');
    await type('yubei');
    await until('Filter: yubei');
    await type(KEYS.enter);
    await until('Pick an indicator of Yubei District');
    await type('rd_int');
    await until(/Filter: rd_int/);
    await type(KEYS.enter);
    const before = await until((text) => probabilityOf(text) !== undefined, 'a probability');
    expect(before).toMatch(/Feasibility · 2025 target 4\.80/);
    expect(before).toMatch(/10000 paths in [\d.]+ ms/);
    await type('+', '+', '+', '+');
    const after = await until(settled('+2.0 pp'), 'growth +2.0 pp, simulated');
    expect(probabilityOf(after)).not.toBe(probabilityOf(before));
    expect(Number(probabilityOf(after))).toBeGreaterThan(Number(probabilityOf(before)));
    expect(after).toMatch(/Probability\s+[\d.]+% \(\+[\d.]+\)/);
    expect(after).toMatch(new RegExp(`Scenario 1/${engine.scenarios().length} · adjusted`));
  });

  it('switches to Chinese and back with l, and shows every key in the help overlay', async () => {
    const { until, type } = session({ region: 'yubei', indicator: 'rd_intensity' });
    await until('Probability');
    await type('l');
    const chinese = await until('达标概率');
    expect(chinese).toMatch(/可行性 · 2025年目标 4\.80/);
    expect(chinese).toMatch(/R&D经费支出占地区生产总值比重/);
    await type('?');
    const help = await until('按键说明');
    for (const entry of KEY_HELP) expect(help).toContain(translate('zh', entry.description).slice(0, 6));
    await type('x');
    await until((text) => !text.includes('按键说明') && text.includes('达标概率'), 'help closed');
    await type('l');
    await until('Probability');
  });

  it('shows what moves the goal with t: policy levers first, the risks apart, and closes again', async () => {
    const { until, type } = session({ region: 'yubei', indicator: 'rd_intensity' });
    await until('Probability');
    await type('t');
    const view = await until('Risks: the uncertainty planners do not control');
    expect(view).toMatch(/R&D intensity \(R&D expenditure as % of GDP\): what moves the 2025 goal's probability/);
    const policies = view.indexOf('Policy levers: what planners control');
    const risks = view.indexOf('Risks: the uncertainty planners do not control');
    expect(policies).toBeGreaterThan(0);
    expect(view.indexOf('R&D super-deduction')).toBeGreaterThan(policies);
    expect(view.indexOf('R&D super-deduction')).toBeLessThan(risks);
    expect(view.indexOf('spread ×0.5 / ×1.5')).toBeGreaterThan(risks);
    expect(view.indexOf('GDP growth −1 / +1 pp')).toBeGreaterThan(risks);
    await type('t');
    await until((text) => !text.includes('Risks: the uncertainty') && text.includes('Probability'), 'the view closed');
  });

  it('moves a policy row with the arrows and shows the probability move', async () => {
    const { until, type } = session({ region: 'yubei', indicator: 'rd_intensity' });
    const before = await until((text) => probabilityOf(text) !== undefined && settled('Probability')(text), 'a probability');
    await type(KEYS.up.repeat(1));
    await until(/▸• Tech-enterprise cultivation/);
    // up from growth wraps to the last row (a policy); the policies follow the six lever controls, in id order
    await type('1', ...Array<string>(10).fill(KEYS.down));
    await until(/▸• R&D super-deduction\s+off/);
    await type(KEYS.right, KEYS.right);
    const after = await until(settled(/▸• R&D super-deduction\s+central/), 'the policy row at central, simulated');
    expect(Number(probabilityOf(after))).toBeGreaterThan(Number(probabilityOf(before)));
  });

  it('compares the scenarios and switches to the one chosen', async () => {
    const { until, type } = session({ region: 'yubei', indicator: 'rd_intensity' });
    await until('Probability');
    await type('c');
    const table = await until(settled('scenarios compared'), 'the scenarios compared');
    for (const scenario of engine.scenarios()) expect(table).toContain(scenario.label.en.slice(0, 12));
    await type(KEYS.down, KEYS.enter);
    await until(new RegExp(`Scenario 2/${engine.scenarios().length}[^\\n]*\\n[^\\n]*${engine.scenarios()[1]!.label.en.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  });

  it('saves through the dialog, asking before it overwrites', async () => {
    const { until, type, saves } = session({ region: 'yubei', indicator: 'rd_intensity' });
    await until('Probability');
    await type('+', 's');
    await until('Save as a scenario file');
    await type('exists', KEYS.enter);
    await until('exists. Overwrite it? (y/n)');
    expect(saves[0]).toMatchObject({ name: 'exists', overwrite: false, directory: '/work/plans' });
    expect(saves[0]!.expected.growth.at(-1)).toEqual({ indicators: 'rd_intensity', percentagePoints: 0.5 });
    await type('y');
    await until('Saved and validated: /work/plans/exists.yaml');
    expect(saves[1]).toMatchObject({ name: 'exists', overwrite: true });
  });

  it('reports a failing report command in the status bar without stopping', async () => {
    const { until, type, reports } = session({ region: 'yubei', indicator: 'rd_intensity' });
    await until('Probability');
    await type('r');
    await until("The report failed: error: unknown command 'report'");
    expect(reports).toEqual([{ region: 'yubei', scenario: 'baseline', language: 'en', directory: '/work/plans' }]);
    await type('+');
    await until('+0.5 pp');
  });

  it.each(['en', 'zh'] as const)('fits 80×24 in %s, Chinese double-width text included', async (language) => {
    const { until } = session({ region: 'yubei', indicator: 'rd_intensity', language, size: { columns: 80, rows: 24 } });
    const text = await until(language === 'zh' ? '达标概率' : 'Probability');
    const lines = text.split('\n');
    expect(lines.length).toBeLessThanOrEqual(23);
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(80);
    expect(text).toMatch(language === 'zh' ? /6 培育转化率/ : /6 Pipeline conv\./);
  });

  it('asks for a bigger terminal below 60×16', async () => {
    const { until } = session({ size: { columns: 50, rows: 12 } });
    await until('too small');
  });
});

describe('panes', () => {
  it('aligns the picker\'s second column whatever the width of the Chinese names', () => {
    const { lastFrame } = render(
      <RegionIndicatorPicker title="t" entries={indicatorEntries(INDICATORS, '', 'zh')} total={4} highlighted={0} filter="" current={null} showMarks language="zh" width={70} height={10} />,
    );
    const rows = plain(lastFrame()).split('\n').slice(2, 6);
    const entries = indicatorEntries(INDICATORS, '', 'zh');
    const starts = rows.map((row, index) => displayWidth(row.slice(0, row.indexOf(entries[index]!.secondary.slice(0, 8)))));
    expect(starts).toEqual([43, 43, 43, 43]);
  });

  it('dims the levers that cannot move the indicator and shows a scenario\'s own ceiling', () => {
    const { lastFrame } = render(
      <LeverPanel rows={LEVER_ROWS} adjustments={NO_ADJUSTMENTS} selectedLever="growth" indicator={INDICATORS[2]} scenarios={SCENARIOS} scenarioId="conservative" focused language="en" width={30} />,
    );
    const text = plain(lastFrame());
    expect(text).toMatch(/Scenario 3\/3[^\n]*\n *Conservative/);
    expect(text).toMatch(/4 Ceiling\s+by scenario/);
    expect(text).toMatch(/▸1 Growth change\s+\+0\.0 pp/);
    expect(text).toMatch(/• High-tech vouchers\s+off/);
  });

  it('scrolls the lever rows to keep the selected one in view, and shows a policy the scenario uses', () => {
    const { lastFrame } = render(
      <LeverPanel rows={LEVER_ROWS} adjustments={{ 'policy:high-tech-cultivation': 3 }} selectedLever="policy:high-tech-cultivation" indicator={INDICATORS[3]} scenarios={SCENARIOS} scenarioId="accelerated" focused language="en" width={34} height={6} />,
    );
    const text = plain(lastFrame());
    expect(text).toMatch(new RegExp(`Levers ◂ ${LEVER_ROWS.length}/${LEVER_ROWS.length}`));
    expect(text).not.toMatch(/1 Growth change/);
    expect(text).toMatch(/▸• High-tech vouchers\s+high/);
    const asInScenario = plain(render(<LeverPanel rows={LEVER_ROWS} adjustments={NO_ADJUSTMENTS} selectedLever="growth" indicator={INDICATORS[3]} scenarios={SCENARIOS} scenarioId="accelerated" focused={false} language="en" width={40} />).lastFrame());
    expect(asInScenario).toMatch(/• High-tech vouchers\s+\[central\]/);
  });
});

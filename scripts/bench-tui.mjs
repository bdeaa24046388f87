#!/usr/bin/env node
// The interactive session's speed (after `npm run build`): `node scripts/bench-tui.mjs [--screen]`.
// One line per measure, on the bundled data, Yubei R&D intensity, 10,000 paths:
//   1. preparing the region (fit, select, baseline paths): once per region;
//   2. projectIndicator alone for a moved growth lever, and where its time goes;
//   3. key-to-frame: a growth key written to the App's input (Ink, 100×30 and 80×24) until the frame
//      showing the new lever value is written to its output (key parsing, the reducer, React, layout and
//      the terminal string), and until the frame showing it simulated — the engine on its worker thread,
//      as `plancast tui` runs it (adjusted scenario + projectIndicator + the answer's copy between threads).
// Keys are spaced 60 ms apart, as a held key repeats, so Ink's frame throttle (60 fps) never delays one.
// --screen prints the last 100×30 frame as text.
import { EventEmitter } from 'node:events';
import { performance } from 'node:perf_hooks';

process.env.CI = '0'; // Ink renders only the last frame when it believes it runs in CI
process.env.NODE_ENV ??= 'production'; // as `plancast tui` runs React (src/cli/commands/tui.ts)
const { render } = await import('ink');
const { createElement } = await import('react');
const { App } = await import('../dist/src/tui/app.js');
const { loadPipelineEngine } = await import('../dist/src/tui/engine.js');
const { startEngineClient } = await import('../dist/src/tui/engine-worker-client.js');
const { initialSessionState } = await import('../dist/src/tui/session-state.js');
const { scenarioPaths } = await import('../dist/src/core/pipeline/project-scenario.js');
const { pathQuantiles } = await import('../dist/src/core/simulation/path-quantiles.js');
const { assessGoal } = await import('../dist/src/core/feasibility/assess-goal.js');
const { NO_ADJUSTMENTS } = await import('../dist/src/tui/lever-adjustments.js');

const REPETITIONS = 50;
const sorted = (values) => [...values].sort((a, b) => a - b);
const median = (values) => sorted(values)[Math.floor(values.length / 2)];
const p95 = (values) => sorted(values)[Math.min(values.length - 1, Math.floor(values.length * 0.95))];
const summary = (values) => `median ${median(values).toFixed(1)} ms, p95 ${p95(values).toFixed(1)} ms (n=${values.length})`;
const line = (name, value) => console.log(`${name.padEnd(64)} ${value}`);
const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const plain = (text) => text.replace(/\u001B\[[0-9;?]*[A-Za-z]/g, '');

const engine = await loadPipelineEngine({});
let start = performance.now();
const indicators = engine.prepareRegion('yubei');
line(`tui: prepare yubei once (${indicators.length} indicators fitted, ${engine.pathCount} baseline paths each)`, `${(performance.now() - start).toFixed(0)} ms`);

// 2. projectIndicator alone, and its parts
const region = engine.region('yubei');
const prepared = region.indicators.find((indicator) => indicator.definition.id === 'rd_intensity');
const parts = { levers: [], quantiles: [], goals: [] };
for (let repetition = 0; repetition < REPETITIONS + 10; repetition++) {
  const request = { region: 'yubei', indicator: 'rd_intensity', scenarioId: 'baseline', adjustments: { ...NO_ADJUSTMENTS, growth: ((repetition % 20) - 10) / 2 || 0.5 } };
  const scenario = engine.adjustedScenario(request);
  let t = performance.now();
  const paths = scenarioPaths(prepared, region, scenario, new Map(), []);
  const levers = performance.now() - t;
  t = performance.now();
  pathQuantiles(paths.values, paths.pathCount, paths.horizon, paths.firstYear);
  const quantiles = performance.now() - t;
  t = performance.now();
  for (const goal of prepared.goals) assessGoal(goal, prepared.series, paths, { preset: region.settings.preset });
  const goals = performance.now() - t;
  if (repetition < 10) continue;
  parts.levers.push(levers);
  parts.quantiles.push(quantiles);
  parts.goals.push(goals);
}
const direct = [];
for (let repetition = 0; repetition < REPETITIONS; repetition++) {
  const request = { region: 'yubei', indicator: 'rd_intensity', scenarioId: 'baseline', adjustments: { ...NO_ADJUSTMENTS, growth: (repetition % 2 ? 1 : 2) + repetition / 100 } };
  direct.push(engine.project(request).milliseconds);
}
line(`tui: projectIndicator alone, growth lever, ${engine.pathCount} paths`, summary(direct));
line('  of which levers on the paths (applyScenario)', summary(parts.levers));
line('  of which fan quantiles (15 years)', summary(parts.quantiles));
line('  of which goal assessment (probability, reach year, schedule)', summary(parts.goals));

// 3. key-to-frame through Ink
class Output extends EventEmitter {
  constructor(columns, rows) { super(); this.columns = columns; this.rows = rows; this.isTTY = false; this.frames = []; this.listener = undefined; }
  write(text) { this.frames.push(text); this.listener?.(text); return true; }
}
class Input extends EventEmitter {
  isTTY = true; data = null;
  setEncoding() {} setRawMode() {} resume() {} pause() {} ref() {} unref() {}
  read() { const { data } = this; this.data = null; return data; }
  press(text) { this.data = text; this.emit('readable'); this.emit('data', text); }
}

async function keyToFrame(columns, rows) {
  const stdout = new Output(columns, rows);
  const stdin = new Input();
  const initialState = initialSessionState({ regions: engine.regions(), scenarios: engine.scenarios(), language: 'en', scenarioId: 'baseline', region: 'yubei', indicator: 'rd_intensity' });
  const client = startEngineClient({}, () => engine);
  const instance = render(createElement(App, { engine: client, initialState, directory: process.cwd(), size: { columns, rows } }), { stdout, stdin, stderr: stdout, exitOnCtrlC: false, patchConsole: false, maxFps: 60 });
  const until = (pattern) => new Promise((resolve) => {
    const check = (text) => { if (pattern.test(plain(text))) { stdout.listener = undefined; resolve(performance.now()); } };
    stdout.listener = check;
    check(stdout.frames.at(-1) ?? '');
  });
  await until(/Probability\s+[\d.]+%/);
  await wait(100);
  const times = [];
  const simulated = [];
  let growth = 0;
  for (let press = 0; press < REPETITIONS + 5; press++) {
    const up = Math.floor(press / 20) % 2 === 0;
    growth += up ? 0.5 : -0.5;
    const value = `${growth < 0 ? '−' : '+'}${Math.abs(growth).toFixed(1)} pp`.replace('+', '\\+');
    const frame = until(new RegExp(`Growth change\\s+${value}`));
    const pressed = performance.now();
    stdin.press(up ? '+' : '-');
    const drawn = await frame;
    const done = await until(new RegExp(`Growth change\\s+${value}[\\s\\S]*paths in [\\d.]+ ms`));
    if (press >= 5) times.push(drawn - pressed);
    if (press >= 5) simulated.push(done - pressed);
    await wait(60);
  }
  const screen = plain(stdout.frames.at(-1) ?? '');
  instance.unmount();
  await client.close();
  return { times, simulated, screen };
}

const wide = await keyToFrame(100, 30);
line(`tui: key-to-frame, growth key → new frame, 100×30, ${engine.pathCount} paths`, summary(wide.times));
line(`tui: key-to-frame, growth key → simulated frame (worker), 100×30`, summary(wide.simulated));
const narrow = await keyToFrame(80, 24);
line(`tui: key-to-frame, growth key → new frame, 80×24, ${engine.pathCount} paths`, summary(narrow.times));
line(`tui: key-to-frame, growth key → simulated frame (worker), 80×24`, summary(narrow.simulated));
if (process.argv.includes('--screen')) console.log(`\n${wide.screen}`);

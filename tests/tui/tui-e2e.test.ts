/**
 * End to end: the built `plancast tui` driven in a real terminal (tmux, on a private server), as a planner
 * would: pick Yubei and R&D intensity by typing, raise growth, watch the probability change, save a
 * scenario (and be asked before overwriting it), quit with q and find the shell again; then the Chinese
 * screen at 80×24 and a resize to 100×30. Waits poll the screen for the text expected.
 * (Needs `npm run build`, which `npm test` runs first, and tmux, which .ci/run installs.)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkScenarioFile, loadScenario } from '../../src/io/load-scenarios.js';
import { projectRoot } from '../../src/io/project-paths.js';
import { displayWidth } from '../../src/tui/display-text.js';

const CLI = join(projectRoot, 'dist', 'bundle', 'plancast.cjs'); // what `plancast` and `npm start` run (scripts/bundle.mjs)
const SOCKET = `plancast-e2e-${process.pid}`;
const SESSION = 'plancast';
const environment = { ...process.env, LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8', TERM: 'xterm-256color' };
let folder = '';

function tmux(...args: string[]): string {
  const run = spawnSync('tmux', ['-L', SOCKET, '-f', '/dev/null', ...args], { encoding: 'utf8', env: environment });
  if (run.error) throw new Error(`tmux could not run (${run.error.message}): the end-to-end test needs tmux — install it (apt-get install tmux; .ci/run does)`);
  if (run.status !== 0) throw new Error(`tmux ${args.join(' ')} failed: ${run.stderr}`);
  return run.stdout;
}

const screen = () => tmux('capture-pane', '-p', '-t', SESSION);
const sendText = (text: string) => tmux('send-keys', '-t', SESSION, '-l', text);
const sendKey = (...keys: string[]) => tmux('send-keys', '-t', SESSION, ...keys);

async function waitFor(test: string | RegExp | ((text: string) => boolean), what = String(test), timeout = 30_000): Promise<string> {
  const until = Date.now() + timeout;
  for (;;) {
    const text = screen();
    const found = typeof test === 'function' ? test(text) : typeof test === 'string' ? text.includes(test) : test.test(text);
    if (found) return text;
    if (Date.now() > until) throw new Error(`timed out after ${timeout} ms waiting for ${what}; the screen shows:\n${text}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Presses a key and waits for the screen to show its effect before the next one. */
async function press(key: string, expected: string | RegExp | ((text: string) => boolean), what?: string): Promise<string> {
  sendText(key);
  return waitFor(expected, what);
}

const probability = (text: string) => Number(/Probability\s+([\d.]+)%/.exec(text)?.[1] ?? Number.NaN);

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` first (npm test does)`);
  const version = spawnSync('tmux', ['-V'], { encoding: 'utf8' });
  if (version.error || version.status !== 0) throw new Error('the end-to-end test needs tmux (/usr/bin/tmux): install it with apt-get install tmux (.ci/run does)');
  folder = mkdtempSync(join(tmpdir(), 'plancast-tui-e2e-'));
  tmux('-u', 'new-session', '-d', '-s', SESSION, '-x', '100', '-y', '30', '-c', folder, 'bash --norc --noprofile');
  sendText("export PS1='$ '; clear");
  sendKey('Enter');
});

afterAll(() => {
  spawnSync('tmux', ['-L', SOCKET, 'kill-server'], { env: environment });
  if (folder) rmSync(folder, { recursive: true, force: true });
});

describe('plancast tui in a terminal', () => {
  it('picks Yubei and R&D intensity, raises growth, sees the probability change, saves a scenario and quits', async () => {
    sendText(`node ${CLI} tui --lang en; echo "plancast-exit=$?"`);
    sendKey('Enter');
    await waitFor('Pick a region', 'the region picker');
    await press('yubei', 'Filter: yubei');
    sendKey('Enter');
    await waitFor('Pick an indicator of Yubei District', 'the indicator picker');
    await press('rd_int', 'Filter: rd_int');
    sendKey('Enter');
    const before = await waitFor((text) => Number.isFinite(probability(text)), 'the probability');
    expect(before).toMatch(/R&D intensity \(R&D expenditure as % of GDP\)/);
    expect(before).toMatch(/Feasibility · 2025 target 4\.80/);
    expect(before).toMatch(/●/);
    expect(before).toMatch(/◆/);

    await press('+', '+0.5 pp');
    await press('+', '+1.0 pp');
    await press('+', '+1.5 pp');
    // the lever moves at once; the probability follows when the engine's thread answers ("N paths in … ms")
    const after = await press('+', (text) => text.includes('+2.0 pp') && /10000 paths in [\d.]+ ms/.test(text), 'growth +2.0 pp, simulated');
    expect(probability(after)).toBeGreaterThan(probability(before));
    expect(after).toMatch(/Probability\s+[\d.]+% \(\+[\d.]+\)/);
    expect(after).toMatch(/10000 paths in [\d.]+ ms/);

    const saved = join(folder, 'plans', 'e2e-faster-rd');
    await press('s', 'Save as a scenario file');
    await press(saved, `→ ${saved}.yaml`);
    sendKey('Enter');
    await waitFor(`Saved and validated: ${saved}.yaml`);
    expect(checkScenarioFile(`${saved}.yaml`).problems).toEqual([]);
    const scenario = loadScenario(`${saved}.yaml`);
    expect(scenario.chain).toEqual(['baseline', 'e2e-faster-rd']);
    expect(scenario.growth).toEqual([{ indicators: 'rd_intensity', percentagePoints: 2 }]);

    await press('s', 'Save as a scenario file');
    await press(saved, `→ ${saved}.yaml`);
    sendKey('Enter');
    await waitFor('Overwrite it? (y/n)');
    await press('n', 'The existing file was kept');
    sendKey('Escape');
    await waitFor((text) => !text.includes('Save as a scenario file') && text.includes('Probability'), 'the dialog closed');

    await press('q', 'plancast-exit=0', 'the shell after quitting');
    const shell = screen();
    expect(shell).not.toMatch(/Probability/);
    // the terminal wraps a long command line (a checkout in a deep folder): read the screen unwrapped
    expect(shell.replace(/\n/g, '')).toMatch(/\$ node .*tui --lang en; echo "plancast-exit=\$\?"/);
  }, 120_000);

  it('fits 80×24 in Chinese, reflows when the terminal grows, and leaves cleanly on Ctrl+C', async () => {
    tmux('resize-window', '-t', SESSION, '-x', '80', '-y', '24');
    sendText(`clear; node ${CLI} tui --region yubei --indicator rd_intensity --lang zh; echo "plancast-exit=$?"`);
    sendKey('Enter');
    const small = await waitFor('达标概率', 'the Chinese feasibility panel');
    const lines = small.split('\n').filter((line, index, all) => index < all.length - 1 || line !== '');
    expect(lines.length).toBeLessThanOrEqual(24);
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(80);
    expect(small).toMatch(/可行性 · 2025年目标 4\.80/);
    expect(small).toMatch(/政策杠杆/);
    expect(small).toMatch(/1 增速调整\s+\+0\.0 个百分点/);
    expect(small).toMatch(/R&D经费支出占地区生产总值比重/);

    tmux('resize-window', '-t', SESSION, '-x', '100', '-y', '30');
    const large = await waitFor((text) => text.split('\n').some((line) => displayWidth(line) > 80) && text.includes('达标概率'), 'the wider layout');
    expect(large.split('\n').filter((line) => line.includes('达标概率'))).toHaveLength(1);
    await press('?', '按键说明');
    await press('x', (text) => !text.includes('按键说明'), 'help closed');

    sendKey('C-c');
    const shell = await waitFor('plancast-exit=0', 'the shell after Ctrl+C');
    expect(shell).not.toMatch(/达标概率/);
  }, 120_000);

  it('opens the session for bare `plancast` in a terminal', async () => {
    sendText(`clear; node ${CLI}; echo "bare-exit=$?"`);
    sendKey('Enter');
    await waitFor(/Pick a region|选择地区/, 'the region picker');
    sendKey('C-c');
    await waitFor('bare-exit=0', 'the shell after Ctrl+C');
  }, 60_000);
});

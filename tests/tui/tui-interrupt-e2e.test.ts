/**
 * End to end: Ctrl+C ends the session at any moment (issue 14, item 12). The built `plancast tui` runs in a
 * real terminal (tmux) with many paths, so a re-simulation is slow; a burst of lever keys starts one, and
 * more keys with Ctrl+C are sent in one go (they reach the program together, as keys typed while it is
 * busy do); the session must end — the shell prints the exit code —, leave the alternate screen and show
 * the cursor again. The same while the region is still being fitted. Waits poll for up to 30 s after the
 * keys so a loaded machine cannot fail the test; nothing is asserted about speed.
 * (Needs `npm run build`, which `npm test` runs first, and tmux, which .ci/run installs.)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/io/project-paths.js';
import { startTmuxTerminal, type TmuxTerminal } from '../helpers/tmux-terminal.js';

const CLI = join(projectRoot, 'dist', 'bundle', 'plancast.cjs'); // what `plancast` and `npm start` run (scripts/bundle.mjs)
const PATHS = 100_000;
const BURST = Array<string>(24).fill('+');
let folder = '';
let terminal: TmuxTerminal;

/** tmux's view of the pane: alternate screen on/off, cursor shown/hidden, the foreground command */
const paneState = () => {
  const [alternate, cursor, command] = terminal.display('#{alternate_on} #{cursor_flag} #{pane_current_command}').split(' ');
  return { alternateScreen: alternate === '1', cursorShown: cursor === '1', command };
};

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` first (npm test does)`);
  const version = spawnSync('tmux', ['-V'], { encoding: 'utf8' });
  if (version.error || version.status !== 0) throw new Error('the end-to-end test needs tmux (/usr/bin/tmux): install it with apt-get install tmux (.ci/run does)');
  folder = mkdtempSync(join(tmpdir(), 'plancast-tui-interrupt-'));
  terminal = startTmuxTerminal('interrupt', folder);
});

afterAll(() => {
  terminal?.close();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

function startSession(marker: string): void {
  terminal.type(`clear; node ${CLI} tui --region yubei --indicator rd_intensity --lang en --paths ${PATHS}; echo "${marker}=$?"`);
  terminal.keys('Enter');
}

describe('Ctrl+C in the session', () => {
  it('ends the session mid-burst while it re-simulates, and gives the terminal back', async () => {
    startSession('burst-exit');
    // fitting 100,000 baseline paths takes a while on a loaded machine; only then do the levers move
    await terminal.waitFor((text) => new RegExp(`${PATHS} paths in [\\d.]+ ms`).test(text), 'the first projection', 180_000);
    expect(paneState()).toMatchObject({ alternateScreen: true, cursorShown: false });

    terminal.keys(...BURST);
    terminal.keys('+', '+', '+', 'C-c');
    const shell = await terminal.waitFor((text) => text.includes('burst-exit='), 'the shell after Ctrl+C');
    expect(shell).toMatch(/burst-exit=0/);
    expect(shell).not.toMatch(/Probability/);
    expect(paneState()).toEqual({ alternateScreen: false, cursorShown: true, command: 'bash' });
  }, 240_000);

  it('ends the session while the region is still being fitted, keys and Ctrl+C arriving together', async () => {
    startSession('fitting-exit');
    await terminal.waitFor((text) => text.includes('Fitting the models of Yubei District'), 'the fitting message', 60_000);
    terminal.keys('+', '+', '?', 'C-c');
    const shell = await terminal.waitFor((text) => text.includes('fitting-exit='), 'the shell after Ctrl+C');
    expect(shell).toMatch(/fitting-exit=0/);
    expect(paneState()).toEqual({ alternateScreen: false, cursorShown: true, command: 'bash' });
  }, 120_000);
});

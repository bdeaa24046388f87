/**
 * The entry of `plancast tui` (and of bare `plancast` in a terminal). Refuses with a clear message and
 * exit code 2 when input or output is not a terminal; otherwise loads the data and scenarios, checks the
 * options (unknown region, indicator or scenario stop before the screen changes), and renders the App in
 * the terminal's alternate screen. The terminal is restored however the session ends: q, Ctrl+C, a
 * signal (exit code 128 + its number, as a shell reports it), or an error.
 *
 * The engine runs on a worker thread (engine-worker-client.ts) and the terminal's input is read by the
 * interrupt guard (interrupt-guard.ts), so this thread is free to read keys at any moment: Ctrl+C ends
 * the session at once, even in the middle of a re-simulation or with other keys in the same chunk.
 */
import { PlancastError } from '../core/errors.js';
import { translate } from '../core/report/messages.js';
import { startEngineClient } from './engine-worker-client.js';
import { askFirstScreenAhead, type FirstScreen } from './first-screen.js';
import { isScenarioFileName } from './scenario-option.js';
import { guardInterrupt } from './interrupt-guard.js';
import type { SessionState } from './session-state.js';
import { preferredLanguage, terminalRefusal } from './terminal-check.js';

export interface TuiOptions {
  region?: string;
  indicator?: string;
  scenario?: string;
  data?: string;
  catalog?: string;
  models?: string;
  paths?: number;
  seed?: number;
  lang?: string;
}

const ENTER_ALTERNATE_SCREEN = '\u001B[?1049h\u001B[H';
const LEAVE_ALTERNATE_SCREEN = '\u001B[?1049l';
const SHOW_CURSOR = '\u001B[?25h';
const SIGNALS: NodeJS.Signals[] = ['SIGTERM', 'SIGHUP', 'SIGINT'];
const SIGNAL_NUMBERS: Partial<Record<NodeJS.Signals, number>> = { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 };

/** Runs the session; resolves with the exit code. */
/** Where the session's own messages go when it cannot start or stops on an error. */
export interface SessionMessages {
  err(text: string): void;
}

export async function runTui(options: TuiOptions, io: SessionMessages): Promise<number> {
  const language = preferredLanguage(options.lang);
  const refusal = terminalRefusal();
  if (refusal !== undefined) {
    io.err(translate(language, refusal));
    return 2;
  }
  const engineOptions = { ...options, scenarioFiles: isScenarioFileName(options.scenario) ? [options.scenario] : [] };
  // The engine's thread loads the data and checks the options while this thread loads the screen's modules.
  const client = startEngineClient(engineOptions, async () => (await import('./engine.js')).loadPipelineEngine(engineOptions));
  let initialState: SessionState;
  let firstScreen: FirstScreen | undefined;
  let screen: [typeof import('ink'), typeof import('react'), typeof import('./app.js'), typeof import('./session-state.js'), typeof import('./session-dialogs.js')];
  try {
    const started = client.start({ ...(options.region !== undefined ? { region: options.region } : {}), ...(options.indicator !== undefined ? { indicator: options.indicator } : {}), ...(options.scenario !== undefined ? { scenario: options.scenario } : {}) });
    started.catch(() => {}); // awaited below, after the modules
    // React is CommonJS: its exports are read from the module's default (module.exports), which Node and the
    // esbuild bundle (dist/bundle/, where a dynamically imported CommonJS package exports only its default) both give.
    screen = await Promise.all([import('ink'), import('react').then((react) => react.default), import('./app.js'), import('./session-state.js'), import('./session-dialogs.js')]);
    const start = await started;
    initialState = screen[3].initialSessionState({
      regions: start.regions, scenarios: start.scenarios, language, scenarioId: start.scenarioId, leverRows: start.leverRows,
      ...(start.region !== undefined ? { region: start.region } : {}), ...(start.indicator !== undefined ? { indicator: start.indicator } : {}),
    });
    // What the first screen shows is asked for first, before the screen asks: the indicator prepared, then
    // its projection queued right behind it on the engine's thread (which keeps its last view), so the
    // session's own calls find both ready instead of waiting a frame to ask.
    if (start.region !== undefined && start.indicator !== undefined) {
      firstScreen = askFirstScreenAhead(client, { region: start.region, indicator: start.indicator, scenarioId: initialState.scenarioId, adjustments: initialState.adjustments }, screen[4].requestKey);
    }
  } catch (error) {
    await client.close();
    throw error;
  }
  const [{ render }, { createElement }, { App }] = screen;

  let inAlternateScreen = true;
  let failure: unknown;
  let signalled: NodeJS.Signals | undefined;
  let ended = false;
  let instance: ReturnType<typeof render> | undefined;
  const end = () => {
    if (ended) return;
    ended = true;
    instance?.unmount();
  };
  const fail = (error: unknown) => {
    failure = error;
    end();
  };
  // A signal (kill, a closed terminal) ends the session like q does, so the screen is restored first.
  const stop = (signal: NodeJS.Signals) => {
    signalled = signal;
    end();
  };
  process.stdout.write(ENTER_ALTERNATE_SCREEN);
  // The guard reads keys from before the first frame (Ink draws before it listens) and ends the session
  // on Ctrl+C wherever it is in what was read.
  const guard = guardInterrupt(process.stdin, end);
  const restore = () => {
    guard.release();
    if (!inAlternateScreen) return;
    inAlternateScreen = false;
    process.stdout.write(`${LEAVE_ALTERNATE_SCREEN}${SHOW_CURSOR}`);
  };
  process.once('exit', restore);
  process.on('uncaughtException', fail);
  process.on('unhandledRejection', fail);
  for (const signal of SIGNALS) process.on(signal, stop);
  try {
    instance = render(createElement(App, { engine: firstScreen?.client ?? client, initialState, directory: process.cwd(), ...(firstScreen !== undefined ? { settledView: firstScreen.settledView } : {}) }), { stdin: guard.keys, exitOnCtrlC: false, maxFps: 60 });
    if (ended) instance.unmount();
    await instance.waitUntilExit();
  } catch (error) {
    failure ??= error;
  } finally {
    process.off('uncaughtException', fail);
    process.off('unhandledRejection', fail);
    for (const signal of SIGNALS) process.off(signal, stop);
    restore();
    process.off('exit', restore);
    await client.close();
  }
  if (signalled !== undefined) return 128 + (SIGNAL_NUMBERS[signalled] ?? 15);
  if (failure !== undefined) {
    if (failure instanceof PlancastError) throw failure;
    io.err(`plancast tui: the session stopped on an error: ${failure instanceof Error ? failure.message : String(failure)}`);
    if (process.env.PLANCAST_DEBUG === '1' && failure instanceof Error && failure.stack) io.err(failure.stack);
    return 1;
  }
  return 0;
}

/**
 * The session's engine thread, started first thing when the arguments open the session (`plancast tui` in a
 * terminal, or bare `plancast` in one): src/cli/main.ts calls `prestartSessionEngine` before it loads the
 * CLI, so the engine's code — the whole pipeline — loads on its thread while this one loads commander, the
 * command, Ink and React. The thread waits for the session's options (engine-worker.ts), which
 * engine-worker-client.ts sends when it takes it. A process that opens no session after all (a refused
 * option, an error) leaves it unreferenced: it does not keep the process alive.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { isInteractiveTerminal } from './terminal-check.js';

/** What the engine thread is started with when its options come later, by message. */
export const AWAIT_OPTIONS = { awaitOptions: true } as const;

/** The compiled engine worker script beside this file (dist/bundle/ or dist/src/tui/), or none when running from src/. */
export function engineWorkerScript(): URL | undefined {
  const url = new URL('./engine-worker.js', import.meta.url);
  return existsSync(fileURLToPath(url)) ? url : undefined;
}

/** Whether these arguments open the session: `tui` without --help, or none, in an interactive terminal. */
export function argumentsOpenSession(argv: readonly string[], interactive: boolean = isInteractiveTerminal()): boolean {
  if (!interactive) return false;
  return argv.length === 0 || (argv[0] === 'tui' && !argv.some((argument) => argument === '--help' || argument === '-h'));
}

let prestarted: { worker: Worker; failed: boolean } | undefined;

export function prestartSessionEngine(argv: readonly string[], interactive: boolean = isInteractiveTerminal()): void {
  const script = argumentsOpenSession(argv, interactive) ? engineWorkerScript() : undefined;
  if (script === undefined || prestarted !== undefined) return;
  const started = { worker: new Worker(script, { workerData: AWAIT_OPTIONS }), failed: false };
  started.worker.unref();
  // a thread that failed or ended before the session took it is not handed out (the session starts another)
  started.worker.once('error', () => { started.failed = true; });
  started.worker.once('exit', () => { started.failed = true; });
  prestarted = started;
}

/** The engine thread started ahead, once, if it is still running; the caller sends it its options and refs it. */
export function takePrestartedEngine(): Worker | undefined {
  const taken = prestarted;
  prestarted = undefined;
  if (taken === undefined || taken.failed) return undefined;
  return taken.worker;
}

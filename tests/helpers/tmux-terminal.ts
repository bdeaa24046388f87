/**
 * A real terminal for end-to-end tests of the session: a tmux server on a private socket running a plain
 * bash, with the keys sent, the screen captured and tmux's own view of the pane (alternate screen on or
 * off, cursor shown or hidden, the command in the foreground) read back. Waits poll the screen; they bound
 * how long a test may hang, they assert nothing about speed. (The same way as tests/tui/tui-e2e.test.ts.)
 */
import { spawnSync } from 'node:child_process';

const environment = { ...process.env, LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8', TERM: 'xterm-256color' };

export interface TmuxTerminal {
  /** runs a tmux command against this server and returns its output */
  tmux(...args: string[]): string;
  screen(): string;
  /** types text literally */
  type(text: string): void;
  /** sends tmux key names (Enter, C-c, +, …); several in one call reach the program together */
  keys(...keys: string[]): void;
  /** tmux's format variables of the pane, e.g. '#{alternate_on} #{cursor_flag}' */
  display(format: string): string;
  waitFor(test: (text: string) => boolean, what: string, timeout?: number): Promise<string>;
  close(): void;
}

export function startTmuxTerminal(name: string, folder: string, size = { columns: 100, rows: 30 }): TmuxTerminal {
  const socket = `plancast-${name}-${process.pid}`;
  const session = 'plancast';
  const tmux = (...args: string[]): string => {
    const run = spawnSync('tmux', ['-L', socket, '-f', '/dev/null', ...args], { encoding: 'utf8', env: environment });
    if (run.error) throw new Error(`tmux could not run (${run.error.message}): the end-to-end test needs tmux — install it (apt-get install tmux; .ci/run does)`);
    if (run.status !== 0) throw new Error(`tmux ${args.join(' ')} failed: ${run.stderr}`);
    return run.stdout;
  };
  const screen = () => tmux('capture-pane', '-p', '-t', session);
  const terminal: TmuxTerminal = {
    tmux,
    screen,
    type: (text) => void tmux('send-keys', '-t', session, '-l', text),
    keys: (...keys) => void tmux('send-keys', '-t', session, ...keys),
    display: (format) => tmux('display-message', '-p', '-t', session, format).trim(),
    async waitFor(test, what, timeout = 30_000) {
      const until = Date.now() + timeout;
      for (;;) {
        const text = screen();
        if (test(text)) return text;
        if (Date.now() > until) throw new Error(`timed out after ${timeout} ms waiting for ${what}; the screen shows:\n${text}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    close: () => void spawnSync('tmux', ['-L', socket, 'kill-server'], { env: environment }),
  };
  tmux('-u', 'new-session', '-d', '-s', session, '-x', String(size.columns), '-y', String(size.rows), '-c', folder, 'bash --norc --noprofile');
  terminal.type("export PS1='$ '; clear");
  terminal.keys('Enter');
  return terminal;
}

/**
 * Whether the session can run here, and in which language, decided without loading Ink or React, so the
 * CLI can refuse cheaply and clearly when input or output is not a terminal (a pipe, CI).
 */
import type { Language } from '../core/report/messages.js';

interface MaybeTerminal {
  isTTY?: boolean;
}

/** Why the session cannot run here, as the message key that says so; undefined when it can. */
export function terminalRefusal(input: MaybeTerminal = process.stdin, output: MaybeTerminal = process.stdout, environment: NodeJS.ProcessEnv = process.env): 'tui.needs-terminal' | 'tui.dumb-terminal' | undefined {
  if (!(input.isTTY && output.isTTY)) return 'tui.needs-terminal';
  return environment.TERM === 'dumb' ? 'tui.dumb-terminal' : undefined;
}

/** Both ends are terminals, and the terminal can move the cursor (TERM=dumb cannot draw the session). */
export function isInteractiveTerminal(input: MaybeTerminal = process.stdin, output: MaybeTerminal = process.stdout, environment: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(input.isTTY && output.isTTY) && environment.TERM !== 'dumb';
}

/** --lang if given, else Chinese for a zh locale, else English. */
export function preferredLanguage(option: string | undefined, environment: NodeJS.ProcessEnv = process.env): Language {
  if (option === 'zh' || option === 'en') return option;
  const locale = environment.LC_ALL || environment.LC_MESSAGES || environment.LANG || '';
  return /^zh/i.test(locale) ? 'zh' : 'en';
}

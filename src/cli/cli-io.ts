/**
 * Where a command writes. Commands get this instead of touching process.stdout, so tests can run them
 * in-process and read what they printed. runCli puts every line through the terminal filter
 * (terminal-text.ts) first.
 */
import { sanitizeForTerminal } from './terminal-text.js';

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

export const processIo: CliIo = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
};

/** The process's streams behind the terminal filter (what runCli uses for the real terminal). */
export const safeProcessIo: CliIo = {
  out: (text) => processIo.out(sanitizeForTerminal(text)),
  err: (text) => processIo.err(sanitizeForTerminal(text)),
};

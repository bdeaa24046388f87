/**
 * Builds the `plancast` command tree and runs it, turning every failure into a clear message and an exit
 * code: 0 success, 1 a run that failed, 2 bad input or usage (report-failure.ts for plancast's own
 * failures). Building the tree is light: the commands are there by name (command-registry.ts), a command's
 * options are defined when a run names it (command-tree.ts) and its work imported when it runs
 * (lazy-action.ts), so `plancast --help` loads commander and the registry, nothing else.
 */
import { Command, CommanderError } from 'commander';
import { readPackageVersion } from '../io/project-paths.js';
import type { CliIo } from './cli-io.js';
import { COMMANDS } from './command-registry.js';
import { addRegisteredCommands, applyOutputSettings, defineNamedCommands } from './command-tree.js';
import { processIo, safeProcessIo } from './cli-io.js';
import { sanitizeForTerminal } from './terminal-text.js';
import { isInteractiveTerminal } from '../tui/terminal-check.js';

/** The program with every command by name and description; a command's options come when a run names it (command-tree.ts). */
export function createProgram(io: CliIo): Command {
  const program = applyOutputSettings(new Command('plancast'), io)
    .description('Forecast and assess science & technology five-year-plan targets (Chongqing district plans)')
    .version(readPackageVersion(), '-V, --version', 'print the plancast version')
    .showHelpAfterError('(run `plancast --help` for the commands)');
  addRegisteredCommands(program, COMMANDS, io);
  return program;
}

/** Bare `plancast` in a terminal opens the interactive session; elsewhere (a pipe, CI, tests) it prints the help as before. */
function opensSession(argv: readonly string[], io: CliIo): boolean {
  return argv.length === 0 && (io === processIo || io === safeProcessIo) && isInteractiveTerminal();
}

export interface RunOptions {
  /** Runs before the command the arguments name is defined (the executable's V8 settings, main.ts); not when they name none (the program's or a group's help, --version). */
  readonly beforeCommand?: () => Promise<unknown>;
}

export async function runCli(argv: readonly string[], rawIo: CliIo, options: RunOptions = {}): Promise<number> {
  // Everything printed passes through the terminal filter: data never reaches the terminal as control codes.
  const io: CliIo = rawIo === processIo ? safeProcessIo : { out: (text) => rawIo.out(sanitizeForTerminal(text)), err: (text) => rawIo.err(sanitizeForTerminal(text)) };
  const program = createProgram(io);
  const words = opensSession(argv, rawIo) ? ['tui'] : argv;
  try {
    await defineNamedCommands(program, words, io, options.beforeCommand);
    await program.parseAsync(words, { from: 'user' });
    return 0;
  } catch (error) {
    // help and --version end in a CommanderError with exit code 0; usage errors have already been printed.
    if (error instanceof CommanderError) return error.exitCode === 0 || error.code === 'commander.helpDisplayed' || error.code === 'commander.version' ? 0 : 2;
    // plancast's own failures are told by report-failure.ts, loaded only when one happens
    const { reportFailure } = await import('./report-failure.js');
    return reportFailure(error, io);
  }
}

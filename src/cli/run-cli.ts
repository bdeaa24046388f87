/**
 * Builds the `plancast` command tree and runs it, turning every failure into a clear message and an exit
 * code: 0 success, 1 a run that failed, 2 bad input or usage. No stack trace reaches a user unless
 * PLANCAST_DEBUG=1.
 */
import { Command, CommanderError } from 'commander';
import { DataValidationError } from '../core/records/dataset.js';
import { PlancastError } from '../core/errors.js';
import { formatIssue } from '../core/validation/validation-issue.js';
import { readPackageVersion } from '../io/project-paths.js';
import type { CliIo } from './cli-io.js';
import { ExitSignal } from './exit-signal.js';
import { registerDataCommands } from './commands/data.js';
import { registerCompareCommand } from './commands/compare.js';
import { registerFeasibilityCommand } from './commands/feasibility.js';
import { registerEvaluateCommand } from './commands/evaluate.js';
import { registerFitCommand } from './commands/fit.js';
import { registerForecastCommand } from './commands/forecast.js';
import { registerProjectCommand } from './commands/project.js';
import { registerReportCommand } from './commands/report.js';
import { registerScenarioCommands } from './commands/scenarios.js';
import { registerSensitivityCommand } from './commands/sensitivity.js';
import { registerStartCommand } from './commands/start.js';
import { registerTuiCommand } from './commands/tui.js';
import { processIo } from './cli-io.js';
import { isInteractiveTerminal } from '../tui/terminal-check.js';

export function createProgram(io: CliIo): Command {
  const program = new Command('plancast')
    .description('Forecast and assess science & technology five-year-plan targets (Chongqing district plans)')
    .version(readPackageVersion(), '-V, --version', 'print the plancast version')
    .showSuggestionAfterError(true)
    .showHelpAfterError('(run `plancast --help` for the commands)')
    .exitOverride()
    .configureOutput({ writeOut: (text) => io.out(text), writeErr: (text) => io.err(text) });
  registerStartCommand(program, io);
  registerDataCommands(program, io);
  registerScenarioCommands(program, io);
  registerFitCommand(program, io);
  registerProjectCommand(program, io);
  registerFeasibilityCommand(program, io);
  registerCompareCommand(program, io);
  registerSensitivityCommand(program, io);
  registerForecastCommand(program, io);
  registerEvaluateCommand(program, io);
  registerReportCommand(program, io);
  registerTuiCommand(program, io);
  for (const command of program.commands) applyOutputSettings(command, io);
  return program;
}

function applyOutputSettings(command: Command, io: CliIo): void {
  command.exitOverride().configureOutput({ writeOut: (text) => io.out(text), writeErr: (text) => io.err(text) }).showSuggestionAfterError(true);
  for (const child of command.commands) applyOutputSettings(child, io);
}

export function reportFailure(error: unknown, io: CliIo): number {
  if (error instanceof CommanderError) {
    // help and --version end in a CommanderError with exit code 0; usage errors have already been printed.
    if (error.exitCode === 0 || error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return 0;
    return 2;
  }
  if (error instanceof ExitSignal) return error.exitCode;
  if (error instanceof DataValidationError) {
    for (const issue of error.issues) io.err(formatIssue(issue));
    io.err(`${error.message}\n  remedy: ${error.remedy ?? ''}`);
    return error.exitCode;
  }
  if (error instanceof PlancastError) {
    io.err(`error ${error.code}: ${error.message}${error.remedy ? `\n  remedy: ${error.remedy}` : ''}`);
    return error.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.err(`plancast: internal error: ${message}\n  This is a bug in plancast; rerun with PLANCAST_DEBUG=1 for details and report it.`);
  if (process.env.PLANCAST_DEBUG === '1' && error instanceof Error && error.stack) io.err(error.stack);
  return 1;
}

/** Bare `plancast` in a terminal opens the interactive session; elsewhere (a pipe, CI, tests) it prints the help as before. */
function opensSession(argv: readonly string[], io: CliIo): boolean {
  return argv.length === 0 && io === processIo && isInteractiveTerminal();
}

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const program = createProgram(io);
  try {
    await program.parseAsync(opensSession(argv, io) ? ['tui'] : argv, { from: 'user' });
    return 0;
  } catch (error) {
    return reportFailure(error, io);
  }
}

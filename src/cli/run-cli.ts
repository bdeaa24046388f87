/**
 * Builds the `plancast` command tree and runs it, turning every failure into a clear message and an exit
 * code (report-failure.ts): 0 success, 1 a run that failed, 2 bad input or usage. Building the tree is
 * light: each command's work is imported only when it runs (lazy-action.ts), so `plancast --help` loads
 * commander and the command definitions, nothing else.
 */
import { Command } from 'commander';
import { readPackageVersion } from '../io/project-paths.js';
import type { CliIo } from './cli-io.js';
import { reportFailure } from './report-failure.js';
import { registerDataCommands } from './commands/data.js';
import { registerCompareCommand } from './commands/compare.js';
import { registerFeasibilityCommand } from './commands/feasibility.js';
import { registerEvaluateCommand } from './commands/evaluate.js';
import { registerFitCommand } from './commands/fit.js';
import { registerForecastCommand } from './commands/forecast.js';
import { registerProjectCommand } from './commands/project.js';
import { registerReportCommand } from './commands/report.js';
import { registerProposeCommand } from './commands/propose.js';
import { registerScenarioCommands } from './commands/scenarios.js';
import { registerSensitivityCommand } from './commands/sensitivity.js';
import { registerStartCommand } from './commands/start.js';
import { registerTemplateCommand } from './commands/template.js';
import { registerTuiCommand } from './commands/tui.js';
import { processIo, safeProcessIo } from './cli-io.js';
import { sanitizeForTerminal } from './terminal-text.js';
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
  registerProposeCommand(program, io);
  registerTemplateCommand(program, io);
  registerTuiCommand(program, io);
  for (const command of program.commands) applyOutputSettings(command, io);
  return program;
}

function applyOutputSettings(command: Command, io: CliIo): void {
  command.exitOverride().configureOutput({ writeOut: (text) => io.out(text), writeErr: (text) => io.err(text) }).showSuggestionAfterError(true);
  for (const child of command.commands) applyOutputSettings(child, io);
}

/** Bare `plancast` in a terminal opens the interactive session; elsewhere (a pipe, CI, tests) it prints the help as before. */
function opensSession(argv: readonly string[], io: CliIo): boolean {
  return argv.length === 0 && (io === processIo || io === safeProcessIo) && isInteractiveTerminal();
}

export async function runCli(argv: readonly string[], rawIo: CliIo): Promise<number> {
  // Everything printed passes through the terminal filter: data never reaches the terminal as control codes.
  const io: CliIo = rawIo === processIo ? safeProcessIo : { out: (text) => rawIo.out(sanitizeForTerminal(text)), err: (text) => rawIo.err(sanitizeForTerminal(text)) };
  const program = createProgram(io);
  try {
    await program.parseAsync(opensSession(argv, rawIo) ? ['tui'] : argv, { from: 'user' });
    return 0;
  } catch (error) {
    return reportFailure(error, io);
  }
}

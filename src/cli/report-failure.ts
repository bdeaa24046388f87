/**
 * How a failure becomes a message and an exit code: the error's own code for plancast's typed errors, 1
 * for anything else — which is a bug, said as such. No stack trace reaches a user unless PLANCAST_DEBUG=1.
 * (Commander's own ends — help, --version, usage errors it has printed — are told apart in run-cli.ts.)
 */
import { PlancastError } from '../core/errors.js';
import { DataValidationError } from '../core/records/dataset.js';
import { formatIssue } from '../core/validation/validation-issue.js';
import type { CliIo } from './cli-io.js';
import { ExitSignal } from './exit-signal.js';

export function reportFailure(error: unknown, io: CliIo): number {
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

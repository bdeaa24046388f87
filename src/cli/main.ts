#!/usr/bin/env node
/**
 * The `plancast` executable: runs the CLI with the process's arguments and exits with its code. Output
 * that cannot be written ends the run with a plain message and exit 1 (a full disk, /dev/full), or
 * quietly with exit 0 when the reader closed the pipe (`plancast data show … | head`).
 */
import { processIo } from './cli-io.js';
import { runCli } from './run-cli.js';

/** Set once the run has an exit code, or has ended itself (process.exit below). */
let settled = false;

const REASONS: Record<string, string> = { ENOSPC: 'no space left on the device', EIO: 'an input/output error', EFBIG: 'the file is too large', EDQUOT: 'the disk quota is used up', EBADF: 'the output is closed', EACCES: 'permission denied' };

function failedOutput(stream: 'standard output' | 'standard error') {
  return (error: NodeJS.ErrnoException): void => {
    settled = true;
    if (error.code === 'EPIPE') process.exit(stream === 'standard output' ? 0 : 1);
    const reason = REASONS[error.code ?? ''] ?? error.code ?? 'an unknown error';
    if (stream === 'standard output') {
      try {
        process.stderr.write(`error E_OUTPUT_FAILED: cannot write to standard output: ${reason}${error.code ? ` (${error.code})` : ''}\n  remedy: free space on the device the output goes to, or send it elsewhere\n`);
      } catch {
        // nothing more can be said
      }
    }
    process.exit(1);
  };
}

process.stdout.on('error', failedOutput('standard output'));
process.stderr.on('error', failedOutput('standard error'));

// A run whose work stops waiting on nothing (a bug) must not look like a success: with nothing left to
// do, Node would end the process with 0. Exit 13, as Node does for a top-level await that never settles.
process.on('exit', () => {
  if (settled) return;
  process.exitCode = 13;
  try {
    process.stderr.write('plancast: internal error: the command stopped before it finished\n  This is a bug in plancast; rerun with PLANCAST_DEBUG=1 for details and report it.\n');
  } catch {
    // nothing more can be said
  }
});

// V8's settings (v8-settings.ts) hold before a command's own code loads; the program's help and --version need none
void runCli(process.argv.slice(2), processIo, { beforeCommand: () => import('./v8-settings.js') }).then((exitCode) => {
  settled = true;
  process.exitCode = exitCode;
});

#!/usr/bin/env node
/** The `plancast` executable: runs the CLI with the process's arguments and exits with its code. */
import { processIo } from './cli-io.js';
import { runCli } from './run-cli.js';

// `plancast data show … | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const exitCode = await runCli(process.argv.slice(2), processIo);
process.exitCode = exitCode;

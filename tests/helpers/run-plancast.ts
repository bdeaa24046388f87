/** Runs the CLI in-process and captures what it printed. */
import { runCli } from '../../src/cli/run-cli.js';

export interface CliRun {
  exitCode: number;
  stdout: string;
  stderr: string;
}

export async function runPlancast(...argv: string[]): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const exitCode = await runCli(argv, {
    out: (text) => { stdout += text.endsWith('\n') ? text : `${text}\n`; },
    err: (text) => { stderr += text.endsWith('\n') ? text : `${text}\n`; },
  });
  return { exitCode, stdout, stderr };
}

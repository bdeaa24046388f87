/**
 * Writes a region's report from the session by running the CLI as a child process:
 *   node dist/src/cli/main.js report --region R --scenario S --out reports/R
 * The child gets no terminal input (the session keeps the keyboard); its outcome comes back as one line
 * for the status bar: where the report went, or the first error line the CLI printed.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { projectRoot } from '../io/project-paths.js';

export interface ReportRequest {
  region: string;
  /** a scenario id or a saved scenario file */
  scenario: string;
  /** the folder the CLI runs in (reports/<region> is relative to it) */
  directory: string;
}

export interface ReportOutcome {
  ok: boolean;
  /** the report folder when ok, else why it failed */
  detail: string;
}

const running = new Set<ChildProcess>();

/** The built CLI (the session may itself run from the TypeScript sources in tests). */
export const CLI_ENTRY = join(projectRoot, 'dist', 'src', 'cli', 'main.js');

/** The most telling line of what a failed command printed: an error line if there is one. */
export function failureLine(output: string, exitCode: number | null): string {
  const lines = output.split('\n').map((line) => line.trim()).filter(Boolean);
  return lines.find((line) => /^error|error:/i.test(line)) ?? lines[0] ?? `exit code ${exitCode ?? 'unknown'}`;
}

export function writeReport(request: ReportRequest): Promise<ReportOutcome> {
  const out = join('reports', request.region);
  return new Promise((resolve) => {
    let output = '';
    let child: ChildProcess;
    try {
      child = spawn(process.execPath, [CLI_ENTRY, 'report', '--region', request.region, '--scenario', request.scenario, '--out', out], {
        cwd: request.directory, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
      });
    } catch (error) {
      resolve({ ok: false, detail: error instanceof Error ? error.message : String(error) });
      return;
    }
    running.add(child);
    child.stdout?.on('data', (chunk: Buffer) => { output += chunk.toString('utf8'); });
    child.stderr?.on('data', (chunk: Buffer) => { output += chunk.toString('utf8'); });
    child.on('error', (error) => {
      running.delete(child);
      resolve({ ok: false, detail: error.message });
    });
    child.on('close', (code) => {
      running.delete(child);
      resolve(code === 0 ? { ok: true, detail: out } : { ok: false, detail: failureLine(output, code) });
    });
  });
}

/** Stops reports still running (the session is ending). */
export function stopReports(): void {
  for (const child of running) child.kill();
  running.clear();
}

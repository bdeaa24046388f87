/**
 * `plancast tui` outside a terminal, bare `plancast`, and the fast start of every other command: the
 * built CLI refuses clearly with exit code 2 when input or output is a pipe, bare `plancast` keeps
 * printing the help there, and nothing but the tui command's own action can reach Ink or React.
 * (Needs `npm run build`, which `npm test` runs first.)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/io/project-paths.js';
import { PlancastError } from '../../src/core/errors.js';
import { failureLine } from '../../src/tui/report-runner.js';
import { loadPipelineEngine } from '../../src/tui/engine.js';
import { staticClosure } from '../helpers/import-graph.js';
import { runPlancast } from '../helpers/run-plancast.js';

const CLI = join(projectRoot, 'dist', 'src', 'cli', 'main.js');

function runBuilt(args: string[], environment: NodeJS.ProcessEnv = {}) {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` first (npm test does)`);
  return spawnSync(process.execPath, [CLI, ...args], { input: '', encoding: 'utf8', env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '', ...environment }, timeout: 60_000 });
}

describe('plancast tui outside a terminal', () => {
  it('says which commands to use instead and exits 2, without a stack trace', () => {
    const run = runBuilt(['tui', '--region', 'yubei']);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^plancast tui needs an interactive terminal/);
    expect(run.stderr).toMatch(/plancast feasibility --region yubei.*plancast report --region yubei/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('says it in Chinese under a Chinese locale or --lang zh', () => {
    expect(runBuilt(['tui'], { LANG: 'zh_CN.UTF-8' }).stderr).toMatch(/^plancast tui 需要交互式终端/);
    expect(runBuilt(['tui', '--lang', 'zh']).stderr).toMatch(/请改用命令行/);
  });

  it('refuses in-process too (the test runner is not a terminal)', async () => {
    const run = await runPlancast('tui');
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(/needs an interactive terminal/);
  });

  it('checks its options like any command', async () => {
    const run = await runPlancast('tui', '--paths', '5');
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(/--paths must be a whole number/);
    expect((await runPlancast('tui', '--lang', 'fr')).stderr).toMatch(/--lang must be zh or en/);
  });
});

describe('bare plancast and the other commands', () => {
  it('prints the help when not in a terminal, exactly as before', () => {
    const run = runBuilt([]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^Usage: plancast \[options\] \[command\]/);
    expect(run.stderr).toMatch(/tui \[options\]/);
  });

  it('keeps --help and --version', () => {
    const help = runBuilt(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/tui \[options\]\s+interactive session/);
    expect(runBuilt(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    expect(runBuilt(['no-such-command']).status).toBe(2);
  });

  it('never reaches Ink or React through static imports; the tui command imports the session lazily', () => {
    // what `plancast tui` loads before its action: the executable and the command's definition
    const { files, packages } = staticClosure(CLI, join(projectRoot, 'dist', 'src', 'cli', 'commands', 'tui.js'));
    expect(files.size).toBeGreaterThan(10);
    expect([...files].some((file) => file.endsWith(join('cli', 'option-parsers.js')))).toBe(true); // the closure is followed (the check can fail)
    expect([...packages].filter((name) => ['ink', 'react', 'react-reconciler', 'yoga-layout'].includes(name))).toEqual([]);
    expect([...files].some((file) => file.endsWith(join('tui', 'run-tui.js')))).toBe(false);
    expect(readFileSync(join(projectRoot, 'dist', 'src', 'cli', 'commands', 'tui.js'), 'utf8')).toMatch(/await import\(['"]\.\.\/\.\.\/tui\/run-tui\.js['"]\)/);
    expect(staticClosure(join(projectRoot, 'dist', 'src', 'tui', 'app.js')).packages).toContain('ink'); // the check can fail
  });
});

describe('the report key', () => {
  it('writes the report in-process with the session\'s workspace, and brings back the error line when it fails', async () => {
    const engine = await loadPipelineEngine({ paths: 200 });
    const outcome = await engine.writeReport({ region: 'nowhere', scenario: 'baseline', directory: projectRoot });
    expect(outcome.ok).toBe(false);
    expect(outcome.detail).toMatch(/^error E_UNKNOWN_REGION: unknown region "nowhere"/);
  });

  it('says the first line of an error, with its code when it has one', () => {
    expect(failureLine(new PlancastError('E_X', 'first\nsecond'))).toBe('error E_X: first');
    expect(failureLine(new Error('plain\nmore'))).toBe('plain');
    expect(failureLine('text')).toBe('text');
  });
});

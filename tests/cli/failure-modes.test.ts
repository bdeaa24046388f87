/**
 * Failures that used to end as "internal error" or a stack trace now end with a code (issue 14, item 8):
 * a YAML alias bomb in a scenario or model spec, stdout on a full disk; and the terminal session is not
 * started on a terminal that cannot draw it (TERM=dumb).
 */
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/io/project-paths.js';
import { isInteractiveTerminal, terminalRefusal } from '../../src/tui/terminal-check.js';
import { runPlancast } from '../helpers/run-plancast.js';
import { useTemporaryDirectory } from '../helpers/temporary-files.js';

const files = useTemporaryDirectory('plancast-failure-modes-');
const CLI = join(projectRoot, 'dist', 'bundle', 'plancast.cjs'); // what `plancast` and `npm start` run (scripts/bundle.mjs)

/** The "billion laughs": nine levels of nine aliases each. */
function aliasBomb(top: string): string {
  const lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let level = 1; level <= 9; level++) lines.push(`a${level}: &a${level} [${Array.from({ length: 9 }, () => `*a${level - 1}`).join(',')}]`);
  lines.push(`${top}: *a9`);
  return `${lines.join('\n')}\n`;
}

describe('a YAML alias bomb is E_YAML_SYNTAX with the file, not an internal error', () => {
  it('in a scenario file', async () => {
    const file = files.write('bomb.yaml', `id: bomb\n${aliasBomb('description')}`);
    for (const argv of [['scenarios', 'validate', file], ['scenarios', 'show', file]]) {
      const run = await runPlancast(...argv);
      expect(run.exitCode).toBe(2);
      expect(run.stderr).toMatch(/E_YAML_SYNTAX.*bomb\.yaml.*alias/s);
      expect(run.stderr).not.toContain('internal error');
    }
  });

  it.each([
    ['a catalogue', (file: string) => ['data', 'validate', '--catalog', file]],
    ['a plan calendar', (file: string) => ['data', 'list', '--plans', file]],
    ['a presets file', (file: string) => ['feasibility', '--region', 'yubei', '--paths', '200', '--presets', file]],
  ])('in %s, said in plancast\'s words with the remedy for anchors', async (_, argv) => {
    const file = files.write('extra-bomb.yaml', aliasBomb('indicators'));
    const run = await runPlancast(...argv(file));
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(/E_YAML_SYNTAX.*extra-bomb\.yaml.*"alias bomb"/s);
    expect(run.stderr).toContain('anchors');
    expect(run.stderr).not.toMatch(/resource exhaustion|internal error/);
  });

  it('in a model spec', async () => {
    const file = files.write('models-bomb.yaml', aliasBomb('specs'));
    const run = await runPlancast('fit', '--region', 'yubei', '--indicator', 'rd_intensity', '--models', file);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(/E_YAML_SYNTAX.*models-bomb\.yaml/s);
  });
});

describe('output that cannot be written', () => {
  it('stdout on a full disk (/dev/full) ends with a clear message and exit 1, no stack trace', () => {
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` first (npm test does)`);
    const full = openSync('/dev/full', 'w');
    try {
      const run = spawnSync(process.execPath, [CLI, 'data', 'list'], { stdio: ['ignore', full, 'pipe'], encoding: 'utf8' });
      expect(run.status).toBe(1);
      expect(run.stderr).toContain('E_OUTPUT_FAILED');
      expect(run.stderr).toContain('no space left');
      expect(run.stderr).not.toMatch(/^\s+at /m);
    } finally {
      closeSync(full);
    }
  });
});

describe('TERM=dumb', () => {
  it('is not a terminal the session can draw on', () => {
    expect(isInteractiveTerminal({ isTTY: true }, { isTTY: true }, { TERM: 'xterm-256color' })).toBe(true);
    expect(isInteractiveTerminal({ isTTY: true }, { isTTY: true }, { TERM: 'dumb' })).toBe(false);
    // and says which: TERM=dumb is not "not a terminal"
    expect(terminalRefusal({ isTTY: true }, { isTTY: true }, { TERM: 'dumb' })).toBe('tui.dumb-terminal');
    expect(terminalRefusal({ isTTY: false }, { isTTY: true }, { TERM: 'dumb' })).toBe('tui.needs-terminal');
    expect(terminalRefusal({ isTTY: true }, { isTTY: true }, { TERM: 'xterm' })).toBeUndefined();
  });
});

describe('--paths at most what a report can hold in 2 GB', () => {
  it('accepts 200,000 and refuses more (1,000,000 needed 8.85 GB)', async () => {
    const { MAX_PATH_COUNT, parsePathCount } = await import('../../src/cli/option-parsers.js');
    expect(MAX_PATH_COUNT).toBe(200_000);
    expect(parsePathCount('200000')).toBe(200_000);
    expect(() => parsePathCount('200001')).toThrow(/from 100 to 200000/);
    const run = await runPlancast('project', '--region', 'yubei', '--paths', '1000000');
    expect(run.exitCode).toBe(2);
  });
});

describe('the bundled executable tells failures from both of its halves (scripts/bundle.mjs)', () => {
  it.each([
    // commander's usage errors, in the front (a command's definition from the back)
    [['feasibility'], 2, /^error: required option '--region <region>' not specified\n\(run `plancast --help` for the commands\)\n$/],
    [['feasibility', '--region', 'yubei', '--paths', 'abc'], 2, /^error: option '--paths <n>' argument 'abc' is invalid\. --paths must be a whole number from 100 to 200000 \(got "abc"\)/],
    [['report', '--lang', 'xx'], 2, /Allowed choices are zh, en\./],
    [['feasibilty'], 2, /unknown command 'feasibilty'\n\(Did you mean feasibility\?\)/],
    // plancast's own error, thrown in the back, told by report-failure.ts
    [['feasibility', '--region', 'nowhere'], 2, /^error E_UNKNOWN_REGION: unknown region "nowhere"\n  remedy: use one of: /],
    [['data', 'validate', '/nonexistent/plancast.csv'], 2, /error E_UNREADABLE_FILE: the file does not exist\n  remedy: check the path/],
  ])('%j exits %i with its message', (args, code, message) => {
    const run = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', timeout: 60_000 });
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/internal error|\n\s+at /);
    expect(run.status).toBe(code);
  });
});

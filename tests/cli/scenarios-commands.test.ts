import { describe, expect, it } from 'vitest';
import { runPlancast } from '../helpers/run-plancast.js';
import { useTemporaryDirectory } from '../helpers/temporary-files.js';

const files = useTemporaryDirectory();

describe('plancast scenarios', () => {
  it('lists the shipped scenarios', async () => {
    const run = await runPlancast('scenarios', 'list', '--json');
    expect(run.exitCode).toBe(0);
    const ids = (JSON.parse(run.stdout) as { id: string }[]).map((row) => row.id);
    expect(ids).toEqual(expect.arrayContaining(['baseline', 'plan-path', 'conservative', 'accelerated', 'downturn-shock']));
  });

  it('shows a scenario with its base resolved', async () => {
    const run = await runPlancast('scenarios', 'show', 'accelerated');
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain('extends: baseline');
    expect(run.stdout).toContain('rd_expenditure');
  });

  it('validates the bundled files', async () => {
    const run = await runPlancast('scenarios', 'validate');
    expect(run.exitCode).toBe(0);
    expect(run.stdout.match(/✓/g)?.length).toBeGreaterThanOrEqual(5);
  });

  it('rejects a bad file with file:line, the field and a remedy, exit 2', async () => {
    const file = files.write('bad.yaml', 'id: bad\nlabel: { zh: 坏, en: Bad }\ngrowth:\n  - indicators: gdp\n    multipler: 2\n');
    const run = await runPlancast('scenarios', 'validate', file);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain(`${file}:4: at growth.0: unknown field "multipler" — did you mean "multiplier"?`);
    expect(run.stderr).toContain('remedy:');
  });

  it('reports a YAML syntax error with its line', async () => {
    const file = files.write('syntax.yaml', 'id: bad\nlabel: { zh: 坏, en: Bad\n');
    const run = await runPlancast('scenarios', 'validate', file);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(/E_YAML_SYNTAX: .*syntax\.yaml:\d+:\d+/);
  });

  it('explains an unknown scenario', async () => {
    const run = await runPlancast('scenarios', 'show', 'optimistic');
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain('E_UNKNOWN_SCENARIO');
    expect(run.stderr).toContain('baseline');
  });
});

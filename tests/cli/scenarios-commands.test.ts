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

  it('shows a scenario with its base resolved and each policy → lever → indicator, cited and marked assumed', async () => {
    const run = await runPlancast('scenarios', 'show', 'accelerated');
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain('extends: baseline');
    expect(run.stdout).toContain('001_6ff88e1298bb6edd.txt:26 «研发费加计扣除»');
    expect(run.stdout).toMatch(/→ drivers: driver rdExpenditure: growth \+1 pp from trend \(assumed, central; range 0\.5–2\)\n\s+→ rd_expenditure, rd_intensity/);
    expect(run.stdout).toMatch(/→ growth: tech_enterprises: growth \+2 pp \(assumed[^)]*\)\n\s+→ tech_enterprises ⇒ pipeline from tech_enterprises → high_tech_enterprises/);
    const json = JSON.parse((await runPlancast('scenarios', 'show', 'accelerated', '--json')).stdout) as { policies: unknown[]; policyChain: { policy: string; indicators: string[] }[] };
    expect(json.policies.length).toBeGreaterThanOrEqual(6);
    expect(json.policyChain.find((link) => link.policy === 'high-tech-cultivation')?.indicators).toEqual(['high_tech_enterprises']);
  });

  it('lists the policies with their cited lines, levers and reasoning', async () => {
    const run = await runPlancast('scenarios', 'policies');
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain('rd-fiscal-incentives — 研发费用加计扣除等普惠性财税政策');
    expect(run.stdout).toContain('cites 001_6ff88e1298bb6edd.txt:40 «建设一批国家级科技企业孵化器、众创空间、星创天地等孵化平台»');
    expect(run.stdout).toMatch(/assumption: Assumed: /);
  });

  it('validates the bundled files', async () => {
    const run = await runPlancast('scenarios', 'validate');
    expect(run.exitCode).toBe(0);
    expect(run.stdout.match(/✓ .*scenarios\/[a-z-]+\.yaml: valid/g)?.length).toBeGreaterThanOrEqual(5);
    expect(run.stdout.match(/✓ .*policies\/[a-z-]+\.yaml: valid \(policy/g)?.length).toBeGreaterThanOrEqual(6);
  });

  it('rejects a bad file with file:line, the field and a remedy, exit 2', async () => {
    const file = files.write('bad.yaml', 'id: bad\nlabel: { zh: 坏, en: Bad }\ngrowth:\n  - indicators: gdp\n    multipler: 2\n');
    const run = await runPlancast('scenarios', 'validate', file);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain(`E_SCENARIO_INVALID ${file}:4: at growth.0: unknown field "multipler" — did you mean "multiplier"?`);
    expect(run.stderr).toContain('remedy:');
  });

  it('reports a YAML syntax error with its line', async () => {
    const file = files.write('syntax.yaml', 'id: bad\nlabel: { zh: 坏, en: Bad\n');
    const run = await runPlancast('scenarios', 'validate', file);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(/E_YAML_SYNTAX: .*syntax\.yaml:\d+:\d+/);
  });

  it('refuses a lever on a misspelt indicator, and a ceiling on an unknown one, with file:line and a did-you-mean', async () => {
    const file = files.write('misspelt.yaml', 'id: misspelt\nextends: baseline\nlabel: { zh: 错, en: Misspelt }\ngrowth:\n  - indicators: rd_expenditre\n    percentagePoints: 2\nceilings:\n  - indicator: rd_intensty\n    value: 6\n  - indicator: no_such_thing\n    value: 6\n');
    const run = await runPlancast('scenarios', 'validate', file);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain(`E_UNKNOWN_INDICATOR ${file}:5: at growth.0.indicators: unknown indicator "rd_expenditre" — did you mean "rd_expenditure"?`);
    expect(run.stderr).toContain(`${file}:8: at ceilings.0.indicator: unknown indicator "rd_intensty" — did you mean "rd_intensity"?`);
    expect(run.stderr).toContain(`${file}:10: at ceilings.1.indicator: unknown indicator "no_such_thing"`);
    expect(run.stdout).toContain(`✗ ${file}: 3 problems`);
  });

  it('refuses the same file at run time instead of projecting a lever that moves nothing', async () => {
    const file = files.write('misspelt-run.yaml', 'id: misspelt-run\nextends: baseline\nlabel: { zh: 错, en: Misspelt }\ngrowth:\n  - indicators: rd_expenditre\n    percentagePoints: 2\n');
    const run = await runPlancast('feasibility', '--region', 'yubei', '--scenario', file, '--paths', '200');
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain('E_UNKNOWN_INDICATOR');
    expect(run.stderr).toContain(`${file}:5: at growth.0.indicators: unknown indicator "rd_expenditre" — did you mean "rd_expenditure"?`);
    expect(run.stdout).toBe('');
  });

  it('refuses an extends target that does not exist, and extends that go round in a cycle', async () => {
    const orphan = files.write('orphan.yaml', 'id: orphan\nlabel: { zh: 孤, en: Orphan }\nextends: basline\n');
    const loopA = files.write('loop-a.yaml', 'id: loop-a\nlabel: { zh: 甲, en: A }\nextends: loop-b\n');
    const loopB = files.write('loop-b.yaml', 'id: loop-b\nlabel: { zh: 乙, en: B }\nextends: loop-a\n');
    const run = await runPlancast('scenarios', 'validate', orphan, loopA, loopB);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain(`${orphan}:3: at extends: extends unknown scenario "basline" — did you mean "baseline"?`);
    expect(run.stderr).toContain(`${loopA}:3: at extends: "extends" forms a cycle (loop-a → loop-b → loop-a)`);
    expect(run.stderr).toContain(`${loopB}:3: at extends: "extends" forms a cycle (loop-b → loop-a → loop-b)`);
  });

  it('refuses an unknown policy, and accepts a file combining policies', async () => {
    const unknown = files.write('unknown-policy.yaml', 'id: unknown-policy\nlabel: { zh: 政, en: Policies }\npolicies:\n  - rd-fiscal-incentive\n');
    const run = await runPlancast('scenarios', 'validate', unknown);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain(`${unknown}:4: at policies.0: unknown policy "rd-fiscal-incentive" — did you mean "rd-fiscal-incentives"?`);
    const combined = files.write('combined.yaml', 'id: combined\nextends: baseline\nlabel: { zh: 政, en: Policies }\npolicies:\n  - rd-fiscal-incentives\n  - { policy: high-tech-cultivation, assumption: high }\n');
    expect((await runPlancast('scenarios', 'validate', combined)).exitCode).toBe(0);
    const shown = await runPlancast('scenarios', 'show', combined);
    expect(shown.stdout).toContain('pipeline conversion +2 pp (assumed, high end; range 0.5–2)');
  });

  it('knows the indicators of a user\'s catalogue with --catalog', async () => {
    const catalog = files.write('catalog.yaml', 'indicators:\n  green_patents:\n    name: { zh: 绿色专利, en: Green patents }\n    unit: 件\n    kind: stock\n');
    const scenario = files.write('green.yaml', 'id: green\nlabel: { zh: 绿, en: Green }\ngrowth:\n  - indicators: green_patents\n    percentagePoints: 1\n');
    expect((await runPlancast('scenarios', 'validate', scenario)).exitCode).toBe(2);
    const run = await runPlancast('scenarios', 'validate', scenario, '--catalog', catalog);
    expect(run.exitCode, run.stderr).toBe(0);
  });

  it('explains an unknown scenario', async () => {
    const run = await runPlancast('scenarios', 'show', 'optimistic');
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain('E_UNKNOWN_SCENARIO');
    expect(run.stderr).toContain('baseline');
  });
});

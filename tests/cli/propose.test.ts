/**
 * `plancast propose` as a user runs it (the CLI in-process): for every bundled region, the 15th plan's
 * 2030 values reachable with 50 % and 80 % probability under each scenario, their growth from the base and
 * the reference-class check — the growth and the share recomputed here from the reported values and the
 * reference windows in models/reference-growth.json; for a user's own district and plan file (a 16th plan
 * in --plans, actuals in --data), the same with --confidence 50,80,90 and the planners' rules worked by
 * hand; bad requests refused with exit 2.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REFERENCE_GROWTH_FILE } from '../../src/io/load-reference-growth.js';
import { runPlancast } from '../helpers/run-plancast.js';
import { useTemporaryDirectory } from '../helpers/temporary-files.js';

const files = useTemporaryDirectory('plancast-propose-');

interface Value { confidence: number; value: number; growthOverPlan: number | null; referenceShare: number | null }
interface Proposal {
  indicator: string; direction: string; base: { year: number; value: number; observed: boolean } | null; latest: { year: number; value: number };
  scenarios: { scenario: string; values: Value[] }[];
  reference: { corpus: string; classId: string; match: string; series: number; windows: number } | null;
  rules: { rule: string; value: number; growthOverPlan: number | null }[];
}
interface Proposals { plan: { id: string; firstYear: number; lastYear: number; baseYear: number }; region: string; confidences: number[]; indicators: Proposal[] }

/** The stored windows of a class, read as plain data. */
const windows = JSON.parse(readFileSync(REFERENCE_GROWTH_FILE, 'utf8')) as { corpora: { id: string; classes: Record<string, { growths: number[] }> }[] };
const growthsOf = (corpus: string, classId: string): number[] => windows.corpora.find((entry) => entry.id === corpus)!.classes[classId]!.growths;

async function propose(...args: string[]): Promise<Proposals> {
  const run = await runPlancast('propose', '--paths', '300', '--json', ...args);
  expect(run.exitCode, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as Proposals;
}

function checkValues(proposal: Proposal, plan: Proposals['plan'], confidences: number[]): void {
  for (const scenario of proposal.scenarios) {
    expect(scenario.values.map((value) => value.confidence), `${proposal.indicator} ${scenario.scenario}`).toEqual(confidences);
    const values = scenario.values.map((value) => value.value);
    // more certainty, a less ambitious value
    for (let index = 1; index < values.length; index++) {
      if (proposal.direction === 'higher-is-better') expect(values[index]!).toBeLessThanOrEqual(values[index - 1]!);
      else expect(values[index]!).toBeGreaterThanOrEqual(values[index - 1]!);
    }
    for (const value of scenario.values) {
      if (proposal.base === null || value.growthOverPlan === null) continue;
      expect(value.growthOverPlan).toBeCloseTo((value.value / proposal.base.value) ** (1 / (plan.lastYear - plan.baseYear)) - 1, 10);
      const growths = growthsOf(proposal.reference!.corpus, proposal.reference!.classId);
      const asFast = growths.filter((growth) => (proposal.direction === 'higher-is-better' ? growth >= value.growthOverPlan! : growth <= value.growthOverPlan!)).length;
      expect(value.referenceShare).toBeCloseTo(asFast / growths.length, 2);
    }
  }
}

describe('plancast propose for the bundled regions', () => {
  it.each(['yubei', 'yongchuan', 'shapingba', 'science-city'])('%s: the 15th plan\'s values at 50 and 80 percent under each scenario, checked against the reference corpora', async (region) => {
    const result = await propose('--region', region, '--plan', '15th');
    expect(result.plan).toMatchObject({ id: '15th', firstYear: 2026, lastYear: 2030, baseYear: 2025 });
    expect(result.confidences).toEqual([0.5, 0.8]);
    expect(result.indicators.length).toBeGreaterThan(0);
    for (const proposal of result.indicators) {
      expect(proposal.scenarios.map((scenario) => scenario.scenario)).toEqual(['baseline', 'conservative', 'accelerated', 'downturn-shock']);
      expect(proposal.reference, proposal.indicator).not.toBeNull();
      checkValues(proposal, result.plan, [0.5, 0.8]);
    }
    const rd = result.indicators.find((proposal) => proposal.indicator === 'rd_expenditure');
    if (rd !== undefined) expect(rd.reference).toMatchObject({ corpus: 'provinces-dev', classId: 'rd_expenditure', match: 'own', series: 20 });
  });

  it('prints a table per indicator naming its comparable series, and says the targets are for the congress to decide', async () => {
    const run = await runPlancast('propose', '--region', '渝北区', '--plan', '十五五', '--paths', '300');
    expect(run.exitCode, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^yubei: targets for the 15th Five-Year Plan \(2026–2030, base 2025\)/);
    expect(run.stdout).toContain('comparable series: rd_expenditure of provinces-dev (20 series, 160 five-year windows)');
    expect(run.stdout).toMatch(/comparable series: no class of its own: the general class of m1-yearly \(181 series, \d+ five-year windows\)/);
    expect(run.stdout).toContain('targets are for the people\'s congress to decide');
  });
});

describe('plancast propose for a user\'s own district and plan file', () => {
  const plans = files.write('plans.yaml', [
    'plans:',
    '  16th:',
    '    name: { zh: “十六五”, en: 16th Five-Year Plan }',
    '    aliases: [十六五]',
    '    kind: five-year',
    '    first_year: 2031',
    '    last_year: 2035',
    '    base_year: 2030',
  ].join('\n'));
  const data = files.write('actuals.csv', [
    'region,indicator,year,value,kind',
    'my-district,high_tech_enterprises,2019,80,actual',
    'my-district,high_tech_enterprises,2020,95,actual',
    'my-district,high_tech_enterprises,2021,104,actual',
    'my-district,high_tech_enterprises,2022,118,actual',
    'my-district,high_tech_enterprises,2023,130,actual',
    'my-district,rd_intensity,2020,2.1,actual',
    'my-district,rd_intensity,2022,2.4,actual',
    'my-district,rd_intensity,2023,2.5,actual',
  ].join('\n'));

  it('proposes the 16th plan\'s 2035 values at 50, 80 and 90 %, with the trend and doubling rules beside them', async () => {
    const result = await propose('--region', 'my-district', '--data', data, '--plans', plans, '--plan', '16th', '--confidence', '50,80,90');
    expect(result.plan).toMatchObject({ id: '16th', firstYear: 2031, lastYear: 2035, baseYear: 2030 });
    expect(result.confidences).toEqual([0.5, 0.8, 0.9]);
    expect(result.indicators.map((proposal) => proposal.indicator).sort()).toEqual(['high_tech_enterprises', 'rd_intensity']);
    for (const proposal of result.indicators) checkValues(proposal, result.plan, [0.5, 0.8, 0.9]);
    const enterprises = result.indicators.find((proposal) => proposal.indicator === 'high_tech_enterprises')!;
    expect(enterprises.latest).toEqual({ year: 2023, value: 130 });
    expect(enterprises.base).toMatchObject({ year: 2030, observed: false });
    expect(enterprises.reference).toMatchObject({ corpus: 'm1-yearly', match: 'general' });
    // by hand: 80 → 130 over 2019–2023 is (130/80)^(1/4) a year; continued from 2023 to 2035, 130 × 1.625³
    expect(enterprises.rules.find((rule) => rule.rule === 'trend')!.value).toBeCloseTo(130 * 1.625 ** 3, 6);
    expect(enterprises.rules.find((rule) => rule.rule === 'doubling')!.value).toBeCloseTo(2 * enterprises.base!.value, 10);
    // no doubling rule for a ratio
    expect(result.indicators.find((proposal) => proposal.indicator === 'rd_intensity')!.rules.map((rule) => rule.rule)).toEqual(['trend']);
  });
});

describe('plancast propose refuses', () => {
  it.each([
    [['--region', 'yubei'], /E_PROPOSE_NO_PLAN/],
    [['--region', 'yubei', '--plan', '2035'], /E_UNKNOWN_PLAN: --plan 2035 is a long-range plan/],
    [['--region', 'yubei', '--plan', '17th'], /E_UNKNOWN_PLAN/],
    [['--region', 'yubei', '--plan', '15th', '--confidence', '0,120'], /--confidence takes percentages between 0 and 100/],
  ])('%j with exit 2 and a remedy', async (args, message) => {
    const run = await runPlancast('propose', '--paths', '200', ...args);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stdout).toBe('');
  });
});

import { describe, expect, it } from 'vitest';
import { runPlancast } from '../helpers/run-plancast.js';
import { useTemporaryDirectory } from '../helpers/temporary-files.js';

const files = useTemporaryDirectory();

describe('plancast fit', () => {
  it('fits every family to Yongchuan R&D intensity and explains the choice (--json shape of the issue)', async () => {
    const run = await runPlancast('fit', '--region', 'yongchuan', '--indicator', 'rd_intensity', '--json');
    expect(run.exitCode, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout) as { chosen: { family: string; reason: string }; families: { family: string; parameters: unknown[]; intervalSource: string | null; forecast: { year: number; mean: number; intervals: { level: number; lower: number; upper: number }[] }[] }[]; diagnostics: string[] };
    expect(report.chosen.reason.length).toBeGreaterThan(20);
    expect(report.families.map((family) => family.family)).toEqual(expect.arrayContaining(['compound-growth', 'linear-trend', 'damped-trend', 'pooled-growth']));
    const compound = report.families.find((family) => family.family === 'compound-growth')!;
    expect(compound.forecast.at(-1)).toMatchObject({ year: 2025 });
    expect(compound.forecast[0]!.intervals.map((interval) => interval.level)).toEqual([80, 95]);
    expect(compound.intervalSource).toBe('residuals');
  });

  it('uses the calibrated default for a two-point series without a backtest, and names its reference class', async () => {
    const run = await runPlancast('fit', '--region', 'yubei', '--indicator', 'valid_invention_patents');
    expect(run.exitCode, run.stderr).toBe(0);
    expect(run.stdout).toContain('chosen: calibrated-growth (calibrated evidence)');
    expect(run.stdout).toContain('reference class valid_invention_patents of provinces-dev');
  });

  it('with the former spec (choice by backtest) still says "insufficient evidence" for a two-point series', async () => {
    const run = await runPlancast('fit', '--region', 'yubei', '--indicator', 'valid_invention_patents', '--models', 'models/backtest-selection.yaml');
    expect(run.exitCode, run.stderr).toBe(0);
    expect(run.stdout).toContain('insufficient evidence');
    expect(run.stdout).toMatch(/pooled|default/);
  });

  it('fits one family with --family and forecasts to 2035 with --to', async () => {
    const run = await runPlancast('fit', '--region', 'yubei', '--indicator', 'rd_intensity', '--family', 'linear-trend', '--to', '2035', '--json');
    expect(run.exitCode, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout) as { families: { family: string; forecast: { year: number }[] }[] };
    expect(report.families.map((family) => family.family)).toEqual(['linear-trend']);
    expect(report.families[0]!.forecast.at(-1)!.year).toBe(2035);
  });

  it('explains unknown families and indicators without observations', async () => {
    expect((await runPlancast('fit', '--region', 'yubei', '--indicator', 'rd_intensity', '--family', 'prophet')).stderr).toContain('E_UNKNOWN_FAMILY');
    const none = await runPlancast('fit', '--region', 'yubei', '--indicator', 'gdp_growth');
    expect(none.exitCode).toBe(2);
    expect(none.stderr).toContain('E_NO_OBSERVATIONS');
  });
});

describe('plancast feasibility', () => {
  it('gives per goal the fields the issue names, and byte-identical JSON for the same seed', async () => {
    const args = ['feasibility', '--region', 'yubei', '--paths', '1000', '--seed', '7', '--json'];
    const first = await runPlancast(...args);
    expect(first.exitCode, first.stderr).toBe(0);
    const second = await runPlancast(...args);
    expect(second.stdout).toBe(first.stdout);
    const result = JSON.parse(first.stdout) as { goals: Record<string, unknown>[]; settings: { pathCount: number; seed: number }; generator: string };
    expect(result.settings).toMatchObject({ pathCount: 1000, seed: 7 });
    expect(result.generator).toBe('xoshiro128**');
    const intensity = result.goals.find((goal) => goal.indicator === 'rd_intensity' && goal.targetYear === 2025)!;
    for (const field of ['region', 'indicator', 'targetYear', 'target', 'comparator', 'latestYear', 'latestValue', 'requiredGrowth', 'historicalGrowth', 'probability', 'status']) {
      expect(intensity, field).toHaveProperty(field);
    }
    expect(intensity).toMatchObject({ region: 'yubei', target: 4.8, latestYear: 2020, latestValue: 4.4 });
    const other = await runPlancast('feasibility', '--region', 'yubei', '--paths', '1000', '--seed', '8', '--json');
    expect(other.stdout).not.toBe(first.stdout);
  });

  it('assesses mid-term with actuals from --data as of 2023 under a preset', async () => {
    const data = files.write('actuals.csv', 'region,indicator,year,value\nyubei,rd_intensity,2021,4.5\nyubei,rd_intensity,2022,4.55\nyubei,rd_intensity,2023,4.62\n');
    const run = await runPlancast('feasibility', '--region', 'yubei', '--indicator', 'rd_intensity', '--data', data, '--as-of', '2023', '--preset', 'eurostat', '--paths', '1000', '--json');
    expect(run.exitCode, run.stderr).toBe(0);
    const goal = (JSON.parse(run.stdout) as { goals: { targetYear: number; latestYear: number; latestValue: number; timeElapsed: number; presetAssessment: { preset: string; status: string; measure: number } }[] }).goals.find((candidate) => candidate.targetYear === 2025)!;
    expect(goal).toMatchObject({ latestYear: 2023, latestValue: 4.62 });
    expect(goal.timeElapsed).toBeCloseTo(0.6, 12);
    expect(goal.presetAssessment.preset).toBe('eurostat');
    const ratio = ((4.62 / 4.4) ** (1 / 3) - 1) / ((4.8 / 4.4) ** (1 / 5) - 1);
    expect(goal.presetAssessment.measure).toBeCloseTo(ratio, 12);
  });

  it('rejects bad options with a clear message and exit 2', async () => {
    for (const [args, text] of [[['--paths', 'many'], '--paths must be a whole number'], [['--preset', 'oecd'], 'unknown preset'], [['--as-of', '20233'], 'a year must be'], [['--scenario', 'optimistic'], 'E_UNKNOWN_SCENARIO']] as const) {
      const run = await runPlancast('feasibility', '--region', 'yubei', ...args);
      expect(run.exitCode, args.join(' ')).toBe(2);
      expect(run.stderr).toContain(text);
    }
  });
});

describe('plancast project and compare', () => {
  it('projects under a scenario file given by path', async () => {
    const scenario = files.write('faster.yaml', 'id: faster\nextends: baseline\nlabel: { zh: 更快, en: Faster }\ngrowth:\n  - indicators: "*"\n    percentagePoints: 3\n');
    const run = await runPlancast('project', '--region', 'yubei', '--scenario', scenario, '--paths', '500', '--json');
    expect(run.exitCode, run.stderr).toBe(0);
    const projection = JSON.parse(run.stdout) as { scenario: { id: string; chain: string[] }; indicators: { indicator: string; quantiles: { year: number; p50: number }[] }[] };
    expect(projection.scenario).toMatchObject({ id: 'faster', chain: ['baseline', 'faster'] });
    expect(projection.indicators.find((indicator) => indicator.indicator === 'rd_intensity')!.quantiles.at(-1)!.year).toBe(2035);
  });

  it('compares scenarios on common random numbers: accelerated ≥ baseline ≥ conservative for tech enterprises', async () => {
    const run = await runPlancast('compare', '--region', 'yubei', '--scenarios', 'baseline,conservative,accelerated', '--paths', '1000', '--json');
    expect(run.exitCode, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout) as { indicators: { indicator: string; scenarios: { scenario: string; probability: number }[] }[] };
    const tech = Object.fromEntries(result.indicators.find((row) => row.indicator === 'tech_enterprises')!.scenarios.map((entry) => [entry.scenario, entry.probability]));
    expect(tech.accelerated).toBeGreaterThanOrEqual(tech.baseline!);
    expect(tech.baseline).toBeGreaterThanOrEqual(tech.conservative!);
  });
});

describe('plancast sensitivity', () => {
  interface Lever { lever: string; control: string; settings: { low: unknown; high: unknown }; low: number; high: number }
  interface Entry { indicator: string; goalYear: number; baseProbability: number; policies: Lever[]; risks: Lever[] }

  it('ranks the policy levers of Yubei R&D intensity apart from its risks, each by how far it moves the probability', async () => {
    const run = await runPlancast('sensitivity', '--region', 'yubei', '--indicator', 'rd_intensity', '--paths', '1000', '--json');
    expect(run.exitCode, run.stderr).toBe(0);
    const intensity = (JSON.parse(run.stdout) as { indicators: Entry[] }).indicators[0]!;
    expect(intensity).toMatchObject({ indicator: 'rd_intensity', goalYear: 2025 });
    expect(intensity.policies.map((lever) => lever.lever)).toEqual(expect.arrayContaining(['growth', 'policy:rd-fiscal-incentives']));
    expect(intensity.risks.map((lever) => lever.lever)).toEqual(expect.arrayContaining(['spread', 'shock', 'gdp-growth']));
    for (const group of [intensity.policies, intensity.risks]) {
      const moves = group.map((lever) => Math.max(Math.abs(lever.low - intensity.baseProbability), Math.abs(lever.high - intensity.baseProbability)));
      expect(moves).toEqual([...moves].sort((a, b) => b - a));
    }
    expect(intensity.policies.every((lever) => lever.control === 'policy')).toBe(true);
    expect(intensity.risks.every((lever) => lever.control === 'risk')).toBe(true);
  });

  it('prints the spread at ×0.5 in the low column and ×1.5 in the high column (they were swapped)', async () => {
    const run = await runPlancast('sensitivity', '--region', 'yubei', '--indicator', 'new_rd_institutions', '--paths', '2000', '--json');
    expect(run.exitCode, run.stderr).toBe(0);
    const entry = (JSON.parse(run.stdout) as { indicators: Entry[] }).indicators[0]!;
    const spread = entry.risks.find((lever) => lever.lever === 'spread')!;
    expect(spread.settings).toEqual({ low: 0.5, high: 1.5 });
    // the median misses this goal (P well below ½): a narrower spread lowers P, a wider one raises it
    expect(entry.baseProbability).toBeLessThan(0.4);
    expect(spread.low).toBeLessThan(entry.baseProbability);
    expect(spread.high).toBeGreaterThan(entry.baseProbability);
    const text = await runPlancast('sensitivity', '--region', 'yubei', '--indicator', 'new_rd_institutions', '--paths', '2000');
    const row = text.stdout.split('\n').find((line) => line.includes('spread ×0.5 / ×1.5'))!;
    const [low, high] = [...row.matchAll(/(\d+) %/g)].slice(-2).map((match) => Number(match[1]) / 100);
    expect(low).toBeCloseTo(spread.low, 2);
    expect(high).toBeCloseTo(spread.high, 2);
    expect(text.stdout.indexOf('Policy levers')).toBeLessThan(text.stdout.indexOf('Risks'));
  });
});

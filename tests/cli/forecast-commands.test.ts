/**
 * `plancast forecast` and `plancast evaluate` on small files: the JSON shapes, the protocol, and bad input
 * with the usual codes and exit 2.
 */
import { describe, expect, it } from 'vitest';
import { runPlancast } from '../helpers/run-plancast.js';
import { useTemporaryDirectory } from '../helpers/temporary-files.js';

const files = useTemporaryDirectory();

interface SeriesForecast {
  region: string;
  indicator: string;
  forecast: { year: number; median: number; intervals: { level: number; lower: number; upper: number }[] }[];
  source: { family: string; intervalSource: string; referenceClass: string | null; match: string | null; description: string };
  failure?: string;
}

const districts = files.write('districts.csv', [
  'region,indicator,year,value,unit',
  'north,rd_intensity,2021,2.1,%', 'north,rd_intensity,2022,2.3,%', 'north,rd_intensity,2023,2.4,%',
  'north,high_tech_enterprises,2022,120,家', 'north,high_tech_enterprises,2023,140,家',
  'south,研发投入强度,2023,1.6,%',
  'south,rd_intensity,2025,2.0,%',
].join('\n'));

describe('plancast forecast', () => {
  it('forecasts every region × indicator of the file, with where the spread came from', async () => {
    const run = await runPlancast('forecast', '--data', districts, '--horizon', '3', '--json');
    expect(run.exitCode, run.stderr).toBe(0);
    const forecasts = JSON.parse(run.stdout) as SeriesForecast[];
    expect(forecasts.map((entry) => `${entry.region}/${entry.indicator}`).sort()).toEqual(['north/high_tech_enterprises', 'north/rd_intensity', 'south/rd_intensity']);
    const intensity = forecasts.find((entry) => entry.region === 'north' && entry.indicator === 'rd_intensity')!;
    expect(intensity.forecast.map((row) => row.year)).toEqual([2024, 2025, 2026]);
    expect(intensity.source).toMatchObject({ family: 'calibrated-growth', intervalSource: 'calibrated', referenceClass: 'provinces-dev/rd_intensity', match: 'own' });
    for (const row of intensity.forecast) {
      const [inner, outer] = row.intervals;
      expect([inner!.level, outer!.level]).toEqual([80, 95]);
      expect(outer!.lower).toBeLessThanOrEqual(inner!.lower);
      expect(inner!.lower).toBeLessThanOrEqual(row.median);
      expect(row.median).toBeLessThanOrEqual(inner!.upper);
      expect(inner!.upper).toBeLessThanOrEqual(outer!.upper);
    }
    const enterprises = forecasts.find((entry) => entry.indicator === 'high_tech_enterprises')!;
    expect(enterprises.source).toMatchObject({ referenceClass: 'm1-yearly/general', match: 'general' });
    expect(enterprises.source.description).toContain('no reference class of its own');
    for (const row of enterprises.forecast) expect(Number.isInteger(row.median)).toBe(true);
    // The 2025 value of south is in the file, so its forecast starts after it.
    expect(forecasts.find((entry) => entry.region === 'south')!.forecast[0]!.year).toBe(2026);
  });

  it('reads the generic layout series,year,value,part and forecasts from the history rows only', async () => {
    const data = files.write('generic.csv', 'series,year,value,part\nA,2017,10,history\nA,2018,11,history\nA,2019,12.5,history\nA,2020,13,future\nB,2019,500,history\n');
    const run = await runPlancast('forecast', '--data', data, '--horizon', '2', '--levels', '50,90', '--json');
    expect(run.exitCode, run.stderr).toBe(0);
    const forecasts = JSON.parse(run.stdout) as SeriesForecast[];
    expect(forecasts.map((entry) => [entry.region, entry.indicator, entry.forecast[0]!.year])).toEqual([['A', 'generic', 2020], ['B', 'generic', 2020]]);
    expect(forecasts[0]!.forecast[0]!.intervals.map((interval) => interval.level)).toEqual([50, 90]);
  });

  it('prints a table without --json, and is byte-identical from run to run', async () => {
    const first = await runPlancast('forecast', '--data', districts, '--horizon', '2');
    expect(first.exitCode, first.stderr).toBe(0);
    expect(first.stdout).toContain('calibrated (provinces-dev/rd_intensity)');
    expect((await runPlancast('forecast', '--data', districts, '--horizon', '2')).stdout).toBe(first.stdout);
  });

  it('rejects bad input with the usual codes and exit 2', async () => {
    const bad = files.write('bad.csv', 'region,indicator,year,value\nnorth,rd_intensity,2022,abc\nnorth,no_such_indicator,2023,1\n');
    const run = await runPlancast('forecast', '--data', bad, '--horizon', '3');
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(/bad\.csv:2 column value: error E_NON_NUMERIC_VALUE/);
    expect(run.stderr).toContain('E_UNKNOWN_INDICATOR');
    expect(run.stdout).toBe('');
    expect((await runPlancast('forecast', '--data', files.path('missing.csv'), '--horizon', '3')).stderr).toContain('E_UNREADABLE_FILE');
    for (const horizon of ['0', 'two']) expect((await runPlancast('forecast', '--data', districts, '--horizon', horizon)).exitCode).toBe(2);
    expect((await runPlancast('forecast', '--data', districts)).exitCode).toBe(2);
    expect((await runPlancast('forecast', '--data', districts, '--horizon', '2', '--levels', '80,100')).exitCode).toBe(2);
  });
});

describe('plancast evaluate', () => {
  // Six regions, one indicator, 2012–2020: origins 2017 and 2018 with 5-point windows score 2 years each.
  const rows = ['region,indicator,year,value,unit'];
  for (const [index, region] of ['a', 'b', 'c', 'd', 'e', 'f'].entries()) {
    for (let year = 2012; year <= 2020; year += 1) rows.push(`${region},rd_expenditure,${year},${(50 * (1 + 0.05 * (index + 1)) ** (year - 2012) * (1 + 0.03 * Math.sin(year + index))).toFixed(2)},亿元`);
  }
  const history = files.write('history.csv', `${rows.join('\n')}\n`);

  it('scores plancast, naive and CAGR on the same cases, overall and by horizon', async () => {
    const run = await runPlancast('evaluate', '--data', history, '--origins', '2017,2018', '--window', '5', '--horizon', '2', '--json');
    expect(run.exitCode, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout) as { layout: string; protocol: { window: number; horizon: number; origins: number[] }; evaluation: { cases: number; points: number; methods: { id: string; overall: { points: number; coverage: { level: number; observed: number }[]; symmetricMeanAbsolutePercentageError: number }; byHorizon: { horizon: number }[] }[] } };
    expect(result.protocol).toEqual({ window: 5, horizon: 2, origins: [2017, 2018] });
    expect([result.evaluation.cases, result.evaluation.points]).toEqual([12, 24]);
    expect(result.evaluation.methods.map((method) => method.id)).toEqual(['naive', 'cagr', 'plancast']);
    const plancast = result.evaluation.methods[2]!;
    expect(plancast.byHorizon.map((entry) => entry.horizon)).toEqual([1, 2]);
    expect(plancast.overall.coverage.map((entry) => entry.level)).toEqual([80, 95]);
    // These series grow steadily: every growth forecast beats the last value.
    expect(plancast.overall.symmetricMeanAbsolutePercentageError).toBeLessThan(result.evaluation.methods[0]!.overall.symmetricMeanAbsolutePercentageError);
  });

  it('cross-fits the calibration on the file when asked, and prints tables by default', async () => {
    const run = await runPlancast('evaluate', '--data', history, '--origins', '2017,2018', '--window', '5', '--horizon', '2', '--cross-fit', '3');
    expect(run.exitCode, run.stderr).toBe(0);
    expect(run.stdout).toContain('cross-fitted on the file (3 folds by region)');
    expect(run.stdout).toMatch(/by horizon/);
  });

  it('scores the future rows of a file with a part column', async () => {
    const data = files.write('split.csv', 'series,year,value,part\nA,2015,10,history\nA,2016,11,history\nA,2017,12,history\nA,2018,13.5,future\nA,2019,14,future\n');
    const run = await runPlancast('evaluate', '--data', data, '--window', '3', '--json');
    expect(run.exitCode, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout) as { layout: string; evaluation: { points: number } };
    expect([result.layout, result.evaluation.points]).toEqual(['generic', 2]);
    const usage = await runPlancast('evaluate', '--data', data, '--origins', '2016');
    expect([usage.exitCode, usage.stderr.includes('E_USAGE')]).toEqual([2, true]);
  });

  it('says why there is nothing to evaluate, with exit 2', async () => {
    const run = await runPlancast('evaluate', '--data', history, '--origins', '2013', '--window', '6');
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain('E_NO_CASES');
    expect(run.stderr).toContain('a value missing in the 6 years up to the origin');
  });
});

/**
 * The "done when" cases of plans as data, run as a user would (the CLI in-process, JSON out): not
 * assessable without new data; the 2020 goals judged on 2020; 序时进度 for a user's own district with a
 * 2020 baseline row and 2021–2023 actuals; a 2026–2030 plan with a 2025 baseline evaluated as of 2027; a
 * cumulative goal with its schedule; 渝北区 resolved to yubei; the template's round trip in CSV and .xlsx.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runPlancast } from '../helpers/run-plancast.js';
import { useTemporaryDirectory } from '../helpers/temporary-files.js';

const files = useTemporaryDirectory();
interface Goal { goalId: string; indicator: string; targetYear: number; status: string; basis: string; latestYear: number | null; timeElapsed: number | null; distanceCovered: number | null; onSchedule: boolean | null; margin: number | null; cumulativeSoFar: number | null; yearlyAmountNeeded: number | null; requiredGrowth: number | null; baseYear: number | null; attribute: string | null; bindingWarning: string | null; presetAssessment: { status: string; reason?: string } | null }

async function feasibility(...args: string[]): Promise<{ goals: Goal[]; settings: { preset: string; presetChosenBy?: string }; region: string }> {
  const run = await runPlancast('feasibility', '--paths', '200', '--json', ...args);
  expect(run.stderr).toBe('');
  expect(run.exitCode).toBe(0);
  return JSON.parse(run.stdout);
}

describe('plans as data, as a user runs them', () => {
  it('no new data: every goal ahead is not assessable, with the reason, in every preset — never "behind"', async () => {
    for (const preset of ['chongqing', 'schedule', 'national', 'eurostat']) {
      const result = await feasibility('--region', 'yubei', '--as-of', '2023', '--preset', preset);
      const ahead = result.goals.filter((goal) => goal.targetYear > 2023);
      expect(ahead.length).toBeGreaterThan(10);
      for (const goal of ahead) {
        expect(goal.presetAssessment?.status, goal.goalId).toBe('not-assessable');
        expect(goal.presetAssessment?.reason, goal.goalId).toBe('no-observation-after-base');
        expect(goal.onSchedule).toBeNull();
      }
    }
  });

  it('the 13th plan\'s 2020 goals are judged on 2020, not on later data', async () => {
    const data = files.write('later.csv', 'region,indicator,year,value\nyubei,rd_intensity,2021,4.6\nyubei,rd_intensity,2022,4.9\n');
    const result = await feasibility('--region', 'yubei', '--as-of', '2023', '--data', data);
    const goal = result.goals.find((entry) => entry.goalId === 'yubei/rd_intensity/13th/2020/target')!;
    expect(goal.basis).toBe('observed');
    expect(goal.status).toBe('achieved');
    expect(goal.latestYear).toBe(2020);
    // 4.4 in 2020 against 3.5
    expect(goal.margin).toBeCloseTo(0.9, 9);
    expect(goal.timeElapsed).toBeNull();
  });

  it('序时进度 for a district of one\'s own with a 2020 baseline row and 2021–2023 actuals', async () => {
    const data = files.write('own.csv', [
      '地区,指标,年份,数值,类型,单位',
      'my-district,研发投入强度,2020,2.0,基期值,%',
      'my-district,研发投入强度,2021,2.3,实际值,%',
      'my-district,研发投入强度,2022,2.5,实际,%',
      'my-district,研发投入强度,2023,2.6,实际,%',
      'my-district,研发投入强度,2025,3.0,目标值,%',
    ].join('\n'));
    const result = await feasibility('--region', 'my-district', '--as-of', '2023', '--data', data, '--preset', 'schedule');
    const goal = result.goals.find((entry) => entry.indicator === 'rd_intensity')!;
    expect(goal.goalId).toBe('my-district/rd_intensity/14th/2025/target');
    expect(goal.baseYear).toBe(2020);
    expect(goal.timeElapsed).toBeCloseTo(0.6, 12);
    expect(goal.distanceCovered).toBeCloseTo(0.6, 9); // (2.6 − 2.0)/(3.0 − 2.0)
    expect(goal.presetAssessment?.status).toBe('on-schedule');
    expect(result.settings.presetChosenBy).toBe('request');
  });

  it('a 2026–2030 plan with a 2025 baseline, evaluated as of 2027', async () => {
    const data = files.write('fifteenth.csv', [
      'region,indicator,year,value,kind,plan',
      'my-district,high_tech_enterprises,2025,100,baseline,2026-2030',
      'my-district,high_tech_enterprises,2026,110,actual,',
      'my-district,high_tech_enterprises,2027,118,actual,',
      'my-district,high_tech_enterprises,2030,200,target,2026-2030',
    ].join('\n'));
    const result = await feasibility('--region', 'my-district', '--as-of', '2027', '--data', data, '--preset', 'national');
    const goal = result.goals.find((entry) => entry.indicator === 'high_tech_enterprises')!;
    expect(goal.goalId).toBe('my-district/high_tech_enterprises/15th/2030/target');
    expect(goal.baseYear).toBe(2025);
    expect(goal.timeElapsed).toBeCloseTo(0.4, 12);
    expect(goal.distanceCovered).toBeCloseTo(0.18, 9); // (118 − 100)/(200 − 100)
    expect(goal.presetAssessment?.status).toBe('lagging');
  });

  it('a cumulative goal gets its schedule and the yearly amount still needed, not a negative growth rate', async () => {
    const data = files.write('cumulative.csv', [
      'region,indicator,year,value,kind,comparator,period_start',
      'shapingba,tech_contract_turnover,2021,9,actual,,',
      'shapingba,tech_contract_turnover,2022,10,actual,,',
    ].join('\n'));
    const result = await feasibility('--region', 'shapingba', '--as-of', '2022', '--data', data, '--indicator', 'tech_contract_turnover', '--preset', 'schedule');
    const goal = result.goals.find((entry) => entry.goalId === 'shapingba/tech_contract_turnover/14th/2025/cumulative-target')!;
    expect(goal.cumulativeSoFar).toBe(19);
    expect(goal.timeElapsed).toBeCloseTo(0.4, 12);
    expect(goal.distanceCovered).toBeCloseTo(19 / 40, 12);
    expect(goal.yearlyAmountNeeded).toBeCloseTo(7, 12);
    expect(goal.requiredGrowth).toBeNull();
    expect(goal.presetAssessment?.status).toBe('on-schedule');
  });

  it('a cumulative goal with only a reported running total is judged on it (the Science City, 2022)', async () => {
    const result = await feasibility('--region', 'science-city', '--indicator', 'tech_enterprise_financing');
    const goal = result.goals.find((entry) => entry.indicator === 'tech_enterprise_financing')!;
    // 累计融资 63亿元 by 2022 of > 150 over 2020–2023: 42 % against 75 % elapsed, 87 a year still needed
    expect(goal.cumulativeSoFar).toBe(63);
    expect(goal.timeElapsed).toBeCloseTo(0.75, 12);
    expect(goal.distanceCovered).toBeCloseTo(0.42, 12);
    expect(goal.yearlyAmountNeeded).toBeCloseTo(87, 12);
    expect(goal.presetAssessment?.status).toBe('behind-or-at-risk');
  });

  it('渝北区 on the command line and in a file is yubei; the Chongqing preset is its default, and said so', async () => {
    const data = files.write('names.csv', 'region,indicator,year,value,kind\n渝北区,rd_intensity,2021,4.6,实际值\n渝北,rd_intensity,2022,4.7,actual\n');
    const result = await feasibility('--region', '渝北区', '--data', data, '--indicator', 'rd_intensity');
    expect(result.region).toBe('yubei');
    expect(result.settings.preset).toBe('chongqing');
    expect(result.settings.presetChosenBy).toBe('region-default');
    const goal = result.goals.find((entry) => entry.goalId === 'yubei/rd_intensity/14th/2025/target')!;
    expect(goal.latestYear).toBe(2022);
    expect(goal.attribute).toBe('expected');
    const table = await runPlancast('feasibility', '--region', '渝北区', '--paths', '200', '--indicator', 'rd_intensity');
    expect(table.stdout).toContain("preset chongqing (the default for Chongqing's regions");
  });

  it('a fraction where a percent is expected is an error with the remedy, or converted when asked', async () => {
    const data = files.write('fractions.csv', 'region,indicator,year,value,unit\nyubei,rd_intensity,2021,0.0463,%\nyubei,rd_intensity,2022,0.0471,%\n');
    const refused = await runPlancast('data', 'validate', data);
    const run = await runPlancast('feasibility', '--region', 'yubei', '--paths', '200', '--data', data);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain('E_FRACTION_AS_PERCENT');
    expect(run.stderr).toContain('multiply the values by 100');
    void refused;
    const run2 = await runPlancast('feasibility', '--paths', '200', '--json', '--region', 'yubei', '--data', data, '--fractions-as-percent', '--indicator', 'rd_intensity');
    expect(run2.stderr).toContain('W_FRACTION_CONVERTED');
    const converted = JSON.parse(run2.stdout) as { goals: Goal[] };
    expect(converted.goals.find((goal) => goal.targetYear === 2025)!.latestYear).toBe(2022);
  });

  it('a new region id resembling a known one is kept, with a did-you-mean warning', async () => {
    const data = files.write('typo.csv', 'region,indicator,year,value\nyubie,rd_intensity,2021,4.6\n');
    const run = await runPlancast('data', 'list', '--data', data, '--json');
    expect(run.exitCode).toBe(0);
    const listed = JSON.parse(run.stdout) as { regions: { id: string; records: number }[] };
    expect(listed.regions.find((region) => region.id === 'yubie')?.records).toBe(1);
    const report = await runPlancast('feasibility', '--region', 'yubie', '--paths', '200', '--data', data);
    expect(report.stderr + report.stdout).toMatch(/W_REGION_DID_YOU_MEAN|did you mean yubei/);
  });

  for (const format of ['csv', 'xlsx'] as const) {
    it(`plancast template round-trips through --data (${format})`, async () => {
      const out = files.path(`request.${format}`);
      const written = await runPlancast('template', '--region', 'yubei', '--as-of', '2022', '--out', out, ...(format === 'xlsx' ? ['--xlsx'] : []));
      expect(written.exitCode).toBe(0);
      // fill the sheet: CSV by text; the workbook by reading it back and writing it again
      let filled: string;
      if (format === 'csv') {
        const lines = readFileSync(out, 'utf8').replace(/^\uFEFF/, '').trimEnd().split(/\r\n/);
        const header = lines[0]!.split(',');
        const valueColumn = header.indexOf('value');
        filled = files.write('filled.csv', [lines[0], ...lines.slice(1).map((line, index) => {
          const cells = line.split(',');
          cells[valueColumn] = String(1 + (index % 90));
          return cells.join(',');
        })].join('\n'));
      } else {
        const { readSheet } = await import('read-excel-file/node');
        const rows = (await readSheet(readFileSync(out))) as unknown as (string | number | null)[][];
        const valueColumn = rows[0]!.indexOf('value');
        const { default: writeExcelFile } = await import('write-excel-file/node');
        const filledRows = rows.map((row, index) => row.map((cell, column) => (index > 0 && column === valueColumn ? { value: 1 + ((index - 1) % 90) } : cell === null ? null : { value: cell })));
        filled = files.write('filled.xlsx', await writeExcelFile(filledRows).toBuffer());
      }
      const shown = await runPlancast('data', 'show', '--region', 'yubei', '--data', filled, '--json');
      expect(shown.exitCode, shown.stderr).toBe(0);
      const records = JSON.parse(shown.stdout) as { indicator: string; year: number; kind: string; value: number; planPeriod?: string; source: { document: string } }[];
      const mine = records.filter((record) => record.source.document === filled);
      const requested = (await runPlancast('template', '--region', 'yubei', '--as-of', '2022')).stdout.trimEnd().split('\n').slice(1).map((line) => line.split(','));
      expect(mine.length).toBe(requested.length);
      expect(mine.map((record) => `${record.indicator}|${record.year}|${record.kind}|${record.planPeriod}`).sort()).toEqual(requested.map((cells) => `${cells[1]}|${cells[3]}|${cells[4]}|${cells[8]}`).sort());
    });
  }
});

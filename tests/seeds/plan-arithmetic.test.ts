/**
 * The seed documents' own arithmetic, reproduced from the bundled records (no number is typed in here):
 * - Yongchuan's 测算依据 (002, line 103): the average growth of R&D intensity over 2017–2019 and the 2025
 *   value it projects from 2019, by the compound-growth family with the same window and origin;
 * - every base-to-target pair of the 14th-plan tables: the compound rate the CAGR family finds between
 *   them carries the base exactly to the target, and equals the required growth the feasibility uses.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { goalsFromRecords } from '../../src/core/assessment/goals-from-records.js';
import { compoundGrowthFamily } from '../../src/core/models/compound-growth.js';
import type { Dataset } from '../../src/core/records/dataset.js';
import { seriesFromRecords } from '../../src/core/series/observed-series.js';
import { requiredGrowthRate } from '../../src/core/statistics/required-growth-rate.js';
import { loadDataset } from '../../src/io/load-dataset.js';

let dataset: Dataset;
beforeAll(async () => {
  dataset = await loadDataset();
});

function record(region: string, indicator: string, year: number, kind: string, preferred = true) {
  const found = dataset.records.find((candidate) => candidate.region === region && candidate.indicator === indicator && candidate.year === year && candidate.kind === kind && (candidate.conflict === undefined || candidate.conflict.preferred === preferred));
  if (found === undefined) throw new Error(`no ${kind} record ${region}/${indicator}/${year}`);
  return found;
}

describe("Yongchuan's 测算依据 (002_95e748d88d973087.txt line 103)", () => {
  it('the stated growth rate and 2025 value come from the document', () => {
    expect(record('yongchuan', 'rd_intensity_avg_annual_growth', 2019, 'actual').source.line).toBe(103);
    expect(record('yongchuan', 'rd_intensity', 2025, 'estimate').source.line).toBe(103);
  });

  it('is reproduced by compound growth over 2017–2019 from the 2019 origin', () => {
    const definition = dataset.catalog.indicators.get('rd_intensity')!;
    const all = seriesFromRecords(dataset.records, 'yongchuan', 'rd_intensity', { unit: definition.unit, indicatorKind: definition.kind, bounds: definition.bounds });
    // The passage was written before the 2020 value: it uses 2017–2019 only.
    const keep = all.years.map((year, index) => [year, all.values[index]!] as const).filter(([year]) => year <= 2019);
    const series = { ...all, years: keep.map(([year]) => year), values: keep.map(([, value]) => value) };
    const statedGrowth = record('yongchuan', 'rd_intensity_avg_annual_growth', 2019, 'actual').value;
    const statedValue = record('yongchuan', 'rd_intensity', 2025, 'estimate').value;
    const settings = compoundGrowthFamily.settingsSchema.parse({ window: { startYear: 2017, endYear: 2019 }, origin: { year: 2019 }, growthRateDecimals: 2 });
    const outcome = compoundGrowthFamily.fit(series, settings, {});
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const growthPercent = (outcome.model.parameters.growthRate as number) * 100;
    expect(growthPercent).toBeCloseTo(statedGrowth, 10);
    const forecast = compoundGrowthFamily.forecast(outcome.model, 2025 - 2019, [80]);
    expect(forecast.years[5]).toBe(2025);
    expect(Number(forecast.point[5]!.toFixed(2))).toBe(statedValue);
  });
});

describe('base-to-target pairs of the 14th-plan tables', () => {
  it('every pair is carried exactly by its compound rate, which is the required growth', () => {
    let pairs = 0;
    for (const region of ['yubei', 'yongchuan', 'shapingba']) {
      for (const goal of goalsFromRecords(dataset.records, dataset.catalog, region)) {
        if (goal.planPeriod !== '14th' || goal.kind !== 'target' || goal.baseYear !== 2020 || goal.baseValue === undefined || !(goal.baseValue > 0) || !(goal.value > 0)) continue;
        const definition = dataset.catalog.indicators.get(goal.indicator)!;
        const series = { region, indicator: goal.indicator, unit: definition.unit, indicatorKind: definition.kind, bounds: { lower: null, upper: null }, years: [2020, goal.year], values: [goal.baseValue, goal.value] };
        const outcome = compoundGrowthFamily.fit(series, compoundGrowthFamily.settingsSchema.parse({}), {});
        expect(outcome.ok, `${region} ${goal.indicator}`).toBe(true);
        if (!outcome.ok) continue;
        const rate = outcome.model.parameters.growthRate as number;
        expect(goal.baseValue * (1 + rate) ** (goal.year - 2020)).toBeCloseTo(goal.value, 9);
        expect(rate).toBeCloseTo(requiredGrowthRate(goal.baseValue, 2020, goal.value, goal.year), 12);
        pairs++;
      }
    }
    expect(pairs).toBeGreaterThan(20);
  });
});

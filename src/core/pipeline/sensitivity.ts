/**
 * Sensitivity: which levers move the probability of an indicator's main goal most (the data of a tornado
 * chart). Each lever is set low and high around the scenario, one at a time, on the same common random
 * numbers, so the swing is the lever's alone:
 * - the indicator's growth ±1 percentage point a year;
 * - the model's spread ×0.5 / ×1.5;
 * - a lasting 10 % loss of level in the first projected year, never made up (low only);
 * - GDP growth ±1 point (ratios with GDP as denominator: R&D intensity);
 * - population growth ±0.5 point (ratios with population as denominator: patents per 10,000);
 * - the enterprise pipeline's conversion rate ±1 point (high-tech enterprises, where the region has
 *   technology-based enterprise data).
 */
import { assessGoal } from '../feasibility/assess-goal.js';
import type { ResolvedScenario } from '../scenarios/resolve-scenario.js';
import { ratioParts } from '../simulation/driver-factors.js';
import type { IndicatorPaths } from '../simulation/indicator-paths.js';
import { mainGoal } from './main-goal.js';
import type { PreparedIndicator, PreparedRegion } from './prepare-region.js';
import { pipelineAppliesTo, scenarioPaths } from './project-scenario.js';

export interface LeverSensitivity {
  lever: string;
  label: { zh: string; en: string };
  /** probability with the lever at its low and high setting */
  low: number;
  high: number;
}

export interface IndicatorSensitivity {
  indicator: string;
  goalYear: number;
  baseProbability: number;
  levers: LeverSensitivity[];
}

interface LeverVariant {
  lever: string;
  label: { zh: string; en: string };
  low: ResolvedScenario;
  high: ResolvedScenario;
}

function variants(prepared: PreparedIndicator, region: PreparedRegion, scenario: ResolvedScenario): LeverVariant[] {
  const id = prepared.definition.id;
  const firstYear = prepared.baseline?.firstYear ?? (prepared.series.years.at(-1) ?? 0) + 1;
  const withGrowth = (points: number): ResolvedScenario => ({ ...scenario, growth: [...scenario.growth, { indicators: id, percentagePoints: points }] });
  const list: LeverVariant[] = [
    { lever: 'growth', label: { zh: '年增速 ±1个百分点', en: 'growth ±1 pp a year' }, low: withGrowth(-1), high: withGrowth(1) },
    { lever: 'spread', label: { zh: '不确定性 ×0.5 / ×1.5', en: 'spread ×0.5 / ×1.5' }, low: { ...scenario, spreadMultiplier: scenario.spreadMultiplier * 1.5 }, high: { ...scenario, spreadMultiplier: scenario.spreadMultiplier * 0.5 } },
    { lever: 'shock', label: { zh: `${firstYear}年水平下降10%且未恢复`, en: `lasting 10 % loss from ${firstYear}` }, low: { ...scenario, shocks: [...scenario.shocks, { indicators: id, year: firstYear, sizePercent: -10, recoveryYears: 0 }] }, high: scenario },
  ];
  const parts = ratioParts(prepared.definition.relation);
  const driver = (name: 'gdp' | 'population', points: number): ResolvedScenario => ({ ...scenario, drivers: { ...scenario.drivers, [name]: { growthPercent: 6 + points, baselineGrowthPercent: 6, spreadPercent: 0 } } });
  if (parts?.denominator === 'gdp') list.push({ lever: 'gdp-growth', label: { zh: 'GDP增速 ±1个百分点', en: 'GDP growth ±1 pp' }, low: driver('gdp', 1), high: driver('gdp', -1) });
  if (parts?.denominator === 'population') list.push({ lever: 'population-growth', label: { zh: '人口增速 ±0.5个百分点', en: 'population growth ±0.5 pp' }, low: driver('population', 0.5), high: driver('population', -0.5) });
  if (pipelineAppliesTo(id, region)) {
    const pipeline = (points: number): ResolvedScenario => ({ ...scenario, pipeline: { renewalRatePercent: 70, certificationYears: 3, ...scenario.pipeline, conversionRateChangePercentagePoints: (scenario.pipeline?.conversionRateChangePercentagePoints ?? 0) + points } });
    list.push({ lever: 'pipeline-conversion', label: { zh: '科技型企业转化率 ±1个百分点', en: 'pipeline conversion ±1 pp' }, low: pipeline(-1), high: pipeline(1) });
  }
  return list;
}

function probabilityUnder(prepared: PreparedIndicator, region: PreparedRegion, scenario: ResolvedScenario, goal: NonNullable<ReturnType<typeof mainGoal>>): number {
  const cache = new Map<string, IndicatorPaths | undefined>();
  const paths = scenarioPaths(prepared, region, scenario, cache, []);
  return assessGoal(goal, prepared.series, paths, { preset: region.settings.preset, presetSettings: region.settings.presetSettings }).probability ?? Number.NaN;
}

export function indicatorSensitivity(prepared: PreparedIndicator, region: PreparedRegion, scenario: ResolvedScenario): IndicatorSensitivity | undefined {
  const latestYear = prepared.series.years[prepared.series.years.length - 1];
  const goal = mainGoal(prepared.goals, latestYear);
  if (goal === undefined || prepared.baseline === undefined || latestYear === undefined || goal.year <= latestYear) return undefined;
  const baseProbability = probabilityUnder(prepared, region, scenario, goal);
  const levers = variants(prepared, region, scenario).map((variant) => ({
    lever: variant.lever, label: variant.label,
    low: probabilityUnder(prepared, region, variant.low, goal),
    high: probabilityUnder(prepared, region, variant.high, goal),
  }));
  levers.sort((a, b) => Math.abs(b.high - b.low) - Math.abs(a.high - a.low) || a.lever.localeCompare(b.lever));
  return { indicator: prepared.definition.id, goalYear: goal.year, baseProbability, levers };
}

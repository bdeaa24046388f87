/**
 * Target proposals for a plan (`plancast propose --plan 15th`, the report's 十五五目标建议): for every
 * projected indicator of the region, the plan's end-year value reachable with each stated probability
 * under each scenario (reachable-values.ts), the growth it implies over the plan from its base-year value
 * and from the latest observation, the reference-class check against the calibrated forecasts' reference
 * corpora (reference-growth.ts: of comparable series' five-year windows, the share that grew as fast), and the planners'
 * common rules for comparison:
 *
 *   trend     the indicator's compound growth over its history, continued from the latest observation
 *   doubling  twice the base-year value by the plan's last year (Chongqing's 双倍增: 2027 = 2 × 2022), for
 *             amounts and counts
 *   cascade   the parent region's (the city's) goal for the same plan and indicator, where the data has one:
 *             the same level for ratios and shares, the region's latest share of the city's value for amounts
 *
 * The base-year value is the observation of that year where there is one, else the main scenario's median.
 */
import { goalsFromRecords } from '../../assessment/goals-from-records.js';
import type { PreparedRegion } from '../../pipeline/prepare-region.js';
import { scenarioPaths } from '../../pipeline/project-scenario.js';
import type { PlanDefinition } from '../../plans/plan-calendar.js';
import type { Dataset } from '../../records/dataset.js';
import type { ResolvedScenario } from '../../scenarios/resolve-scenario.js';
import type { IndicatorPaths } from '../../simulation/indicator-paths.js';
import { pathMedians } from '../../simulation/path-quantiles.js';
import { compoundAnnualGrowthRate } from '../../statistics/compound-annual-growth-rate.js';
import { reachableValues } from './reachable-values.js';
import { compareIndicators } from '../indicator-order.js';
import { referenceGrowths, shareAsFast, type ReferenceGrowthTable } from './reference-growth.js';
import type { IndicatorProposal, PlannerRule, TargetProposals } from './target-proposal-model.js';
import { observationsByYear } from './yearly-actuals.js';

export interface ProposalInputs {
  dataset: Dataset;
  prepared: PreparedRegion;
  /** resolved scenarios; the first is the main one */
  scenarios: readonly ResolvedScenario[];
  plan: PlanDefinition;
  confidences: readonly number[];
  /** the reference corpora's five-year growths by class (models/reference-growth.json); without it, no reference-class check */
  referenceGrowth?: ReferenceGrowthTable;
}

/** Units of things counted one by one: a proposed target of them is a whole number. */
export const COUNT_UNITS: ReadonlySet<string> = new Set(['家', '个', '件', '人', '项', '所', '支', '名', '场', '次', '家次', '辆', '期']);

const growthOrNull = (start: number | undefined, end: number, years: number): number | null =>
  start !== undefined && start > 0 && end > 0 && years > 0 ? compoundAnnualGrowthRate(start, end, years) : null;

function medianIn(paths: IndicatorPaths | undefined, year: number): number | undefined {
  if (paths === undefined) return undefined;
  const step = year - paths.firstYear;
  if (step < 0 || step >= paths.horizon) return undefined;
  return pathMedians(paths.values, paths.pathCount, paths.horizon)[step];
}

function cascadeRule(inputs: ProposalInputs, indicator: string, baseValue: number | undefined): PlannerRule | undefined {
  const { dataset, plan, prepared } = inputs;
  const parent = dataset.catalog.regions.get(prepared.region)?.parent;
  if (parent === undefined) return undefined;
  const goal = goalsFromRecords(dataset.records, dataset.catalog, parent).find((candidate) => candidate.indicator === indicator && candidate.kind !== 'cumulative-target' && (candidate.planPeriod === plan.id || candidate.year === plan.lastYear));
  if (goal === undefined) return undefined;
  const parentName = dataset.catalog.regions.get(parent)!.name;
  const definition = dataset.catalog.indicators.get(indicator)!;
  const growth = (value: number) => growthOrNull(baseValue, value, plan.lastYear - plan.baseYear);
  if (definition.kind === 'ratio' || definition.kind === 'share') {
    return { rule: 'cascade', value: goal.value, growthOverPlan: growth(goal.value), detail: { parent: parentName, parentTarget: goal.value } };
  }
  const own = observationsByYear(dataset.records, prepared.region, indicator);
  const city = observationsByYear(dataset.records, parent, indicator);
  const common = [...own.keys()].filter((year) => city.has(year) && city.get(year)!.value > 0).sort((a, b) => a - b).at(-1);
  if (common === undefined) return undefined;
  const share = own.get(common)!.value / city.get(common)!.value;
  const value = share * goal.value;
  return { rule: 'cascade', value, growthOverPlan: growth(value), detail: { parent: parentName, share, shareYear: common, parentTarget: goal.value } };
}

function indicatorProposal(inputs: ProposalInputs, index: number): IndicatorProposal | undefined {
  const { dataset, prepared: region, plan, confidences } = inputs;
  const prepared = region.indicators[index]!;
  const { series, definition } = prepared;
  const latestYear = series.years.at(-1);
  if (latestYear === undefined || prepared.baseline === undefined || latestYear >= plan.lastYear) return undefined;
  const latestValue = series.values.at(-1)!;
  const lowerIsBetter = definition.direction === 'lower-is-better';
  const caches = inputs.scenarios.map(() => new Map<string, IndicatorPaths | undefined>());
  const pathsUnder = (scenarioIndex: number) => scenarioPaths(prepared, region, inputs.scenarios[scenarioIndex]!, caches[scenarioIndex]!, []);
  const observedBase = series.years.indexOf(plan.baseYear);
  const projectedBase = plan.baseYear > latestYear ? medianIn(pathsUnder(0), plan.baseYear) : undefined;
  const base = observedBase >= 0 ? { year: plan.baseYear, value: series.values[observedBase]!, observed: true } : projectedBase !== undefined ? { year: plan.baseYear, value: projectedBase, observed: false } : null;
  const years = plan.lastYear - plan.baseYear;
  const reference = inputs.referenceGrowth === undefined ? undefined : referenceGrowths(inputs.referenceGrowth, definition);
  const wholeNumbers = COUNT_UNITS.has(definition.unit);
  const scenarios = inputs.scenarios.map((scenario, scenarioIndex) => {
    const paths = pathsUnder(scenarioIndex);
    const values = paths === undefined ? undefined : reachableValues(paths, { year: plan.lastYear, direction: definition.direction, wholeNumbers }, confidences);
    return {
      scenario: scenario.id, label: scenario.label,
      values: (values ?? []).map((value, at) => {
        const growthOverPlan = growthOrNull(base?.value, value, years);
        return {
          confidence: confidences[at]!, value, growthOverPlan, growthFromLatest: growthOrNull(latestValue, value, plan.lastYear - latestYear),
          referenceShare: growthOverPlan === null || reference === undefined ? null : shareAsFast(reference, growthOverPlan, lowerIsBetter),
        };
      }),
    };
  });
  const rules: PlannerRule[] = [];
  if (series.years.length >= 2 && series.values[0]! > 0 && latestValue > 0) {
    const trend = compoundAnnualGrowthRate(series.values[0]!, latestValue, latestYear - series.years[0]!);
    const value = latestValue * (1 + trend) ** (plan.lastYear - latestYear);
    rules.push({ rule: 'trend', value, growthOverPlan: growthOrNull(base?.value, value, years), detail: { growth: trend } });
  }
  // doubling is a rule for amounts and counts (双倍增: enterprises, R&D spending), not for ratios and shares
  if (base !== null && !lowerIsBetter && definition.kind !== 'ratio' && definition.kind !== 'share') rules.push({ rule: 'doubling', value: 2 * base.value, growthOverPlan: growthOrNull(base.value, 2 * base.value, years), detail: null });
  const cascade = cascadeRule(inputs, definition.id, base?.value);
  if (cascade !== undefined) rules.push(cascade);
  const existing = prepared.goals.find((goal) => goal.kind !== 'cumulative-target' && (goal.planPeriod === plan.id || goal.year === plan.lastYear));
  return {
    indicator: definition.id, name: definition.name, unit: definition.unit, direction: definition.direction,
    latest: { year: latestYear, value: latestValue }, base,
    existingGoal: existing === undefined ? null : { value: existing.value, comparator: existing.comparator, year: existing.year },
    scenarios,
    reference: reference === undefined ? null : { corpus: reference.corpus, corpusName: reference.corpusName, classId: reference.classId, className: dataset.catalog.indicators.get(reference.classId)?.name ?? null, match: reference.match, series: reference.series, windows: reference.growths.length },
    rules,
  };
}

export function targetProposals(inputs: ProposalInputs, indicatorFilter?: (indicator: string) => boolean): TargetProposals {
  const { prepared, dataset, plan } = inputs;
  const indicators = prepared.indicators.flatMap((entry, index) => {
    if (indicatorFilter !== undefined && !indicatorFilter(entry.definition.id)) return [];
    const proposal = indicatorProposal(inputs, index);
    return proposal === undefined ? [] : [proposal];
  });
  indicators.sort((left, right) => compareIndicators(left.indicator, right.indicator));
  return {
    plan: { id: plan.id, name: plan.name, firstYear: plan.firstYear, lastYear: plan.lastYear, baseYear: plan.baseYear },
    region: prepared.region, regionName: dataset.catalog.regions.get(prepared.region)?.name ?? { zh: prepared.region, en: prepared.region },
    confidences: [...inputs.confidences], indicators,
  };
}

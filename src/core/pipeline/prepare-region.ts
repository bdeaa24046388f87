/**
 * Step one of the pipeline for a region: everything that does not depend on the scenario, done once.
 *
 *   records ─→ observed series (as of the assessment year) ─→ pooled prior ─→ fit & select (models/*.yaml)
 *           ─→ common random numbers (one stream per series) ─→ baseline paths ─→ goals
 *
 * Scenarios then only transform the baseline paths (project-scenario.ts), which is what makes moving a
 * lever in the interactive session cheap.
 */
import type { Catalog, IndicatorDefinition } from '../catalog/indicator-catalog.js';
import { goalsFromRecords } from '../assessment/goals-from-records.js';
import type { PlanGoal } from '../assessment/plan-goal.js';
import { findFamily } from '../models/family-registry.js';
import type { AnyModelFamily, FittedModel } from '../models/model-family.js';
import { fitWithSpec, type FitReport } from '../models/model-selection.js';
import type { ModelSpec } from '../models/model-spec.js';
import type { Dataset } from '../records/dataset.js';
import { isObservation, isUsable, type IndicatorRecord } from '../records/indicator-record.js';
import { seriesFromRecords, type ObservedSeries } from '../series/observed-series.js';
import type { IndicatorPaths } from '../simulation/indicator-paths.js';
import { streamSeed } from '../simulation/stream-seed.js';
import { createSeededRandom } from '../statistics/seeded-random.js';
import { calendarEndYear, type PlanDefinition } from '../plans/plan-calendar.js';
import { currentPlan } from '../plans/current-plan.js';
import { mainGoal } from './main-goal.js';
import { fitContextFor } from './pooled-priors.js';
import type { ProjectionSettings } from './projection-settings.js';

export interface PreparedIndicator {
  region: string;
  definition: IndicatorDefinition;
  series: ObservedSeries;
  fit: FitReport;
  /** the family and model the paths come from (the best-weighted member when an ensemble is chosen) */
  family: AnyModelFamily | null;
  model: FittedModel | null;
  /** baseline paths (no levers), or undefined when no family could be fitted */
  baseline: IndicatorPaths | undefined;
  /** one uniform per path for uncertain ceilings */
  ceilingUniforms: Float64Array;
  goals: PlanGoal[];
  /** the id of the goal the indicator is summarised by (main-goal.ts), if it has goals */
  mainGoalId: string | undefined;
  diagnostics: string[];
}

export interface PreparedRegion {
  region: string;
  settings: ProjectionSettings;
  /** the plan under evaluation (plans/current-plan.ts) and the year it was read at */
  currentPlan: PlanDefinition | undefined;
  assessmentYear: number | undefined;
  modelSpec: string;
  indicators: PreparedIndicator[];
  /** goals of indicators the region has no observation of */
  goalsWithoutData: PlanGoal[];
  /** the catalogue, for the indicator roles the scenario levers read */
  catalog?: Catalog;
}

/** Every region/indicator series in the dataset (as of a year), for pooled priors. */
/**
 * Every observed series of the dataset (up to asOfYear), remembered per records list and as-of year: a
 * region prepared in parts (the session's first screen, then one indicator at a time) and every region of
 * `start` read the same pool, so it is grouped once.
 */
const seriesPools = new WeakMap<readonly IndicatorRecord[], Map<number | undefined, readonly ObservedSeries[]>>();

export function allObservedSeries(dataset: Dataset, asOfYear?: number): readonly ObservedSeries[] {
  let pools = seriesPools.get(dataset.records);
  if (pools === undefined) seriesPools.set(dataset.records, (pools = new Map()));
  let pool = pools.get(asOfYear);
  if (pool === undefined) pools.set(asOfYear, (pool = groupObservedSeries(dataset, asOfYear)));
  return pool;
}

function groupObservedSeries(dataset: Dataset, asOfYear: number | undefined): ObservedSeries[] {
  // One pass groups the observations by series (building each series from all records was quadratic).
  const bySeries = new Map<string, IndicatorRecord[]>();
  for (const record of dataset.records) {
    if (!isObservation(record) || !isUsable(record) || (asOfYear !== undefined && record.year > asOfYear)) continue;
    const key = `${record.region}|${record.indicator}`;
    const group = bySeries.get(key);
    if (group === undefined) bySeries.set(key, [record]);
    else group.push(record);
  }
  return [...bySeries.keys()].sort().flatMap((key) => {
    const [region, indicator] = key.split('|') as [string, string];
    const definition = dataset.catalog.indicators.get(indicator);
    if (definition === undefined) return [];
    return [seriesFromRecords(bySeries.get(key)!, region, definition.id, { unit: definition.unit, indicatorKind: definition.kind, bounds: definition.bounds })];
  });
}

function seriesUpTo(dataset: Dataset, region: string, definition: IndicatorDefinition, asOfYear: number | undefined): ObservedSeries {
  const records = asOfYear === undefined ? dataset.records : dataset.records.filter((record) => record.year <= asOfYear || !isObservation(record));
  return seriesFromRecords(records, region, definition.id, { unit: definition.unit, indicatorKind: definition.kind, bounds: definition.bounds });
}

function simulateBaseline(prepared: Omit<PreparedIndicator, 'baseline' | 'ceilingUniforms' | 'goals' | 'mainGoalId' | 'diagnostics'>, settings: ProjectionSettings, lastGoalYear: number): IndicatorPaths | undefined {
  const { family, model, series, region, definition } = prepared;
  if (family === null || model === null) return undefined;
  const firstYear = model.lastYear + 1;
  const horizon = Math.max(settings.horizonEndYear ?? lastGoalYear, lastGoalYear) - model.lastYear;
  if (horizon < 1) return undefined;
  const innovations = createSeededRandom(streamSeed(settings.seed, `${region}|${definition.id}`)).fillStandardNormal(new Float64Array(settings.pathCount * horizon));
  const values = family.simulate(model, innovations, settings.pathCount, horizon);
  return { region, indicator: definition.id, indicatorKind: definition.kind, bounds: series.bounds, lastYear: model.lastYear, lastValue: model.lastValue, firstYear, horizon, pathCount: settings.pathCount, values };
}

function ceilingUniforms(settings: ProjectionSettings, region: string, indicator: string): Float64Array {
  return createSeededRandom(streamSeed(settings.seed, `${region}|${indicator}|ceiling`)).fillUniform(new Float64Array(settings.pathCount));
}

/** How a region is prepared: `backtests` as fitWithSpec's (the report and `plancast fit` show every family's; default 'when-choosing'). */
export interface PrepareOptions {
  backtests?: 'always' | 'when-choosing';
  /** told after each indicator is prepared, with the region prepared so far (its indicators in order) */
  onIndicatorPrepared?: (soFar: PreparedRegion, indicator: PreparedIndicator) => void;
}

export function prepareIndicator(dataset: Dataset, region: string, definition: IndicatorDefinition, spec: ModelSpec, settings: ProjectionSettings, pool: readonly ObservedSeries[], goals: PlanGoal[], current?: PlanDefinition, options: PrepareOptions = {}): PreparedIndicator {
  const series = seriesUpTo(dataset, region, definition, settings.asOfYear);
  const horizonEnd = settings.horizonEndYear ?? calendarEndYear(dataset.catalog.plans);
  const lastGoalYear = Math.max(...(horizonEnd !== undefined ? [horizonEnd] : []), ...goals.map((goal) => goal.year), series.years.at(-1) ?? 0);
  const lastYear = series.years[series.years.length - 1] ?? lastGoalYear;
  const fit = fitWithSpec(series, spec, fitContextFor(pool, series, dataset.catalog, spec), Math.max(1, lastGoalYear - lastYear), options.backtests ?? 'when-choosing');
  const diagnostics = [...fit.diagnostics];
  let familyId = fit.chosen.family;
  if (familyId === 'ensemble' && fit.ensemble) {
    familyId = Object.entries(fit.ensemble.weights).sort((a, b) => b[1] - a[1])[0]![0];
    diagnostics.push(`an ensemble was chosen; paths are simulated from its best-weighted member, ${familyId}`);
  }
  const report = fit.families.find((candidate) => candidate.family === familyId);
  const family = familyId ? findFamily(familyId) ?? null : null;
  const model = report?.model ?? null;
  if (model === null) diagnostics.push(`no model could be fitted: ${fit.chosen.reason}`);
  const base = { region, definition, series, fit, family: model ? family : null, model };
  return {
    ...base, baseline: simulateBaseline(base, settings, lastGoalYear), ceilingUniforms: ceilingUniforms(settings, region, definition.id),
    goals, mainGoalId: mainGoal(goals, series.years[series.years.length - 1], current)?.id, diagnostics,
  };
}

/** The indicators a region prepares: those it observes, and those whose cumulative goal has reported running totals. */
export function preparedIndicatorIds(dataset: Dataset, region: string, settings: ProjectionSettings): string[] {
  const regionSeries = allObservedSeries(dataset, settings.asOfYear).filter((series) => series.region === region && series.years.length > 0);
  const goals = goalsFromRecords(dataset.records, dataset.catalog, region);
  return [...new Set([...regionSeries.map((series) => series.indicator), ...goals.filter((goal) => (goal.reportedTotals?.length ?? 0) > 0).map((goal) => goal.indicator)])].sort();
}

/**
 * Several preparations of one region with the same settings (each with its own indicator filter) as one:
 * its indicators are those of preparing the union at once, since each indicator is prepared on its own
 * (its own random streams); its goals without data are the parts', in the parts' order. The interactive
 * session prepares the indicator on screen first and the rest afterwards.
 */
export function combinePreparedRegions(parts: readonly PreparedRegion[]): PreparedRegion {
  const first = parts[0];
  if (first === undefined) throw new RangeError('combinePreparedRegions needs at least one part');
  const indicators = new Map(parts.flatMap((part) => part.indicators.map((indicator) => [indicator.definition.id, indicator] as const)));
  const goalsWithoutData = new Map(parts.flatMap((part) => part.goalsWithoutData.map((goal) => [goal.id, goal] as const)));
  return { ...first, indicators: [...indicators.keys()].sort().map((id) => indicators.get(id)!), goalsWithoutData: [...goalsWithoutData.values()] };
}

export function prepareRegion(dataset: Dataset, region: string, spec: ModelSpec, settings: ProjectionSettings, indicatorFilter?: (indicator: string) => boolean, options: PrepareOptions = {}): PreparedRegion {
  const pool = allObservedSeries(dataset, settings.asOfYear);
  const goals = goalsFromRecords(dataset.records, dataset.catalog, region);
  const regionSeries = pool.filter((series) => series.region === region && series.years.length > 0);
  // Indicators with observations, and those whose cumulative goal has a reported running total to judge it on.
  const observedIndicators = new Set([...regionSeries.map((series) => series.indicator), ...goals.filter((goal) => (goal.reportedTotals?.length ?? 0) > 0).map((goal) => goal.indicator)]);
  // The assessment year: --as-of, else the region's latest observation; the current plan is read at it.
  const assessmentYear = settings.asOfYear ?? (regionSeries.length > 0 ? Math.max(...regionSeries.map((series) => series.years.at(-1)!)) : undefined);
  const current = currentPlan(dataset.catalog.plans, assessmentYear, new Set(goals.flatMap((goal) => (goal.planPeriod !== undefined ? [goal.planPeriod] : []))));
  const indicators: PreparedIndicator[] = [];
  for (const indicator of [...observedIndicators].sort()) {
    if (indicatorFilter && !indicatorFilter(indicator)) continue;
    const definition = dataset.catalog.indicators.get(indicator)!;
    const prepared = prepareIndicator(dataset, region, definition, spec, settings, pool, goals.filter((goal) => goal.indicator === indicator), current, options);
    indicators.push(prepared);
    options.onIndicatorPrepared?.(regionOf([...indicators]), prepared);
  }
  return regionOf(indicators);

  function regionOf(prepared: PreparedIndicator[]): PreparedRegion {
    return {
      region, settings, currentPlan: current, assessmentYear, modelSpec: spec.name, indicators: prepared,
      goalsWithoutData: goals.filter((goal) => !observedIndicators.has(goal.indicator) && (!indicatorFilter || indicatorFilter(goal.indicator))),
      catalog: dataset.catalog,
    };
  }
}

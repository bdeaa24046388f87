/**
 * Assembles the report model (report-model.ts) from the pipeline's results:
 *
 *   prepared region ─┬─ goals (+ goals without data) ─→ goal rows: status, 完成率, 序时进度, probability
 *   projections ─────┼─ quantiles per scenario ────────→ forecasts (fan and comparison charts)
 *                    ├─ each goal under each scenario ─→ comparison rows
 *   sensitivity ─────┼─────────────────────────────────→ sensitivity rows (tornado charts)
 *   dataset ─────────┴─ fits, records, conflicts ──────→ model table, provenance, conflicts
 *
 * Which indicators: every indicator of the region with a goal. Those with observations get a goal row
 * per goal (earlier plans' goals too, judged on their own year's value), a forecast and a
 * model row; those without get a "no data" row. Pure and deterministic: no clock, everything sorted.
 */
import type { PlanGoal } from '../assessment/plan-goal.js';
import type { GoalAssessment } from '../feasibility/goal-assessment.js';
import type { PreparedIndicator, PreparedRegion } from '../pipeline/prepare-region.js';
import type { IndicatorProjection, ScenarioProjection } from '../pipeline/project-scenario.js';
import type { IndicatorSensitivity } from '../pipeline/sensitivity.js';
import type { Dataset } from '../records/dataset.js';
import type { YearQuantiles } from '../simulation/path-quantiles.js';
import type { ForecastCalibration } from '../forecasting/forecast-calibration.js';
import { calibrationRows, conflictRows, modelRow, provenanceRows } from './assemble-appendices.js';
import { compareIndicators, compareText, roundOrNull, roundSignificant } from './indicator-order.js';
import type { Language, StatusName } from './messages.js';
import type { ChartGoal, ComparisonRow, GoalRow, GoalSection, IndicatorForecast, ReportModel, ReportPlan, SensitivityRow } from './report-model.js';
import { findPlan, type PlanCalendar, type PlanDefinition } from '../plans/plan-calendar.js';
import { isEarlierPlan } from '../plans/current-plan.js';
import { assembleEvaluation, type EvaluationInputs } from './evaluation/assemble-evaluation.js';

export interface AssembleReportInput {
  dataset: Dataset;
  prepared: PreparedRegion;
  /** one projection per scenario; the first is the main scenario */
  projections: ScenarioProjection[];
  /** sensitivity of each indicator's main goal under the main scenario */
  sensitivity: IndicatorSensitivity[];
  language: Language;
  plancastVersion: string;
  generator: string;
  /** what the evaluation needs beyond the projections (evaluation/assemble-evaluation.ts) */
  evaluation?: Pick<EvaluationInputs, 'scenarios' | 'documents' | 'asOfGiven' | 'proposalPlan' | 'proposalConfidences' | 'referenceGrowth'>;
  /** the model spec's forecast calibration, for the methods appendix (its checks, each indicator's class) */
  calibration?: ForecastCalibration;
}

/** Significant digits kept for simulated quantiles: far beyond what a chart or table shows. */
const QUANTILE_DIGITS = 6;

/** 'previous' for goals of plans that ended before the current plan began (plans/current-plan.ts). */
function sectionOf(goal: PlanGoal, calendar: PlanCalendar, current: PlanDefinition | undefined): GoalSection {
  return isEarlierPlan(findPlan(calendar, goal.planPeriod), goal.year, current) ? 'previous' : 'current';
}

/** The plans the goals belong to, in calendar order, as the calendar names them. */
function reportPlans(goals: readonly PlanGoal[], calendar: PlanCalendar): ReportPlan[] {
  const ids = new Set(goals.flatMap((goal) => (goal.planPeriod !== undefined ? [goal.planPeriod] : [])));
  return calendar.plans.filter((plan) => ids.has(plan.id)).map((plan) => ({ id: plan.id, name: plan.name, kind: plan.kind, firstYear: plan.firstYear, lastYear: plan.lastYear, baseYear: plan.baseYear }));
}

/** The status a row shows: achieved/missed once the goal year is observed, else the preset's verdict. */
function rowStatus(assessment: GoalAssessment): StatusName {
  if (assessment.basis === 'observed') return assessment.status === 'achieved' ? 'achieved' : 'missed';
  // a preset's verdict stands even without a projection (a cumulative goal judged on its reported running total)
  if (assessment.presetAssessment !== null) return assessment.presetAssessment.status;
  if (assessment.status === 'no-data') return 'no-data';
  return 'not-assessable';
}

function goalRow(goal: PlanGoal, prepared: PreparedIndicator | undefined, name: GoalRow['name'], unit: string, assessment: GoalAssessment | undefined, isMain: boolean, section: GoalSection): GoalRow {
  return {
    goalId: goal.id, indicator: goal.indicator, name, unit, section, planPeriod: goal.planPeriod ?? null, attribute: goal.record.attribute ?? null,
    bindingWarning: assessment?.bindingWarning ?? null, statusReason: assessment?.presetAssessment?.reason ?? null,
    margin: roundOrNull(assessment?.margin), cumulativeSoFar: roundOrNull(assessment?.cumulativeSoFar), yearlyAmountNeeded: roundOrNull(assessment?.yearlyAmountNeeded),
    kind: goal.kind, periodStart: goal.periodStart ?? null, targetYear: goal.year, target: goal.value, comparator: goal.comparator,
    baseYear: goal.baseYear ?? null, baseValue: goal.baseValue ?? null,
    latestYear: assessment?.latestYear ?? null, latestValue: assessment?.latestValue ?? null,
    attainment: roundOrNull(assessment?.attainment), distanceCovered: roundOrNull(assessment?.distanceCovered), timeElapsed: roundOrNull(assessment?.timeElapsed),
    yearsAheadOfStraightPath: roundOrNull(assessment?.yearsAheadOfStraightPath),
    status: assessment ? rowStatus(assessment) : 'no-data',
    outlook: assessment?.status ?? 'no-data',
    probability: assessment?.probability ?? null,
    basis: assessment?.basis ?? 'none',
    requiredGrowth: roundOrNull(assessment?.requiredGrowth), historicalGrowth: roundOrNull(assessment?.historicalGrowth),
    projectedMedian: roundOrNull(assessment?.projectedMedian, QUANTILE_DIGITS),
    projected80: assessment?.projected80 ? [roundSignificant(assessment.projected80[0], QUANTILE_DIGITS), roundSignificant(assessment.projected80[1], QUANTILE_DIGITS)] : null,
    reachYearMedian: assessment?.reachYear?.median ?? null,
    isMainGoal: isMain && prepared !== undefined,
    source: { ...goal.record.source },
    notes: assessment ? [...assessment.notes] : ['no observation of this indicator in this region: the goal cannot be assessed; supply actuals with --data'],
  };
}

function compareGoalRows(left: GoalRow, right: GoalRow): number {
  const section = (row: GoalRow): number => (row.section === 'current' ? 0 : 1);
  return section(left) - section(right) || compareIndicators(left.indicator, right.indicator) || left.targetYear - right.targetYear || compareText(left.kind, right.kind) || left.target - right.target;
}

function latestYearOf(prepared: PreparedIndicator): number | undefined {
  return prepared.series.years[prepared.series.years.length - 1];
}

function chartGoal(goal: PlanGoal): ChartGoal {
  return { kind: goal.kind, year: goal.year, value: goal.value, comparator: goal.comparator, baseYear: goal.baseYear ?? null, baseValue: goal.baseValue ?? null, periodStart: goal.periodStart ?? null };
}

function roundedQuantiles(rows: readonly YearQuantiles[]): YearQuantiles[] {
  return rows.map((row) => {
    const rounded = { ...row };
    for (const key of Object.keys(rounded) as (keyof YearQuantiles)[]) if (key !== 'year') rounded[key] = roundSignificant(row[key], QUANTILE_DIGITS);
    return rounded;
  });
}

function forecastOf(prepared: PreparedIndicator, byScenario: { scenario: string; projection: IndicatorProjection }[]): IndicatorForecast {
  const latestYear = latestYearOf(prepared);
  const main = prepared.goals.find((goal) => goal.id === prepared.mainGoalId);
  const ahead = (goal: PlanGoal): boolean => latestYear !== undefined && goal.year > latestYear;
  return {
    indicator: prepared.definition.id,
    name: prepared.definition.name,
    unit: prepared.definition.unit,
    history: prepared.series.years.map((year, index) => ({ year, value: prepared.series.values[index]! })),
    mainGoal: main && ahead(main) ? chartGoal(main) : null,
    otherGoals: prepared.goals.filter((goal) => goal !== main && ahead(goal)).map(chartGoal),
    scenarios: byScenario.map(({ scenario, projection }) => ({ scenario, quantiles: roundedQuantiles(projection.quantiles) })),
  };
}

function comparisonRows(prepared: PreparedIndicator, byScenario: { scenario: string; projection: IndicatorProjection }[]): ComparisonRow[] {
  const rows: ComparisonRow[] = [];
  prepared.goals.forEach((goal) => {
    for (const { scenario, projection } of byScenario) {
      const assessment = projection.goals.find((candidate) => candidate.goalId === goal.id);
      if (assessment === undefined || assessment.basis !== 'simulated') continue;
      rows.push({
        indicator: goal.indicator, name: prepared.definition.name, kind: goal.kind, targetYear: goal.year, target: goal.value, comparator: goal.comparator,
        periodStart: goal.periodStart ?? null, scenario, probability: assessment.probability, outlook: assessment.status,
        projectedMedian: roundOrNull(assessment.projectedMedian, QUANTILE_DIGITS),
      });
    }
  });
  return rows;
}

function sensitivityRows(region: PreparedRegion, sensitivity: readonly IndicatorSensitivity[]): SensitivityRow[] {
  return sensitivity
    .flatMap((entry) => {
      const prepared = region.indicators.find((candidate) => candidate.definition.id === entry.indicator);
      if (prepared === undefined) return [];
      return [{
        indicator: entry.indicator, name: prepared.definition.name, goalYear: entry.goalYear, baseProbability: entry.baseProbability,
        levers: entry.levers.map((lever) => ({ lever: lever.lever, control: lever.control, label: lever.label, low: lever.low, high: lever.high })),
      }];
    })
    .sort((left, right) => compareIndicators(left.indicator, right.indicator));
}

/** The region's indicators with a goal, in report order. */
function goalIndicators(region: PreparedRegion): PreparedIndicator[] {
  return region.indicators.filter((prepared) => prepared.goals.length > 0).sort((left, right) => compareIndicators(left.definition.id, right.definition.id));
}

function projectionsOf(prepared: PreparedIndicator, projections: readonly ScenarioProjection[]): { scenario: string; projection: IndicatorProjection }[] {
  return projections.flatMap((projection) => {
    const found = projection.indicators.find((candidate) => candidate.indicator === prepared.definition.id);
    return found ? [{ scenario: projection.scenario.id, projection: found }] : [];
  });
}

/**
 * The report's forecasts (model.forecasts) from the scenarios projected so far: with the main scenario alone
 * they are already what the fan charts draw, so a report can start drawing those while the other scenarios
 * are still being simulated (jobs/run-report.ts).
 */
export function indicatorForecasts(region: PreparedRegion, projections: readonly ScenarioProjection[]): IndicatorForecast[] {
  return goalIndicators(region).map((prepared) => forecastOf(prepared, projectionsOf(prepared, projections)));
}

export function assembleReport(input: AssembleReportInput): ReportModel {
  const { dataset, prepared: region, projections } = input;
  const main = projections[0];
  if (main === undefined) throw new Error('assembleReport requires at least one scenario projection (the main scenario)');
  const settings = region.settings;
  const calendar = dataset.catalog.plans;
  const withGoals = goalIndicators(region);

  const goals: GoalRow[] = [];
  const forecasts: IndicatorForecast[] = [];
  const comparison: ComparisonRow[] = [];
  for (const prepared of withGoals) {
    const byScenario = projectionsOf(prepared, projections);
    const mainProjection = byScenario[0]?.projection;
    for (const goal of prepared.goals) {
      const assessment = mainProjection?.goals.find((candidate) => candidate.goalId === goal.id);
      goals.push(goalRow(goal, prepared, prepared.definition.name, prepared.definition.unit, assessment, goal.id === prepared.mainGoalId, sectionOf(goal, calendar, region.currentPlan)));
    }
    forecasts.push(forecastOf(prepared, byScenario));
    comparison.push(...comparisonRows(prepared, byScenario));
  }
  for (const goal of region.goalsWithoutData) {
    const definition = dataset.catalog.indicators.get(goal.indicator);
    goals.push(goalRow(goal, undefined, definition?.name ?? { zh: goal.indicator, en: goal.indicator }, definition?.unit ?? goal.record.unit, undefined, false, sectionOf(goal, calendar, region.currentPlan)));
  }
  goals.sort(compareGoalRows);

  const reportIndicators = new Set(goals.map((row) => row.indicator));
  const latestYears = forecasts.map((forecast) => forecast.history[forecast.history.length - 1]?.year).filter((year): year is number => year !== undefined);
  const regionName = dataset.catalog.regions.get(region.region)?.name ?? { zh: region.region, en: region.region };
  const model: Omit<ReportModel, 'evaluation'> = {
    meta: {
      region: region.region, regionName, language: input.language, plancastVersion: input.plancastVersion, seed: settings.seed, generator: input.generator,
      pathCount: settings.pathCount, preset: settings.preset, presetIsRegionDefault: settings.presetChosenBy === 'region-default', presetSettings: settings.presetSettings,
      currentPlan: region.currentPlan?.id ?? null, plans: reportPlans([...region.indicators.flatMap((prepared) => prepared.goals), ...region.goalsWithoutData], calendar),
      asOfYear: settings.asOfYear ?? null,
      dataYear: latestYears.length > 0 ? Math.max(...latestYears) : null, modelSpec: region.modelSpec, mainScenario: main.scenario.id,
      scenarios: projections.map((projection) => ({ id: projection.scenario.id, label: projection.scenario.label, chain: [...projection.scenario.chain], levers: projection.scenario.levers })),
      intervalLevels: [50, 80, 95],
    },
    goals,
    forecasts,
    comparison,
    sensitivity: sensitivityRows(region, input.sensitivity),
    models: withGoals.map((prepared) => modelRow(prepared, input.calibration, (id) => dataset.catalog.indicators.get(id)?.name)),
    calibration: calibrationRows(input.calibration),
    provenance: provenanceRows(dataset, region.region, reportIndicators),
    conflicts: conflictRows(dataset, region.region, reportIndicators),
  };
  return { ...model, evaluation: assembleEvaluation({ dataset, prepared: region, model, ...input.evaluation }) };
}

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
 * per goal (13th-plan goals too, judged on observations once their year is observed), a forecast and a
 * model row; those without get a "no data" row. Pure and deterministic: no clock, everything sorted.
 */
import type { PlanGoal } from '../assessment/plan-goal.js';
import type { GoalAssessment } from '../feasibility/goal-assessment.js';
import { mainGoal } from '../pipeline/main-goal.js';
import type { PreparedIndicator, PreparedRegion } from '../pipeline/prepare-region.js';
import type { IndicatorProjection, ScenarioProjection } from '../pipeline/project-scenario.js';
import type { IndicatorSensitivity } from '../pipeline/sensitivity.js';
import type { Dataset } from '../records/dataset.js';
import type { YearQuantiles } from '../simulation/path-quantiles.js';
import type { ForecastCalibration } from '../forecasting/forecast-calibration.js';
import { calibrationRows, conflictRows, modelRow, provenanceRows } from './assemble-appendices.js';
import { compareIndicators, compareText, roundOrNull, roundSignificant } from './indicator-order.js';
import type { Language, StatusName } from './messages.js';
import type { ChartGoal, ComparisonRow, GoalRow, GoalSection, IndicatorForecast, ReportModel, SensitivityRow } from './report-model.js';

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
  /** the model spec's forecast calibration, for the methods appendix (its checks, each indicator's class) */
  calibration?: ForecastCalibration;
}

/** Significant digits kept for simulated quantiles: far beyond what a chart or table shows. */
const QUANTILE_DIGITS = 6;

function sectionOf(goal: PlanGoal): GoalSection {
  if (goal.planPeriod === '13th') return 'previous';
  return goal.planPeriod === undefined && goal.year <= 2020 ? 'previous' : 'current';
}

/** The status a row shows: achieved/missed once the goal year is observed, else the preset's verdict. */
function rowStatus(assessment: GoalAssessment): StatusName {
  if (assessment.status === 'no-data') return 'no-data';
  if (assessment.basis === 'observed') return assessment.status === 'achieved' ? 'achieved' : 'missed';
  return assessment.presetAssessment?.status ?? 'not-assessable';
}

function goalRow(goal: PlanGoal, prepared: PreparedIndicator | undefined, name: GoalRow['name'], unit: string, assessment: GoalAssessment | undefined, isMain: boolean): GoalRow {
  return {
    indicator: goal.indicator, name, unit, section: sectionOf(goal), planPeriod: goal.planPeriod ?? null, attribute: goal.record.attribute ?? null,
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
  const main = mainGoal(prepared.goals, latestYear);
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
  prepared.goals.forEach((goal, index) => {
    for (const { scenario, projection } of byScenario) {
      const assessment = projection.goals[index];
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
        levers: entry.levers.map((lever) => ({ lever: lever.lever, label: lever.label, low: lever.low, high: lever.high })),
      }];
    })
    .sort((left, right) => compareIndicators(left.indicator, right.indicator));
}

export function assembleReport(input: AssembleReportInput): ReportModel {
  const { dataset, prepared: region, projections } = input;
  const main = projections[0];
  if (main === undefined) throw new Error('assembleReport requires at least one scenario projection (the main scenario)');
  const settings = region.settings;
  const withGoals = region.indicators.filter((prepared) => prepared.goals.length > 0).sort((left, right) => compareIndicators(left.definition.id, right.definition.id));

  const goals: GoalRow[] = [];
  const forecasts: IndicatorForecast[] = [];
  const comparison: ComparisonRow[] = [];
  for (const prepared of withGoals) {
    const byScenario = projections.flatMap((projection) => {
      const found = projection.indicators.find((candidate) => candidate.indicator === prepared.definition.id);
      return found ? [{ scenario: projection.scenario.id, projection: found }] : [];
    });
    const mainProjection = byScenario[0]?.projection;
    const summarised = mainGoal(prepared.goals, latestYearOf(prepared));
    prepared.goals.forEach((goal, index) => {
      goals.push(goalRow(goal, prepared, prepared.definition.name, prepared.definition.unit, mainProjection?.goals[index], goal === summarised));
    });
    forecasts.push(forecastOf(prepared, byScenario));
    comparison.push(...comparisonRows(prepared, byScenario));
  }
  for (const goal of region.goalsWithoutData) {
    const definition = dataset.catalog.indicators.get(goal.indicator);
    goals.push(goalRow(goal, undefined, definition?.name ?? { zh: goal.indicator, en: goal.indicator }, definition?.unit ?? goal.record.unit, undefined, false));
  }
  goals.sort(compareGoalRows);

  const reportIndicators = new Set(goals.map((row) => row.indicator));
  const latestYears = forecasts.map((forecast) => forecast.history[forecast.history.length - 1]?.year).filter((year): year is number => year !== undefined);
  const regionName = dataset.catalog.regions.get(region.region)?.name ?? { zh: region.region, en: region.region };
  return {
    meta: {
      region: region.region, regionName, language: input.language, plancastVersion: input.plancastVersion, seed: settings.seed, generator: input.generator,
      pathCount: settings.pathCount, preset: settings.preset, asOfYear: settings.asOfYear ?? null,
      dataYear: latestYears.length > 0 ? Math.max(...latestYears) : null, modelSpec: region.modelSpec, mainScenario: main.scenario.id,
      scenarios: projections.map((projection) => ({ id: projection.scenario.id, label: projection.scenario.label, chain: [...projection.scenario.chain], levers: projection.scenario.levers })),
      intervalLevels: [50, 80, 95],
    },
    goals,
    forecasts,
    comparison,
    sensitivity: sensitivityRows(region, input.sensitivity),
    models: withGoals.map((prepared) => modelRow(prepared, input.calibration)),
    calibration: calibrationRows(input.calibration),
    provenance: provenanceRows(dataset, region.region, reportIndicators),
    conflicts: conflictRows(dataset, region.region, reportIndicators),
  };
}

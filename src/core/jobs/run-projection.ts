/**
 * The one entry point of a projection job: everything `feasibility`, `project`, `compare`,
 * `sensitivity`, the report and the interactive session compute goes through here, and they differ only
 * in how they show the result.
 *
 *   inputs (dataset, model spec, region, scenarios, settings)
 *     ─→ prepare the region (fit & select, common random numbers, baseline paths)   pipeline/prepare-region.ts
 *     ─→ each scenario: levers → quantiles → goal feasibility                        pipeline/project-scenario.ts
 *     ─→ [sensitivity of each main goal under the main scenario]                     pipeline/sensitivity.ts
 *     ─→ one result: every goal with its stable id, each scenario's assessment of it
 *
 * Pure and deterministic: the same inputs give the same result, byte for byte once serialised.
 */
import type { PlanGoal } from '../assessment/plan-goal.js';
import type { GoalAssessment } from '../feasibility/goal-assessment.js';
import type { ModelSpec } from '../models/model-spec.js';
import { prepareRegion, type PreparedIndicator, type PreparedRegion } from '../pipeline/prepare-region.js';
import { leverDependencies, projectScenario, type ScenarioProjection } from '../pipeline/project-scenario.js';
import { RANDOM_GENERATOR, type ProjectionSettings } from '../pipeline/projection-settings.js';
import { indicatorSensitivity, type IndicatorSensitivity } from '../pipeline/sensitivity.js';
import type { Dataset } from '../records/dataset.js';
import { isGoal, isUsable } from '../records/indicator-record.js';
import type { PolicyLibrary } from '../policies/policy-spec.js';
import type { ResolvedScenario } from '../scenarios/resolve-scenario.js';

/**
 * Which indicators to project: `all` observed ones, only those `with-goals` (what feasibility and the
 * report need; indicators they depend on, such as a pipeline's pool, come along), or a list of ids.
 */
export type IndicatorSelection = 'all' | 'with-goals' | readonly string[];

export interface ProjectionInputs {
  dataset: Dataset;
  modelSpec: ModelSpec;
  region: string;
  /** resolved scenarios; the first is the main scenario */
  scenarios: readonly ResolvedScenario[];
  settings: ProjectionSettings;
  /** default `all` */
  indicators?: IndicatorSelection;
  /** 'always' when the result shows every family's backtest (the report); default: only when the choice reads them */
  backtests?: 'always' | 'when-choosing';
  /** also compute the sensitivity of every main goal under the main scenario (default false) */
  sensitivity?: boolean;
  /** the policies sensitivity ranks beside the model levers (scenarios/policies/*.yaml) */
  policies?: PolicyLibrary;
  /** told when each stage starts, for progress messages */
  onProgress?: (event: ProjectionProgress) => void;
  /** told after each indicator is prepared, with the region prepared so far */
  onIndicatorPrepared?: (soFar: PreparedRegion, indicator: PreparedIndicator) => void;
  /** told after each scenario is projected, with the scenarios projected so far (the main one first) */
  onScenarioProjected?: (projected: readonly ScenarioProjection[], prepared: PreparedRegion) => void;
}

export type ProjectionProgress =
  | { stage: 'prepared'; indicators: number; goals: number; goalsWithoutData: number }
  | { stage: 'scenario'; scenario: string }
  | { stage: 'sensitivity'; goals: number };

/** A goal of the region with its assessment under each scenario (in the order of the scenarios). */
export interface GoalOutcome {
  id: string;
  indicator: string;
  kind: PlanGoal['kind'];
  year: number;
  planPeriod: string | null;
  /** true for the goal the indicator is summarised by (main-goal.ts) */
  isMainGoal: boolean;
  /** null for goals whose indicator has no observation in the region */
  assessments: { scenario: string; assessment: GoalAssessment }[];
}

export interface ProjectionResult {
  region: string;
  settings: ProjectionSettings;
  generator: string;
  modelSpec: string;
  /** the prepared region (fitted models, baseline paths): what re-simulation in the session starts from */
  prepared: PreparedRegion;
  scenarios: ScenarioProjection[];
  goals: GoalOutcome[];
  /** goals of indicators the region has no observation of */
  goalsWithoutData: PlanGoal[];
  sensitivity: IndicatorSensitivity[];
}

/**
 * The indicators the result shows, and those prepared as well because the shown ones depend on them (a
 * pipeline's pool); undefined = every observed indicator.
 */
function selection(inputs: ProjectionInputs): { shown: Set<string>; prepared: Set<string> } | undefined {
  const chosen = inputs.indicators ?? 'all';
  if (chosen === 'all') return undefined;
  const shown = new Set<string>();
  if (chosen === 'with-goals') {
    for (const record of inputs.dataset.records) {
      if (record.region === inputs.region && isUsable(record) && isGoal(record)) shown.add(record.indicator);
    }
  } else for (const indicator of chosen) shown.add(indicator);
  const prepared = new Set(shown);
  for (const indicator of shown) {
    const definition = inputs.dataset.catalog.indicators.get(indicator);
    if (definition !== undefined) for (const dependency of leverDependencies(definition, inputs.dataset.catalog)) prepared.add(dependency);
  }
  return { shown, prepared };
}

export function runProjection(inputs: ProjectionInputs): ProjectionResult {
  if (inputs.scenarios.length === 0) throw new RangeError('runProjection needs at least one scenario (the main scenario)');
  const chosen = selection(inputs);
  const prepared = prepareRegion(inputs.dataset, inputs.region, inputs.modelSpec, inputs.settings, chosen && ((indicator) => chosen.prepared.has(indicator)), { backtests: inputs.backtests ?? 'when-choosing', ...(inputs.onIndicatorPrepared !== undefined ? { onIndicatorPrepared: inputs.onIndicatorPrepared } : {}) });
  const isShown = (indicator: string): boolean => chosen === undefined || chosen.shown.has(indicator);
  const shownIndicators = prepared.indicators.filter((indicator) => isShown(indicator.definition.id));
  const progress = inputs.onProgress ?? (() => {});
  progress({ stage: 'prepared', indicators: shownIndicators.length, goals: shownIndicators.reduce((sum, indicator) => sum + indicator.goals.length, 0), goalsWithoutData: prepared.goalsWithoutData.length });
  const scenarios: ScenarioProjection[] = [];
  for (const scenario of inputs.scenarios) {
    progress({ stage: 'scenario', scenario: scenario.id });
    const projection = projectScenario(prepared, scenario);
    scenarios.push(chosen === undefined ? projection : { ...projection, indicators: projection.indicators.filter((indicator) => isShown(indicator.indicator)) });
    inputs.onScenarioProjected?.(scenarios, prepared);
  }
  const goals: GoalOutcome[] = shownIndicators.flatMap((indicator, indicatorIndex) =>
    indicator.goals.map((goal, goalIndex) => ({
      id: goal.id, indicator: goal.indicator, kind: goal.kind, year: goal.year, planPeriod: goal.planPeriod ?? null,
      isMainGoal: goal.id === indicator.mainGoalId,
      assessments: scenarios.map((projection) => ({ scenario: projection.scenario.id, assessment: projection.indicators[indicatorIndex]!.goals[goalIndex]! })),
    })),
  );
  const main = inputs.scenarios[0]!;
  if (inputs.sensitivity) progress({ stage: 'sensitivity', goals: shownIndicators.filter((indicator) => indicator.mainGoalId !== undefined).length });
  const sensitivity = inputs.sensitivity
    ? shownIndicators.flatMap((indicator) => {
        if (indicator.goals.length === 0) return [];
        const result = indicatorSensitivity(indicator, prepared, main, inputs.policies);
        return result === undefined ? [] : [result];
      })
    : [];
  return {
    region: inputs.region, settings: inputs.settings, generator: RANDOM_GENERATOR, modelSpec: inputs.modelSpec.name,
    prepared, scenarios, goals, goalsWithoutData: prepared.goalsWithoutData, sensitivity,
  };
}

/** A goal's assessment under a scenario (default: the main one), by the goal's id. */
export function goalAssessment(result: ProjectionResult, goalId: string, scenario?: string): GoalAssessment | undefined {
  const outcome = result.goals.find((goal) => goal.id === goalId);
  if (outcome === undefined) return undefined;
  return (scenario === undefined ? outcome.assessments[0] : outcome.assessments.find((entry) => entry.scenario === scenario))?.assessment;
}

/** The assessments of every goal under one scenario (default: the main one), in the result's order. */
export function goalAssessmentsUnder(result: ProjectionResult, scenario?: string): GoalAssessment[] {
  const index = scenario === undefined ? 0 : result.scenarios.findIndex((projection) => projection.scenario.id === scenario);
  if (index < 0) return [];
  return result.goals.map((goal) => goal.assessments[index]!.assessment);
}

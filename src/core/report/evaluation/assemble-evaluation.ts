/**
 * Assembles the evaluation (evaluation-model.ts) from the report's goal rows and the prepared region:
 *
 *   calendar + as-of year ─→ the plan evaluated, mid-term or final (evaluated-plan.ts) ─→ goals by table
 *   goal rows ─→ status classes of the preset (status-classes.ts), 时间过半、任务过半
 *   records + documents catalogue ─→ numbered documents (document-rows.ts), each year's actual (yearly-actuals.ts)
 *   goals behind or at risk ─→ gaps (gap-analysis.ts), ratio decompositions (ratio-decomposition.ts)
 *   goals below the threshold ─→ levers (lever-effects.ts), targets reachable at 50 % and 80 % (reachable-values.ts)
 *   [a later plan asked for] ─→ target proposals (target-proposals.ts)
 *
 * Pure and deterministic.
 */
import { goalsFromRecords } from '../../assessment/goals-from-records.js';
import type { PlanGoal } from '../../assessment/plan-goal.js';
import type { ReferenceGrowthTable } from './reference-growth.js';
import { findNamedPlan } from '../../plans/plan-reference.js';
import { EMPTY_DOCUMENT_CATALOG, type DocumentCatalog } from '../../documents/document-catalog.js';
import type { PreparedRegion } from '../../pipeline/prepare-region.js';
import { scenarioPaths } from '../../pipeline/project-scenario.js';
import type { Dataset } from '../../records/dataset.js';
import type { ResolvedScenario } from '../../scenarios/resolve-scenario.js';
import { elapsedShare } from '../../evaluation/elapsed-share.js';
import type { GoalRow, ReportModel } from '../report-model.js';
import { documentNumbering, documentRows } from './document-rows.js';
import { chooseEvaluatedPlan, evaluatedPlanOf, goalGroup } from './evaluated-plan.js';
import type { EvaluationModel, GoalGroup, ProblemKind, ProblemRow, ProposalRow } from './evaluation-model.js';
import { problemRow } from './gap-analysis.js';
import { leverEffects } from './lever-effects.js';
import { decomposeShortfall, ratioRelation, requirementAhead } from './ratio-decomposition.js';
import { reachableValues } from './reachable-values.js';
import { BEHIND_STATUSES, statusClasses } from './status-classes.js';
import { COUNT_UNITS, targetProposals } from './target-proposals.js';
import { observationsByYear, yearlyActuals } from './yearly-actuals.js';

/** The probabilities adjusted targets are stated at (三、对策建议与目标调整). */
export const PROPOSAL_CONFIDENCES = [0.5, 0.8] as const;

export interface EvaluationInputs {
  dataset: Dataset;
  prepared: PreparedRegion;
  /** the report model so far (goals, sensitivity, provenance, conflicts, meta) */
  model: Omit<ReportModel, 'evaluation'>;
  /** the resolved scenarios of the report, the main one first (adjusted targets and proposals need their paths) */
  scenarios?: readonly ResolvedScenario[];
  documents?: DocumentCatalog;
  /** whether the assessment year was asked for (--as-of) rather than read from the data */
  asOfGiven?: boolean;
  /** a later plan to propose targets for (`--plan`), and at which probabilities */
  proposalPlan?: string;
  proposalConfidences?: readonly number[];
  /** the reference corpora's five-year growths (models/reference-growth.json), for the proposals' reference-class check */
  referenceGrowth?: ReferenceGrowthTable;
}

function problemKinds(row: GoalRow, threshold: number): ProblemKind[] {
  const kinds: ProblemKind[] = [];
  if (row.status === 'missed') kinds.push('missed');
  else if (BEHIND_STATUSES.has(row.status)) kinds.push('behind-schedule');
  if (row.basis === 'simulated' && row.probability !== null && row.probability < threshold) kinds.push('at-risk');
  if (row.bindingWarning !== null) kinds.push('binding');
  return kinds;
}

function withDecomposition(inputs: EvaluationInputs, row: GoalRow, goals: readonly PlanGoal[], base: Omit<ProblemRow, 'decomposition' | 'requirement'>): ProblemRow {
  const { dataset, prepared } = inputs;
  const definition = dataset.catalog.indicators.get(row.indicator);
  const relation = ratioRelation(definition?.relation);
  const numerator = relation && dataset.catalog.indicators.get(relation.numerator);
  const denominator = relation && dataset.catalog.indicators.get(relation.denominator);
  if (definition === undefined || relation === undefined || !numerator || !denominator) return { ...base, decomposition: null, requirement: null };
  const asOf = prepared.assessmentYear;
  const values = (indicator: string) => new Map([...observationsByYear(dataset.records, prepared.region, indicator, asOf)].map(([year, record]) => [year, record.value]));
  const goal = { year: row.targetYear, value: row.target, ...(row.baseYear !== null ? { baseYear: row.baseYear } : {}), ...(row.baseValue !== null ? { baseValue: row.baseValue } : {}) };
  const numeratorGoal = goals.find((candidate) => candidate.indicator === numerator.id && candidate.kind === 'target' && candidate.planPeriod !== undefined && candidate.planPeriod === (row.planPeriod ?? undefined));
  const input = {
    ratio: definition, numerator, denominator, constant: relation.constant,
    ratioValues: values(definition.id), numeratorValues: values(numerator.id), denominatorValues: values(denominator.id),
    goal, numeratorGoal,
  };
  const requirement = row.latestYear !== null && row.latestValue !== null && row.kind !== 'cumulative-target' ? requirementAhead(input, row.latestYear, row.latestValue) : undefined;
  return { ...base, decomposition: decomposeShortfall(input) ?? null, requirement: requirement ?? null };
}

function proposalRow(inputs: EvaluationInputs, row: GoalRow, goals: readonly PlanGoal[], confidences: readonly number[]): ProposalRow {
  const { prepared, dataset } = inputs;
  const sensitivity = inputs.model.sensitivity.find((entry) => entry.indicator === row.indicator && entry.goalYear === row.targetYear);
  const levers = sensitivity === undefined ? [] : leverEffects(sensitivity);
  const indicator = prepared.indicators.find((candidate) => candidate.definition.id === row.indicator);
  const main = inputs.scenarios?.[0];
  const paths = indicator !== undefined && main !== undefined ? scenarioPaths(indicator, prepared, main, new Map(), []) : undefined;
  const goal = goals.find((candidate) => candidate.id === row.goalId);
  const definition = dataset.catalog.indicators.get(row.indicator);
  let adjusted: ProposalRow['adjusted'] = [];
  if (paths !== undefined && definition !== undefined && goal !== undefined) {
    const cumulative = goal.kind === 'cumulative-target' && goal.periodStart !== undefined
      ? { periodStart: goal.periodStart, observed: new Map(indicator!.series.years.map((year, index) => [year, indicator!.series.values[index]!])) }
      : undefined;
    const values = reachableValues(paths, { year: goal.year, direction: definition.direction, wholeNumbers: COUNT_UNITS.has(definition.unit), ...(cumulative ? { cumulative } : {}) }, confidences);
    const latest = row.latestYear !== null && row.latestValue !== null && row.latestValue > 0 && cumulative === undefined ? { year: row.latestYear, value: row.latestValue } : undefined;
    adjusted = (values ?? []).map((value, index) => ({
      confidence: confidences[index]!, value,
      growth: latest !== undefined && value > 0 && goal.year > latest.year ? Math.expm1(Math.log(value / latest.value) / (goal.year - latest.year)) : null,
    }));
  }
  return { goalId: row.goalId, probability: row.probability!, levers, adjusted, binding: row.attribute === 'binding' };
}

/** The scenarios a later plan's targets are proposed under: the report's, less the plan path (it meets the current targets by construction) unless it is the main one. */
function proposalScenarios(scenarios: readonly ResolvedScenario[]): ResolvedScenario[] {
  return scenarios.filter((scenario, index) => index === 0 || scenario.id !== 'plan-path');
}

export function assembleEvaluation(inputs: EvaluationInputs): EvaluationModel {
  const { dataset, prepared, model } = inputs;
  const calendar = dataset.catalog.plans;
  const goals = goalsFromRecords(dataset.records, dataset.catalog, prepared.region);
  const withGoals = new Set(goals.flatMap((goal) => (goal.planPeriod !== undefined ? [goal.planPeriod] : [])));
  // the year the report states (the as-of year, else its indicators' latest observation)
  const year = model.meta.asOfYear ?? model.meta.dataYear ?? prepared.assessmentYear;
  const choice = chooseEvaluatedPlan(calendar, year, inputs.asOfGiven === true, prepared.currentPlan, withGoals);
  const plan = choice.plan;
  const groups: Record<GoalGroup, string[]> = { evaluated: [], 'long-range': [], next: [], earlier: [] };
  for (const row of model.goals) groups[goalGroup(row, plan, calendar)].push(row.goalId);
  const evaluatedIds = new Set(groups.evaluated);
  const evaluated = model.goals.filter((row) => evaluatedIds.has(row.goalId));
  const timeElapsed = plan !== undefined && year !== undefined ? elapsedShare(year, plan.baseYear, plan.lastYear) ?? null : null;
  const judged = evaluated.filter((row) => row.distanceCovered !== null && row.status !== 'no-data' && row.status !== 'not-assessable');
  const halfway = choice.kind === 'mid-term' && timeElapsed !== null && timeElapsed >= 0.5 && judged.length > 0
    ? { timeElapsed, pastHalf: judged.filter((row) => row.distanceCovered! >= 0.5).map((row) => row.goalId), notPastHalf: judged.filter((row) => row.distanceCovered! < 0.5).map((row) => row.goalId) }
    : null;

  const documents = documentRows(model.provenance, inputs.documents ?? EMPTY_DOCUMENT_CATALOG);
  const tableIndicators = [...new Set(evaluated.map((row) => row.indicator))];
  const { yearColumns, actuals } = plan !== undefined && year !== undefined
    ? yearlyActuals({ records: dataset.records, region: prepared.region, indicators: tableIndicators, baseYear: plan.baseYear, toYear: Math.min(year, plan.lastYear), documentNumber: documentNumbering(documents) })
    : { yearColumns: [], actuals: [] };

  const threshold = prepared.settings.presetSettings.binding.riskProbability;
  const problems = evaluated.flatMap((row) => {
    if (row.status === 'no-data') return [];
    const kinds = problemKinds(row, threshold);
    if (kinds.length === 0) return [];
    const lowerIsBetter = dataset.catalog.indicators.get(row.indicator)?.direction === 'lower-is-better';
    return [withDecomposition(inputs, row, goals, problemRow(row, kinds, lowerIsBetter))];
  });
  const confidences = inputs.proposalConfidences ?? PROPOSAL_CONFIDENCES;
  const proposals = evaluated
    .filter((row) => row.basis === 'simulated' && row.probability !== null && row.probability < threshold)
    .map((row) => proposalRow(inputs, row, goals, PROPOSAL_CONFIDENCES));

  // proposals are for a plan after the one evaluated (`--plan` also names the plan of a data file's rows)
  const named = findNamedPlan(calendar, inputs.proposalPlan);
  const proposalPlan = named !== undefined && named.kind === 'five-year' && (plan === undefined || named.baseYear >= plan.lastYear) ? named : undefined;
  const reportIndicators = new Set(model.goals.map((row) => row.indicator));
  return {
    kind: choice.kind,
    plan: plan === undefined ? null : evaluatedPlanOf(plan, withGoals),
    year: year ?? null, timeElapsed, groups,
    statusClasses: statusClasses(evaluated, model.meta.preset),
    halfway, yearColumns, actuals, riskThreshold: threshold, problems, proposals,
    proposalConfidences: [...PROPOSAL_CONFIDENCES], documents,
    conflictReasons: model.conflicts.map((conflict) => ({ group: conflict.group, reason: inputs.documents?.conflictReasons.get(conflict.group) ?? null })),
    targetProposals: proposalPlan !== undefined && inputs.scenarios !== undefined && inputs.scenarios.length > 0
      ? targetProposals({ dataset, prepared, scenarios: proposalScenarios(inputs.scenarios), plan: proposalPlan, confidences, ...(inputs.referenceGrowth !== undefined ? { referenceGrowth: inputs.referenceGrowth } : {}) }, (indicator) => reportIndicators.has(indicator))
      : null,
  };
}

/**
 * Every region at a glance (reports/index.html, the overview sheet): for each region's report, the kind of
 * evaluation and the plan, its goals counted per status class, its main goals with their probabilities,
 * and where its report is. Assembled from the regions' report models; pure and language-neutral.
 */
import type { LocalizedText } from '../../catalog/indicator-catalog.js';
import type { FeasibilityStatus } from '../../feasibility/goal-assessment.js';
import type { Comparator } from '../../records/indicator-record.js';
import type { StatusName } from '../messages.js';
import type { GoalKind } from '../../assessment/plan-goal.js';
import type { EvaluationKind } from '../evaluation/evaluation-model.js';
import type { ReportModel } from '../report-model.js';
import { compareIndicators } from '../indicator-order.js';

export interface OverviewGoal {
  indicator: string;
  name: LocalizedText;
  unit: string;
  kind: GoalKind;
  targetYear: number;
  target: number;
  comparator: Comparator;
  periodStart: number | null;
  probability: number | null;
  outlook: FeasibilityStatus;
  status: StatusName;
}

export interface OverviewRegion {
  region: string;
  name: LocalizedText;
  kind: EvaluationKind;
  plan: LocalizedText | null;
  year: number | null;
  preset: string;
  /** the report folder, relative to the overview's folder ('/'-separated) */
  link: string;
  statusCounts: { status: StatusName; count: number }[];
  mainGoals: OverviewGoal[];
}

export interface OverviewModel {
  regions: OverviewRegion[];
  /** every indicator with a main goal in some region, in report order */
  indicators: { indicator: string; name: LocalizedText; unit: string }[];
}

export function assembleOverview(reports: readonly { model: ReportModel; link: string }[]): OverviewModel {
  const regions = reports.map(({ model, link }): OverviewRegion => {
    const evaluated = new Set(model.evaluation.groups.evaluated);
    return {
      region: model.meta.region, name: model.meta.regionName, kind: model.evaluation.kind, plan: model.evaluation.plan?.hasOwnGoals ? model.evaluation.plan.name : null,
      year: model.evaluation.year, preset: model.meta.preset, link,
      statusCounts: model.evaluation.statusClasses.map((entry) => ({ status: entry.status, count: entry.goalIds.length })),
      mainGoals: model.goals.filter((row) => row.isMainGoal && evaluated.has(row.goalId)).map((row) => ({
        indicator: row.indicator, name: row.name, unit: row.unit, kind: row.kind, targetYear: row.targetYear, target: row.target, comparator: row.comparator,
        periodStart: row.periodStart, probability: row.probability, outlook: row.outlook, status: row.status,
      })),
    };
  });
  const indicators = new Map<string, OverviewModel['indicators'][number]>();
  for (const region of regions) for (const goal of region.mainGoals) if (!indicators.has(goal.indicator)) indicators.set(goal.indicator, { indicator: goal.indicator, name: goal.name, unit: goal.unit });
  return { regions, indicators: [...indicators.values()].sort((left, right) => compareIndicators(left.indicator, right.indicator)) };
}

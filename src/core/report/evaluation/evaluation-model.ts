/**
 * The evaluation as data: what a mid-term (中期评估) or final (总结评估) evaluation of a plan states,
 * structured as real evaluations are (DOMAIN.md, "What a real mid-term evaluation holds"):
 *
 *   一、总体进展   the goals per status class of the preset, binding first; 时间过半、任务过半
 *   indicator table each year's actual with its source, 完成进度 against 序时进度, status, probability
 *   二、问题与原因 every goal behind schedule or at risk: the gap in years and in value, growth required
 *                  against achieved, and a ratio's numerator/denominator decomposition
 *   三、对策与调整 for goals below the probability threshold: the levers that move them most and the
 *                  target reachable at 50 % and 80 % (a proposal for the people's congress)
 *   annexes        the documents by title (file names as footnotes), the conflicts' reasons as keys
 *
 * Language-neutral and JSON-serialisable: text is made by the outline (evaluation-outline.ts) from the
 * message catalogue. Part of the report model (report-model.ts: `evaluation`).
 */
import type { LocalizedText } from '../../catalog/indicator-catalog.js';
import type { ConflictReason, DocumentKind } from '../../documents/document-catalog.js';
import type { StatusName } from '../messages.js';
import type { TargetProposals } from './target-proposal-model.js';

export type EvaluationKind = 'mid-term' | 'final';

/** Which table of the evaluation a goal belongs to, relative to the plan under evaluation. */
export type GoalGroup = 'evaluated' | 'long-range' | 'next' | 'earlier';

export interface EvaluatedPlan {
  id: string;
  name: LocalizedText;
  firstYear: number;
  lastYear: number;
  baseYear: number;
  /** whether the region has goals of this plan itself (else its goals are dated within its years) */
  hasOwnGoals: boolean;
}

export interface StatusClass {
  status: StatusName;
  /** the goals in this class, binding goals first */
  goalIds: string[];
}

/** One year's actual of an indicator, with the number of its source in the documents annex. */
export interface YearValue {
  year: number;
  value: number;
  /** 1-based number of the source document in `documents` */
  source: number;
  /** an estimate (预计) rather than a final statistic, or chained from a growth rate */
  estimate: boolean;
}

export interface IndicatorActuals {
  indicator: string;
  values: YearValue[];
}

/** How a ratio indicator's change splits between its numerator and denominator (ratio-decomposition.ts). */
export interface RatioDecomposition {
  numerator: { indicator: string; name: LocalizedText };
  denominator: { indicator: string; name: LocalizedText };
  fromYear: number;
  toYear: number;
  /** compound yearly growth over the window */
  ratioGrowth: number;
  numeratorGrowth: number;
  denominatorGrowth: number;
  /** the growth each would have needed to keep the ratio on its straight path (see ratio-decomposition.ts) */
  numeratorReferenceGrowth: number;
  denominatorReferenceGrowth: number;
  /** where the numerator's reference comes from: its own goal's straight path, or its trend before the base */
  numeratorReference: 'own-goal' | 'earlier-trend';
  /** shares of the ratio's shortfall (log scale; they add to 1; a negative share helped) */
  numeratorShare: number;
  denominatorShare: number;
}

/** What a ratio needs ahead: with the denominator at its historical growth, the growth the numerator needs. */
export interface RatioRequirement {
  numerator: { indicator: string; name: LocalizedText; historicalGrowth: number };
  denominator: { indicator: string; name: LocalizedText; historicalGrowth: number };
  requiredRatioGrowth: number;
  requiredNumeratorGrowth: number;
}

export type ProblemKind = 'missed' | 'behind-schedule' | 'at-risk' | 'binding';

/** A goal behind schedule or at risk: one paragraph of 二、存在问题与原因. */
export interface ProblemRow {
  goalId: string;
  kinds: ProblemKind[];
  latestYear: number | null;
  latestValue: number | null;
  /** years behind the straight path from the base to the target (positive: behind) */
  yearsBehind: number | null;
  /** the straight path's value in the latest year, and how far the actual falls short of it (in the indicator's unit, positive: short) */
  straightPathValue: number | null;
  valueGap: number | null;
  distanceCovered: number | null;
  timeElapsed: number | null;
  requiredGrowth: number | null;
  /** compound yearly growth since the plan's base year (null without an observation after it) */
  achievedGrowth: number | null;
  achievedFromYear: number | null;
  historicalGrowth: number | null;
  probability: number | null;
  decomposition: RatioDecomposition | null;
  requirement: RatioRequirement | null;
}

/** A lever from the sensitivity analysis, by how far it moves a goal's probability. */
export interface LeverEffect {
  lever: string;
  label: LocalizedText;
  /** policy: planners control it; risk: they do not */
  control: 'policy' | 'risk';
  low: number;
  high: number;
  /** the larger move of the probability from the base, at either setting */
  move: number;
}

/** A value a goal could be set at, met with a stated probability. */
export interface AdjustedTarget {
  confidence: number;
  value: number;
  /** the yearly growth from the latest observation it implies (level goals), or null */
  growth: number | null;
}

/** A goal below the probability threshold: one entry of 三、对策建议与目标调整. */
export interface ProposalRow {
  goalId: string;
  probability: number;
  levers: LeverEffect[];
  adjusted: AdjustedTarget[];
  /** a binding goal: corrective measures first, an adjustment only through the congress */
  binding: boolean;
}

/** A source the report cites, numbered in order of first use. */
export interface DocumentRow {
  number: number;
  id: string;
  title: LocalizedText;
  titleIsDescription: boolean;
  issuer: LocalizedText | null;
  documentNumber: string | null;
  date: string | null;
  published: string | null;
  kind: DocumentKind;
  /** the tables and sections of it the report's values come from */
  locations: string[];
  /** a seed document file name or a page address: shown only as a footnote */
  file: string;
}

export interface EvaluationModel {
  kind: EvaluationKind;
  plan: EvaluatedPlan | null;
  /** the assessment year and 序时进度 of the evaluated plan in it */
  year: number | null;
  timeElapsed: number | null;
  /** the goals of each group, by goal id, in report order */
  groups: Record<GoalGroup, string[]>;
  /** every status class of the preset (and achieved, missed, not assessable, no data where they occur) */
  statusClasses: StatusClass[];
  /** 时间过半、任务过半: the goals past half their distance at mid-term (null where it does not apply) */
  halfway: { timeElapsed: number; pastHalf: string[]; notPastHalf: string[] } | null;
  /** the years whose actuals the indicator table shows (the base year's value is its own column) */
  yearColumns: number[];
  actuals: IndicatorActuals[];
  /** goals below this probability are at risk and get proposals */
  riskThreshold: number;
  problems: ProblemRow[];
  proposals: ProposalRow[];
  /** the probabilities adjusted targets are given at */
  proposalConfidences: number[];
  documents: DocumentRow[];
  /** each conflict group's reason as a catalogue key (null: the curator's note stands, in its own language) */
  conflictReasons: { group: string; reason: ConflictReason | null }[];
  /** target proposals for a later plan, when asked (`--plan 15th`) */
  targetProposals: TargetProposals | null;
}

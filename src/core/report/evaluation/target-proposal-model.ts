/**
 * Target proposals for a plan not yet set (the 15th plan, 2026–2030) as data: for every indicator, the
 * end-year value reachable with each stated probability under each scenario (quantiles of the simulated
 * paths), the growth it implies, how often comparable series grew that fast over five years, and the
 * planners' common rules beside it. What `plancast propose --json` prints and the report's 十五五目标建议
 * section shows.
 */
import type { Direction, LocalizedText } from '../../catalog/indicator-catalog.js';
import type { Comparator } from '../../records/indicator-record.js';

export interface ProposedPlan {
  id: string;
  name: LocalizedText;
  firstYear: number;
  lastYear: number;
  baseYear: number;
}

/** The end-year value reachable with one probability under one scenario. */
export interface ReachableValue {
  confidence: number;
  value: number;
  /** yearly growth from the plan's base-year value over the plan's years */
  growthOverPlan: number | null;
  /** yearly growth from the latest observation */
  growthFromLatest: number | null;
  /** of comparable five-year windows, the share that grew at least this fast (null without a reference) */
  referenceShare: number | null;
}

export interface ScenarioProposal {
  scenario: string;
  label: LocalizedText;
  values: ReachableValue[];
}

/** A rule planners use to set a target, computed for comparison. */
export interface PlannerRule {
  /** trend: the historical growth continued; doubling: twice the base year by the plan's end (双倍增);
   *  cascade: the city's (parent region's) target for the same plan, scaled by the region's share for amounts */
  rule: 'trend' | 'doubling' | 'cascade';
  value: number;
  growthOverPlan: number | null;
  /** trend: the growth continued; cascade: the parent region and, for amounts, the share used */
  detail: { growth?: number; parent?: LocalizedText; share?: number; shareYear?: number; parentTarget?: number } | null;
}

/** Where the reference-class check's comparable series come from: a class of a reference corpus. */
export interface ReferenceClassInfo {
  corpus: string;
  corpusName: LocalizedText;
  classId: string;
  /** the class's indicator, where the class is one (null for the general class) */
  className: LocalizedText | null;
  /** own: the indicator's own class; group: its declared forecastGroup's; general: no class of its own */
  match: 'own' | 'group' | 'general';
  series: number;
  /** five-year windows of the class's series */
  windows: number;
}

export interface IndicatorProposal {
  indicator: string;
  name: LocalizedText;
  unit: string;
  direction: Direction;
  latest: { year: number; value: number };
  /** the plan's base-year value: observed, or the main scenario's median projection (null: neither) */
  base: { year: number; value: number; observed: boolean } | null;
  /** a goal for this plan already in the data, shown beside the proposals */
  existingGoal: { value: number; comparator: Comparator; year: number } | null;
  scenarios: ScenarioProposal[];
  reference: ReferenceClassInfo | null;
  rules: PlannerRule[];
}

export interface TargetProposals {
  plan: ProposedPlan;
  region: string;
  regionName: LocalizedText;
  confidences: number[];
  indicators: IndicatorProposal[];
}

/**
 * The report as data: everything a mid-term evaluation (中期评估) shows, typed, JSON-serialisable and
 * language-neutral (names carry both languages; the renderers choose). It is what `result.json` holds,
 * and the one input of the Markdown, HTML, CSV and chart renderers (report-markdown.ts,
 * report-html-sections.ts, report-csv.ts, report-charts.ts).
 *
 *   dataset + prepared region + scenario projections + sensitivity ─(assemble-report.ts)─→ ReportModel
 *
 * Deterministic: built without a clock, every list sorted, simulated numbers rounded to significant
 * digits, so the same inputs and seed give the same model byte for byte.
 */
import type { GoalKind } from '../assessment/plan-goal.js';
import type { LocalizedText } from '../catalog/indicator-catalog.js';
import type { FeasibilityStatus } from '../feasibility/goal-assessment.js';
import type { ProgressPreset } from '../assessment/progress-presets.js';
import type { PresetSettings } from '../assessment/preset-settings.js';
import type { EvidenceStrength } from '../models/model-selection.js';
import type { Comparator, RecordKind, RecordSource } from '../records/indicator-record.js';
import type { YearQuantiles } from '../simulation/path-quantiles.js';
import type { Language, StatusName } from './messages.js';
import type { EvaluationModel } from './evaluation/evaluation-model.js';

/** Which table of the summary a goal belongs to. */
export type GoalSection = 'current' | 'previous';

/** One plan goal of the region, assessed under the main scenario: one row of the summary table. */
export interface GoalRow {
  /** the goal's stable id (assessment/goal-id.ts), the same as in `plancast feasibility --json` */
  goalId: string;
  indicator: string;
  name: LocalizedText;
  unit: string;
  /** 'current': the current plan's goals and later ones (plans/current-plan.ts); 'previous': goals of plans that ended before it */
  section: GoalSection;
  planPeriod: string | null;
  /** 预期性 expected / 约束性 binding, as the plan table states it */
  attribute: string | null;
  /** a binding goal at risk (assessment/binding-warning.ts): missed, behind-schedule or low-probability */
  bindingWarning: 'missed' | 'behind-schedule' | 'low-probability' | null;
  /** why a not-assessable status could not be judged (evaluation/assessability.ts) */
  statusReason: string | null;
  /** a goal judged on its own year's value: value − target in the direction of improvement */
  margin: number | null;
  /** cumulative goals: the running sum so far and the amount still needed each remaining year */
  cumulativeSoFar: number | null;
  yearlyAmountNeeded: number | null;
  kind: GoalKind;
  periodStart: number | null;
  targetYear: number;
  target: number;
  comparator: Comparator;
  baseYear: number | null;
  baseValue: number | null;
  latestYear: number | null;
  latestValue: number | null;
  /** 完成率: latest / target (or sum so far / target for a cumulative goal) */
  attainment: number | null;
  /** share of the distance from base to target covered */
  distanceCovered: number | null;
  /** 序时进度: share of the plan's time elapsed */
  timeElapsed: number | null;
  yearsAheadOfStraightPath: number | null;
  /** the status shown with a colour: the preset's progress status, achieved/missed, or no-data */
  status: StatusName;
  /** the probability in words (achieved/missed once the goal year is observed) */
  outlook: FeasibilityStatus;
  probability: number | null;
  basis: 'observed' | 'simulated' | 'none';
  requiredGrowth: number | null;
  historicalGrowth: number | null;
  projectedMedian: number | null;
  projected80: [number, number] | null;
  reachYearMedian: number | null;
  /** the goal the indicator is summarised by (main-goal.ts) */
  isMainGoal: boolean;
  source: RecordSource;
  /** the assessment's notes (English, for result.json) */
  notes: string[];
}

/** The chosen model of one indicator: the model table. */
export interface ModelRow {
  indicator: string;
  name: LocalizedText;
  observations: number;
  firstYear: number | null;
  lastYear: number | null;
  family: string | null;
  familyLabel: LocalizedText | null;
  criterion: 'backtest' | 'aicc' | 'fallback' | 'default' | 'none';
  evidence: EvidenceStrength;
  aicc: number | null;
  /** mean absolute percentage error of the rolling-origin backtest, in percent */
  backtestError: number | null;
  backtestScoredPoints: number;
  backtestCoverage: { level: number; covered: number; total: number }[] | null;
  intervalSource: string | null;
  /** the selector's reason and the spread's description (English, from the model layer) */
  reason: string;
  intervalSourceDescription: string | null;
  /** the calibrated forecast's reference class: its corpus, class, how it was found, and its size */
  referenceClass: { corpus: string; corpusName: LocalizedText; classId: string; className: LocalizedText | null; match: 'own' | 'group' | 'general'; series: number } | null;
  diagnostics: string[];
}

/** Nominal against observed interval coverage of the calibrated forecast on a reference corpus. */
export interface CalibrationRow {
  corpus: string;
  /** the corpus as a reader knows it (its description in the calibration) */
  corpusName: LocalizedText;
  /** cross-fitted: no series scored by parameters learned on it; transfer: learned on the other corpus only */
  learnedFrom: 'cross-fitted' | 'transfer';
  level: number;
  observed: number;
  points: number;
}

/** A future goal as the fan chart draws it. */
export interface ChartGoal {
  kind: GoalKind;
  year: number;
  value: number;
  comparator: Comparator;
  baseYear: number | null;
  baseValue: number | null;
  periodStart: number | null;
}

/** One projected indicator: history, its goals ahead, and its forecast under every scenario. */
export interface IndicatorForecast {
  indicator: string;
  name: LocalizedText;
  unit: string;
  history: { year: number; value: number }[];
  /** the main goal when it lies after the latest observation, else null (then no fan chart) */
  mainGoal: ChartGoal | null;
  /** the other goals after the latest observation (milestones, 2035 goals) */
  otherGoals: ChartGoal[];
  /** quantiles per year, per scenario in report order (the main scenario first) */
  scenarios: { scenario: string; quantiles: YearQuantiles[] }[];
}

/** The probability of one goal still ahead under one scenario. */
export interface ComparisonRow {
  indicator: string;
  name: LocalizedText;
  kind: GoalKind;
  targetYear: number;
  target: number;
  comparator: Comparator;
  periodStart: number | null;
  scenario: string;
  probability: number | null;
  outlook: FeasibilityStatus;
  projectedMedian: number | null;
}

export interface SensitivityRow {
  indicator: string;
  name: LocalizedText;
  goalYear: number;
  baseProbability: number;
  /** policy levers (planners control them) first, then risks (they do not) */
  levers: { lever: string; control: 'policy' | 'risk'; label: LocalizedText; low: number; high: number }[];
}

/** One record behind the report's numbers. */
export interface ProvenanceRow {
  indicator: string;
  name: LocalizedText;
  year: number;
  kind: RecordKind;
  value: number;
  unit: string;
  comparator: Comparator | null;
  planPeriod: string | null;
  document: string;
  location: string;
  line: number | null;
  asWritten: string | null;
  /** false for the losing side of a conflict (kept for the record, not used) */
  used: boolean;
  conflictGroup: string | null;
  note: string | null;
}

export interface ConflictRow {
  group: string;
  status: 'marked' | 'unmarked';
  indicator: string;
  name: LocalizedText;
  values: { year: number; kind: RecordKind; value: number; document: string; location: string; line: number | null; preferred: boolean }[];
  valueUsed: number | null;
  reason: string | null;
}

export interface ScenarioSummary {
  id: string;
  label: LocalizedText;
  chain: string[];
  levers: { zh: string[]; en: string[] };
}

/** A plan the report's goals belong to, as the plan calendar gives it. */
export interface ReportPlan {
  id: string;
  name: LocalizedText;
  kind: 'five-year' | 'long-range';
  firstYear: number;
  lastYear: number;
  baseYear: number;
}

/** What was run, with which settings: the manifest without the file hashes (the edge adds those). */
export interface ReportMeta {
  region: string;
  regionName: LocalizedText;
  language: Language;
  plancastVersion: string;
  seed: number;
  generator: string;
  pathCount: number;
  preset: ProgressPreset;
  /** true when the preset is the region's default (the Chongqing regions use chongqing) rather than asked for */
  presetIsRegionDefault: boolean;
  /** the thresholds of the chongqing and national presets and of the binding warning (models/presets.yaml) */
  presetSettings: PresetSettings;
  /** the plan under evaluation (plans/current-plan.ts) and every plan the report's goals belong to, in calendar order */
  currentPlan: string | null;
  plans: ReportPlan[];
  asOfYear: number | null;
  /** the latest observed year among the report's indicators */
  dataYear: number | null;
  modelSpec: string;
  mainScenario: string;
  scenarios: ScenarioSummary[];
  /** the interval levels the charts draw */
  intervalLevels: number[];
}

export interface ReportModel {
  meta: ReportMeta;
  /** every goal of the region, the current plan's (and later) first, in indicator order */
  goals: GoalRow[];
  forecasts: IndicatorForecast[];
  comparison: ComparisonRow[];
  sensitivity: SensitivityRow[];
  models: ModelRow[];
  /** the calibration checks of the model spec's calibration (empty without one) */
  calibration: CalibrationRow[];
  provenance: ProvenanceRow[];
  conflicts: ConflictRow[];
  /** the evaluation proper: plan and kind, status classes, yearly actuals, problems, proposals, documents */
  evaluation: EvaluationModel;
}

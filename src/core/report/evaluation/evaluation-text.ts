/**
 * The evaluation's sentences, made from the evaluation model and the message catalogue in either language:
 * 一、总体进展 (the goals counted, the status classes naming their goals — binding first —, 时间过半、
 * 任务过半), one paragraph per goal of 二、存在问题与原因 (gap, growth, probability, decomposition), and
 * the lever sentences of 三、对策建议与目标调整. Pure; no number is written here that the model lacks.
 */
import { translate, unitName, type Language } from '../messages.js';
import type { GoalRow, ReportModel } from '../report-model.js';
import { formatChance, formatShare, formatValue, goalText, presetLabel } from '../report-text.js';
import type { ProblemRow, ProposalRow, RatioDecomposition } from './evaluation-model.js';
import { statusWords } from './evaluation-tables.js';

export const listSeparator = (language: Language): string => (language === 'zh' ? '、' : ', ');

/** A value with its unit: "4.61%", "88.39亿元" / "4.61%", "88.39 100 million yuan". */
export function valueWithUnit(value: number | null, unit: string, language: Language): string {
  const text = formatValue(value) ?? '—';
  const shown = unitName(language, unit);
  if (shown === '' || shown === '%') return `${text}${shown}`;
  return language === 'zh' ? `${text}${shown}` : `${text} ${shown}`;
}

const share = (value: number | null): string => formatShare(value) ?? '—';

/** A difference of two values: in percentage points for a % indicator. */
function differenceWithUnit(value: number | null, unit: string, language: Language): string {
  return unit === '%' ? translate(language, 'evaluation.percentage-points', { value: formatValue(value) ?? '—' }) : valueWithUnit(value, unit, language);
}

/** A goal's name as a list shows it; with its goal when the indicator has several goals in the list. */
function goalName(row: GoalRow, rows: readonly GoalRow[], language: Language): string {
  const several = rows.filter((other) => other.indicator === row.indicator).length > 1;
  const name = several ? (language === 'zh' ? `${row.name.zh}（${goalText(row, 'zh')}）` : `${row.name.en} (${goalText(row, 'en')})`) : row.name[language];
  return row.attribute === 'binding' ? translate(language, 'evaluation.binding-mark', { name }) : name;
}

function rowsById(model: ReportModel, ids: readonly string[]): GoalRow[] {
  return ids.flatMap((id) => model.goals.filter((row) => row.goalId === id));
}

/** 一、总体进展: the count of goals, the time elapsed, the status classes with their goals, 时间过半、任务过半. */
export function progressParagraphs(model: ReportModel, language: Language): string[] {
  const { evaluation } = model;
  const rows = rowsById(model, evaluation.groups.evaluated);
  const counts = {
    total: rows.length, binding: rows.filter((row) => row.attribute === 'binding').length, expected: rows.filter((row) => row.attribute === 'expected').length,
    unstated: rows.filter((row) => row.attribute !== 'binding' && row.attribute !== 'expected').length,
  };
  const plan = evaluation.plan;
  const paragraphs: string[] = [];
  paragraphs.push(plan !== null && plan.hasOwnGoals ? translate(language, 'evaluation.goal-count', { plan: plan.name[language], ...counts }) : translate(language, 'evaluation.goal-count-general', counts));
  if (plan !== null && evaluation.year !== null) {
    if (evaluation.kind === 'final') paragraphs.push(translate(language, 'evaluation.elapsed-final', { year: evaluation.year, last: plan.lastYear }));
    else if (evaluation.year <= plan.baseYear) paragraphs.push(translate(language, 'evaluation.elapsed-none', { year: evaluation.year, first: plan.firstYear }));
    else paragraphs.push(translate(language, 'evaluation.elapsed', { year: evaluation.year, years: evaluation.year - plan.baseYear, share: share(evaluation.timeElapsed) }));
  }
  const classes = evaluation.statusClasses.map((entry) => {
    const text = translate(language, 'evaluation.class-count', { status: translate(language, `status.${entry.status}`), count: entry.goalIds.length });
    // goals not assessable and without data are counted here and listed in their own sentences and tables
    if (entry.goalIds.length === 0 || entry.status === 'not-assessable' || entry.status === 'no-data') return text;
    const named = rowsById(model, entry.goalIds);
    return translate(language, 'evaluation.class-names', { entry: text, names: named.map((row) => goalName(row, rows, language)).join(listSeparator(language)) });
  });
  paragraphs.push(translate(language, 'evaluation.classes', { preset: presetLabel(model, language), classes: classes.join(language === 'zh' ? '；' : '; ') }));
  if (evaluation.halfway !== null) {
    const { pastHalf, notPastHalf, timeElapsed } = evaluation.halfway;
    const names = (ids: readonly string[]) => rowsById(model, ids).map((row) => goalName(row, rows, language)).join(listSeparator(language));
    paragraphs.push(notPastHalf.length === 0
      ? translate(language, 'evaluation.halfway-all', { share: share(timeElapsed), count: pastHalf.length })
      : translate(language, 'evaluation.halfway-some', { share: share(timeElapsed), past: pastHalf.length, pastNames: names(pastHalf), behind: notPastHalf.length, behindNames: names(notPastHalf) }));
  }
  return paragraphs;
}

function decompositionText(model: ReportModel, row: GoalRow, decomposition: RatioDecomposition, language: Language): string {
  const numerator = decomposition.numerator.name[language];
  const denominator = decomposition.denominator.name[language];
  const main = decomposition.numeratorShare >= decomposition.denominatorShare ? numerator : denominator;
  const common = {
    from: decomposition.fromYear, to: decomposition.toYear, ratio: row.name[language], ratioGrowth: share(decomposition.ratioGrowth),
    numerator, numeratorGrowth: share(decomposition.numeratorGrowth),
    numeratorReference: translate(language, `evaluation.reference.${decomposition.numeratorReference}`, { growth: share(decomposition.numeratorReferenceGrowth) }),
    denominator, denominatorGrowth: share(decomposition.denominatorGrowth), denominatorReference: share(decomposition.denominatorReferenceGrowth),
  };
  // one part made up for some of the other's shortfall: the whole gap is the other's
  if (decomposition.numeratorShare < 0 || decomposition.denominatorShare < 0) {
    const numeratorCaused = decomposition.numeratorShare > 0;
    return translate(language, 'evaluation.decomposition-one-sided', { ...common, cause: numeratorCaused ? numerator : denominator, helper: numeratorCaused ? denominator : numerator });
  }
  return translate(language, 'evaluation.decomposition', { ...common, numeratorShare: share(decomposition.numeratorShare), denominatorShare: share(decomposition.denominatorShare), main });
}

/** One paragraph of 二: what the goal's status is, how far behind, the growth it needs, why. */
export function problemParagraph(model: ReportModel, problem: ProblemRow, language: Language): string {
  const row = model.goals.find((goal) => goal.goalId === problem.goalId)!;
  const parts = [translate(language, 'evaluation.problem-head', { name: row.name[language], goal: goalText(row, language), status: statusWords(row, language) })];
  const value = (number: number | null) => valueWithUnit(number, row.unit, language);
  if (problem.kinds.includes('missed') && row.latestYear !== null && row.margin !== null) {
    parts.push(translate(language, 'evaluation.problem-missed', { year: row.latestYear, value: value(row.latestValue), gap: differenceWithUnit(Math.abs(row.margin), row.unit, language) }));
  } else if (problem.yearsBehind !== null && problem.straightPathValue !== null && problem.valueGap !== null && problem.latestYear !== null && problem.yearsBehind > 0) {
    parts.push(translate(language, 'evaluation.problem-gap', {
      year: problem.latestYear, value: value(problem.latestValue), covered: share(problem.distanceCovered), elapsed: share(problem.timeElapsed),
      years: problem.yearsBehind.toFixed(1), path: value(problem.straightPathValue), gap: differenceWithUnit(problem.valueGap, row.unit, language),
    }));
  } else if (row.status !== 'not-assessable' && row.baseYear !== null && row.latestYear !== null && row.latestYear <= row.baseYear && row.kind !== 'cumulative-target') {
    parts.push(translate(language, 'evaluation.problem-no-progress', { year: row.baseYear }));
  }
  if (row.kind === 'cumulative-target' && row.yearlyAmountNeeded !== null) parts.push(translate(language, 'evaluation.problem-yearly-amount', { amount: value(row.yearlyAmountNeeded) }));
  else if (problem.requiredGrowth !== null && !problem.kinds.includes('missed')) {
    if (problem.achievedGrowth !== null && problem.achievedFromYear !== null) parts.push(translate(language, 'evaluation.problem-growth-achieved', { required: share(problem.requiredGrowth), achieved: share(problem.achievedGrowth), from: problem.achievedFromYear }));
    else if (problem.historicalGrowth !== null) parts.push(translate(language, 'evaluation.problem-growth-history', { required: share(problem.requiredGrowth), historical: share(problem.historicalGrowth) }));
    else parts.push(translate(language, 'evaluation.problem-growth-required', { required: share(problem.requiredGrowth) }));
  }
  if (problem.probability !== null && row.basis === 'simulated') parts.push(translate(language, 'evaluation.problem-probability', { probability: formatChance(problem.probability)! }));
  if (problem.decomposition !== null) parts.push(decompositionText(model, row, problem.decomposition, language));
  if (problem.requirement !== null) {
    const requirement = problem.requirement;
    parts.push(translate(language, 'evaluation.requirement', {
      ratio: row.name[language], requiredRatio: share(requirement.requiredRatioGrowth), numerator: requirement.numerator.name[language],
      requiredNumerator: share(requirement.requiredNumeratorGrowth), numeratorHistory: share(requirement.numerator.historicalGrowth),
      denominator: requirement.denominator.name[language], denominatorHistory: share(requirement.denominator.historicalGrowth),
    }));
  }
  if (problem.kinds.includes('binding')) parts.push(translate(language, 'evaluation.problem-binding'));
  return parts.join(language === 'zh' ? '' : ' ');
}

/** One paragraph of 三: the levers that move the goal most, the main risk, the adjustment for the congress. */
export function measureParagraph(model: ReportModel, proposal: ProposalRow, language: Language): string {
  const row = model.goals.find((goal) => goal.goalId === proposal.goalId)!;
  const name = row.name[language];
  const parts: string[] = [];
  const policy = proposal.levers.filter((lever) => lever.control === 'policy').slice(0, 3);
  const risk = proposal.levers.find((lever) => lever.control === 'risk');
  const chance = (probability: number) => formatChance(probability)!;
  if (proposal.levers.length === 0) parts.push(translate(language, 'evaluation.measure-no-sensitivity', { name }));
  else if (policy.length > 0) {
    const levers = policy.map((lever) => translate(language, 'evaluation.measure-lever', { lever: lever.label[language], low: chance(Math.min(lever.low, lever.high)), high: chance(Math.max(lever.low, lever.high)) }));
    parts.push(translate(language, 'evaluation.measure-levers', { name, levers: levers.join(language === 'zh' ? '；' : '; ') }));
  }
  if (risk !== undefined) parts.push(translate(language, 'evaluation.measure-risk', { lever: risk.label[language], low: chance(Math.min(risk.low, risk.high)), high: chance(Math.max(risk.low, risk.high)) }));
  if (proposal.binding) parts.push(translate(language, 'evaluation.measure-binding'));
  const at = (confidence: number) => proposal.adjusted.find((entry) => entry.confidence === confidence);
  const [first, second] = model.evaluation.proposalConfidences;
  const low = first === undefined ? undefined : at(first);
  const high = second === undefined ? undefined : at(second);
  if (low !== undefined && high !== undefined) {
    parts.push(translate(language, 'evaluation.measure-adjust', { year: row.targetYear, v50: valueWithUnit(low.value, row.unit, language), v80: valueWithUnit(high.value, row.unit, language) }));
  }
  return parts.join(language === 'zh' ? '' : ' ');
}

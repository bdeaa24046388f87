/**
 * Why a ratio indicator (R&D intensity = R&D spending / GDP × 100) moved as it did: its change split
 * exactly between its numerator and its denominator, from the data — the catalogue's `relation` names them.
 *
 * Behind (an observation after the base): over base → latest (n years), the ratio R fell short of the
 * straight path's R* by S = ln(R* ÷ R). The numerator's reference N* is the straight path to its own goal of
 * the same plan where the data has one, else its level had it kept its growth of the years before the base.
 * The denominator consistent with the ratio's path is then D* = N*·k ÷ R* (k the relation's constant), and
 *
 *   S = ln(N* ÷ N) + ln(D ÷ D*)        (numerator short of its reference + denominator beyond its consistent path)
 *
 * exactly (the ratio taken from its parts), so each term's share of S says which held the ratio back (a
 * negative share helped).
 *
 * Ahead (any goal): to reach the target the ratio must grow g* a year; with the denominator growing as it
 * has (its compound growth over its history), the numerator must grow (1 + g*)(1 + g_D) − 1.
 */
import type { IndicatorDefinition } from '../../catalog/indicator-catalog.js';
import { straightPathValue } from '../../assessment/schedule-progress.js';
import type { PlanGoal } from '../../assessment/plan-goal.js';
import { compoundAnnualGrowthRate } from '../../statistics/compound-annual-growth-rate.js';
import type { RatioDecomposition, RatioRequirement } from './evaluation-model.js';

/** `a / b`, `a / b * 100` or `a * 100 / b` over indicator ids: the numerator, denominator and constant. */
export function ratioRelation(relation: string | undefined): { numerator: string; denominator: string; constant: number } | undefined {
  if (relation === undefined) return undefined;
  const compact = relation.replace(/\s+/g, '');
  const plain = /^([a-z][a-z0-9_]*)\/([a-z][a-z0-9_]*)(?:\*(\d+(?:\.\d+)?))?$/.exec(compact);
  if (plain) return { numerator: plain[1]!, denominator: plain[2]!, constant: plain[3] === undefined ? 1 : Number(plain[3]) };
  const scaled = /^([a-z][a-z0-9_]*)\*(\d+(?:\.\d+)?)\/([a-z][a-z0-9_]*)$/.exec(compact);
  if (scaled) return { numerator: scaled[1]!, denominator: scaled[3]!, constant: Number(scaled[2]) };
  return undefined;
}

export interface DecompositionInput {
  ratio: IndicatorDefinition;
  numerator: IndicatorDefinition;
  denominator: IndicatorDefinition;
  constant: number;
  /** observed values by year of the three series (as of the assessment year) */
  ratioValues: ReadonlyMap<number, number>;
  numeratorValues: ReadonlyMap<number, number>;
  denominatorValues: ReadonlyMap<number, number>;
  /** the ratio's goal (with its base) and, if the data has one, the numerator's goal of the same plan */
  goal: Pick<PlanGoal, 'year' | 'value' | 'baseYear' | 'baseValue'>;
  numeratorGoal: Pick<PlanGoal, 'year' | 'value' | 'baseYear' | 'baseValue'> | undefined;
}

function growth(values: ReadonlyMap<number, number>, from: number, to: number): number | undefined {
  const start = values.get(from);
  const end = values.get(to);
  if (start === undefined || end === undefined || !(start > 0) || !(end > 0) || !(to > from)) return undefined;
  return compoundAnnualGrowthRate(start, end, to - from);
}

/** Compound growth over the years before `year` (first observation to the last one not after it). */
function earlierTrend(values: ReadonlyMap<number, number>, year: number): number | undefined {
  const years = [...values.keys()].filter((candidate) => candidate <= year).sort((a, b) => a - b);
  return years.length < 2 ? undefined : growth(values, years[0]!, years.at(-1)!);
}

const names = (definition: IndicatorDefinition) => ({ indicator: definition.id, name: definition.name });

export function decomposeShortfall(input: DecompositionInput): RatioDecomposition | undefined {
  const { goal } = input;
  if (goal.baseYear === undefined || goal.baseValue === undefined) return undefined;
  const from = goal.baseYear;
  const to = Math.max(...[...input.ratioValues.keys()].filter((year) => input.numeratorValues.has(year) && input.denominatorValues.has(year)));
  if (!(to > from) || !input.numeratorValues.has(from) || !input.denominatorValues.has(from)) return undefined;
  const numerator = input.numeratorValues.get(to)!;
  const denominator = input.denominatorValues.get(to)!;
  // the ratio from its parts (a separately published ratio is rounded), so the split below is exact
  const ratio = (numerator * input.constant) / denominator;
  const onPath = straightPathValue({ baseYear: from, baseValue: goal.baseValue, targetYear: goal.year, targetValue: goal.value }, to);
  const numeratorBase = input.numeratorValues.get(from)!;
  let reference: number | undefined;
  let source: RatioDecomposition['numeratorReference'] = 'own-goal';
  const own = input.numeratorGoal;
  if (own !== undefined && own.baseYear === from && own.baseValue !== undefined && own.year > from) {
    reference = straightPathValue({ baseYear: from, baseValue: own.baseValue, targetYear: own.year, targetValue: own.value }, to);
  } else {
    const trend = earlierTrend(input.numeratorValues, from);
    if (trend !== undefined) reference = numeratorBase * (1 + trend) ** (to - from);
    source = 'earlier-trend';
  }
  if (reference === undefined || !(reference > 0) || !(onPath > 0) || !(ratio > 0) || !(numerator > 0) || !(denominator > 0)) return undefined;
  const consistentDenominator = (reference * input.constant) / onPath;
  const shortfall = Math.log(onPath / ratio);
  // only a shortfall is decomposed: a ratio on or above its path was not held back
  if (!(shortfall > 1e-12)) return undefined;
  const fromNumerator = Math.log(reference / numerator);
  const fromDenominator = Math.log(denominator / consistentDenominator);
  const years = to - from;
  const perYear = (end: number, start: number): number => Math.expm1(Math.log(end / start) / years);
  return {
    numerator: names(input.numerator), denominator: names(input.denominator), fromYear: from, toYear: to,
    ratioGrowth: perYear(ratio, (numeratorBase * input.constant) / input.denominatorValues.get(from)!),
    numeratorGrowth: perYear(numerator, numeratorBase), denominatorGrowth: perYear(denominator, input.denominatorValues.get(from)!),
    numeratorReferenceGrowth: perYear(reference, numeratorBase), denominatorReferenceGrowth: perYear(consistentDenominator, input.denominatorValues.get(from)!),
    numeratorReference: source,
    numeratorShare: fromNumerator / shortfall, denominatorShare: fromDenominator / shortfall,
  };
}

/** The numerator's growth a ratio's goal needs ahead, with the denominator at its historical growth. */
export function requirementAhead(input: DecompositionInput, latestYear: number, latestValue: number): RatioRequirement | undefined {
  const { goal } = input;
  if (!(goal.year > latestYear) || !(latestValue > 0) || !(goal.value > 0)) return undefined;
  const numeratorTrend = earlierTrend(input.numeratorValues, latestYear);
  const denominatorTrend = earlierTrend(input.denominatorValues, latestYear);
  if (numeratorTrend === undefined || denominatorTrend === undefined) return undefined;
  const requiredRatioGrowth = compoundAnnualGrowthRate(latestValue, goal.value, goal.year - latestYear);
  return {
    numerator: { ...names(input.numerator), historicalGrowth: numeratorTrend },
    denominator: { ...names(input.denominator), historicalGrowth: denominatorTrend },
    requiredRatioGrowth, requiredNumeratorGrowth: (1 + requiredRatioGrowth) * (1 + denominatorTrend) - 1,
  };
}

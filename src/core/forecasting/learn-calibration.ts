/**
 * Learning a corpus's calibration from its reference series (scripts/build-calibration.mjs runs it on
 * the benchmark corpora; evaluation runs it on training folds for cross-fitting). Every number comes from
 * the data by a stated rule; nothing is set by hand except the grids searched.
 *
 *   examples (every history × what followed) ─→ class moments (μ, τ², E ln σ², D) from the histories alone
 *     ─→ excess-growth limit c and damping φ per class: the grid pair with the least weighted mean
 *        |log error| of the centre (the median forecast's own loss)
 *     ─→ volatility weight λ and horizon exponent β for the corpus: the grid pair with the least weighted
 *        interval score (80 % and 95 %, on the log scale) after conformal calibration
 *     ─→ conformal quantiles of the standardized errors z = (y − centre) / spread, by history length and
 *        horizon (a cell needs at least 15 forecasts; otherwise the nearest is used), at the finite-sample
 *        level of the cell's effective number of series. Histories of 4–6 points share one cell per
 *        horizon (POOLED_HISTORY_FROM): a history of n points exists only from the series' (n − 1)th
 *        year on, so cells by length differ mostly in the calendar years they come from — the 6-point
 *        cell held the later, calmer years of the provinces and read its quantiles too narrow.
 *
 * A class with fewer than three series with a history of three or more points is not learned on its own:
 * its histories join a class "general" learned from the whole corpus.
 * Reference for the conformal step: Vovk, Gammerman & Shafer (2005), Algorithmic Learning in a Random
 * World, ch. 2 (split conformal prediction); Gneiting & Raftery (2007) for the interval score.
 */
import type { LocalizedText } from '../catalog/indicator-catalog.js';
import { weightedQuantileSorted } from '../statistics/weighted-quantile.js';
import { dampedYears, forecastCentre, shrunkGrowth, volatilityForSpread } from './calibrated-growth-formulas.js';
import { buildCalibrationExamples, type CalibrationExamples, type ReferenceSeries } from './calibration-examples.js';
import { CALIBRATION_HISTORY, CALIBRATION_HORIZON, CALIBRATION_PROBABILITIES, type CorpusCalibration, type ReferenceClass } from './forecast-calibration.js';
import { referenceClassMoments } from './reference-class-moments.js';

export const DAMPING_GRID = [0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.925, 0.95, 0.975, 1] as const;
/** yearly log growth; 4 is as good as no limit */
export const EXCESS_GROWTH_LIMIT_GRID = [0.02, 0.05, 0.1, 0.15, 0.2, 0.3, 0.5, 1, 4] as const;
export const VOLATILITY_WEIGHT_GRID = [0, 0.25, 0.5, 0.75, 1] as const;
export const HORIZON_EXPONENT_GRID = [0.5, 0.75, 1] as const;
export const MINIMUM_FORECASTS_PER_CELL = 15;
/**
 * Histories of this many points or more (3 growth rates and up, whose own volatility the spread reads)
 * are one cell per horizon, whose rows are stored under each of those lengths.
 */
export const POOLED_HISTORY_FROM = 4;
export const GENERAL_CLASS = 'general';

const significant = (value: number): number => Number(value.toPrecision(6));

export interface CorpusDescription {
  id: string;
  description: LocalizedText;
}

/** The classes of a corpus: each learned on its own where it can be, the rest pooled into "general". */
function learnClassMoments(examples: CalibrationExamples, series: readonly ReferenceSeries[]) {
  const byClass = new Map<string, number[]>();
  examples.historyClass.forEach((name, index) => {
    const list = byClass.get(name) ?? [];
    list.push(index);
    byClass.set(name, list);
  });
  const moments = new Map<string, NonNullable<ReturnType<typeof referenceClassMoments>>>();
  const effectiveClass = [...examples.historyClass];
  const momentsOf = (indices: readonly number[]) => referenceClassMoments({ histories: indices.map((index) => examples.histories[index]!), series: indices.map((index) => examples.historySeries[index]!) });
  let needsGeneral = false;
  for (const [name, indices] of [...byClass].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const learned = momentsOf(indices);
    if (learned === null) {
      needsGeneral = true;
      for (const index of indices) effectiveClass[index] = GENERAL_CLASS;
    } else moments.set(name, learned);
  }
  if (needsGeneral && !moments.has(GENERAL_CLASS)) {
    const general = momentsOf(examples.histories.map((_, index) => index));
    if (general === null) throw new RangeError('too few reference series to learn a calibration: at least three series need three or more values before a later one');
    moments.set(GENERAL_CLASS, general);
  }
  const kindOf = new Map<string, ReferenceSeries['indicatorKind']>();
  for (const reference of series) if (!kindOf.has(reference.referenceClass)) kindOf.set(reference.referenceClass, reference.indicatorKind);
  return { moments, effectiveClass, kindOf };
}

/** c and φ per class: the least weighted mean absolute error of the centre on the forecast scale. */
function learnGrowth(examples: CalibrationExamples, effectiveClass: readonly string[], partial: (name: string) => ReferenceClass, classes: readonly string[]): Map<string, { excessGrowthLimit: number; damping: number }> {
  const learned = new Map<string, { excessGrowthLimit: number; damping: number }>();
  const dampedByGrid = DAMPING_GRID.map((damping) => Array.from({ length: CALIBRATION_HORIZON + 1 }, (_, horizon) => dampedYears(damping, horizon)));
  for (const name of classes) {
    const members: number[] = [];
    for (let example = 0; example < examples.weight.length; example += 1) if (effectiveClass[examples.history[example]!] === name) members.push(example);
    const base = partial(name);
    let best = { loss: Infinity, excessGrowthLimit: EXCESS_GROWTH_LIMIT_GRID[0] as number, damping: 1 };
    for (const excessGrowthLimit of EXCESS_GROWTH_LIMIT_GRID) {
      const growth = new Map<number, number>();
      for (const example of members) {
        const history = examples.history[example]!;
        if (!growth.has(history)) growth.set(history, shrunkGrowth(examples.histories[history]!, { ...base, excessGrowthLimit }).growth);
      }
      DAMPING_GRID.forEach((damping, grid) => {
        let loss = 0;
        for (const example of members) {
          const history = examples.history[example]!;
          const horizon = examples.horizon[example]!;
          const centre = examples.histories[history]!.last + growth.get(history)! * dampedByGrid[grid]![horizon]!;
          loss += examples.weight[example]! * Math.abs(examples.actual[example]! - centre);
        }
        if (loss < best.loss) best = { loss, excessGrowthLimit, damping };
      });
    }
    learned.set(name, { excessGrowthLimit: best.excessGrowthLimit, damping: best.damping });
  }
  return learned;
}

/**
 * The cells of the quantile table: each example's (history length, horizon) cell, the members of every
 * cell, which cells are stored (per history length, horizons 1… as long as each has enough forecasts) and
 * which stored cell each example's forecast reads (as quantileRowsFor / rowForHorizon will at run time).
 */
function tableCells(examples: CalibrationExamples) {
  const lengthOf = (count: number): number => (count >= POOLED_HISTORY_FROM ? CALIBRATION_HISTORY : Math.min(count, CALIBRATION_HISTORY));
  const cellIndex = (count: number, horizon: number): number => (lengthOf(count) - 1) * CALIBRATION_HORIZON + (horizon - 1);
  const members: number[][] = Array.from({ length: CALIBRATION_HISTORY * CALIBRATION_HORIZON }, () => []);
  for (let example = 0; example < examples.weight.length; example += 1) members[cellIndex(examples.histories[examples.history[example]!]!.count, examples.horizon[example]!)]!.push(example);
  const storedRows = Array.from({ length: CALIBRATION_HISTORY }, (_, countIndex) => {
    let rows = 0;
    while (rows < CALIBRATION_HORIZON && members[countIndex * CALIBRATION_HORIZON + rows]!.length >= MINIMUM_FORECASTS_PER_CELL) rows += 1;
    return rows;
  });
  const readCell = new Int32Array(examples.weight.length);
  for (let example = 0; example < readCell.length; example += 1) {
    const count = lengthOf(examples.histories[examples.history[example]!]!.count);
    let used = -1;
    for (let length = count; length <= CALIBRATION_HISTORY && used < 0; length += 1) if (storedRows[length - 1]! > 0) used = length;
    for (let length = count - 1; length >= 1 && used < 0; length -= 1) if (storedRows[length - 1]! > 0) used = length;
    if (used < 0) throw new RangeError('too few reference forecasts to calibrate: no (history length, horizon) cell has 15');
    readCell[example] = cellIndex(used, Math.min(examples.horizon[example]!, storedRows[used - 1]!));
  }
  return { members, storedRows, readCell };
}

/**
 * The number of exchangeable units behind a cell: its reference series, counted by Kish's effective sample
 * size of their total weights in the cell, (Σ w)² / Σ w². Forecasts of one series share its fortunes, so
 * the series, not the forecast, is the unit (Dunn, Wasserman & Ramdas 2023).
 */
export function effectiveSeriesCount(examples: CalibrationExamples, members: readonly number[]): number {
  const bySeries = new Map<number, number>();
  for (const example of members) {
    const series = examples.historySeries[examples.history[example]!]!;
    bySeries.set(series, (bySeries.get(series) ?? 0) + examples.weight[example]!);
  }
  let total = 0;
  let squares = 0;
  for (const weight of bySeries.values()) {
    total += weight;
    squares += weight * weight;
  }
  return squares > 0 ? (total * total) / squares : 0;
}

/**
 * The split-conformal finite-sample level for n exchangeable units. A stored quantile p bounds the central
 * interval of level 1 − α = |2p − 1|; conformalizing that interval (Romano, Patterson & Candès 2019: the
 * ⌈(n + 1)(1 − α)⌉-th of n interval scores, i.e. level (1 − α)(1 + 1/n); Lei et al. 2018) moves each of its
 * bounds outward by half the added coverage: p' = p ± |2p − 1| / 2n. The median stays; a level beyond 1
 * reads the most extreme error seen.
 */
export function conformalLevel(probability: number, units: number): number {
  if (!(units > 0)) return probability;
  const shift = Math.abs(2 * probability - 1) / (2 * units);
  return probability > 0.5 ? Math.min(1, probability + shift) : Math.max(0, probability - shift);
}

/** Weighted quantiles of the unscaled standardized errors e = (y − centre)/σ̂ in every stored cell, at the conformal level of the cell's series count. */
function cellQuantiles(examples: CalibrationExamples, errors: Float64Array, cells: ReturnType<typeof tableCells>): (number[] | null)[] {
  return cells.members.map((members, cell) => {
    const countIndex = Math.floor(cell / CALIBRATION_HORIZON);
    if (cell % CALIBRATION_HORIZON >= cells.storedRows[countIndex]!) return null;
    const order = [...members].sort((a, b) => errors[a]! - errors[b]! || a - b);
    const units = effectiveSeriesCount(examples, members);
    return CALIBRATION_PROBABILITIES.map((probability) => weightedQuantileSorted(errors, examples.weight, order, conformalLevel(probability, units)));
  });
}

const INTERVALS = [
  { alpha: 0.05, lower: CALIBRATION_PROBABILITIES.indexOf(0.025), upper: CALIBRATION_PROBABILITIES.indexOf(0.975) },
  { alpha: 0.2, lower: CALIBRATION_PROBABILITIES.indexOf(0.1), upper: CALIBRATION_PROBABILITIES.indexOf(0.9) },
];

/**
 * The weighted interval score (80 % and 95 %, forecast scale) at horizon exponent β. Within a cell every
 * z = e / h^β shares h, so the quantiles of z are those of e divided by h^β: one sort serves every β.
 */
function intervalScore(examples: CalibrationExamples, centre: Float64Array, volatility: Float64Array, quantiles: readonly (number[] | null)[], cells: ReturnType<typeof tableCells>, horizonExponent: number): number {
  let total = 0;
  for (let example = 0; example < centre.length; example += 1) {
    const horizon = examples.horizon[example]!;
    const cell = cells.readCell[example]!;
    const row = quantiles[cell]!;
    const factor = (Math.sqrt(volatility[examples.history[example]!]!) * horizon ** horizonExponent) / ((cell % CALIBRATION_HORIZON) + 1) ** horizonExponent;
    const actual = examples.actual[example]!;
    for (const { alpha, lower, upper } of INTERVALS) {
      const low = centre[example]! + factor * row[lower]!;
      const high = centre[example]! + factor * row[upper]!;
      total += examples.weight[example]! * (high - low + (2 / alpha) * Math.max(low - actual, 0) + (2 / alpha) * Math.max(actual - high, 0));
    }
  }
  return total;
}

/** The stored table at exponent β: rows by history length, horizons 1… . */
function storedTable(quantiles: readonly (number[] | null)[], cells: ReturnType<typeof tableCells>, horizonExponent: number): Record<string, number[][]> {
  const table: Record<string, number[][]> = {};
  cells.storedRows.forEach((rows, countIndex) => {
    if (rows === 0) return;
    table[String(countIndex + 1)] = Array.from({ length: rows }, (_, horizonIndex) =>
      quantiles[countIndex * CALIBRATION_HORIZON + horizonIndex]!.map((value) => significant(value / (horizonIndex + 1) ** horizonExponent)),
    );
  });
  // the pooled lengths are stored under each of their lengths, so the table reads the same for every one
  const pooled = table[String(CALIBRATION_HISTORY)];
  if (pooled !== undefined) for (let length = POOLED_HISTORY_FROM; length < CALIBRATION_HISTORY; length += 1) table[String(length)] = pooled.map((row) => [...row]);
  return table;
}

export function learnCorpusCalibration(series: readonly ReferenceSeries[], corpus: CorpusDescription): CorpusCalibration {
  const examples = buildCalibrationExamples(series);
  const { moments, effectiveClass, kindOf } = learnClassMoments(examples, series);
  const classNames = [...moments.keys()];
  const partial = (name: string): ReferenceClass => ({ ...moments.get(name)!, damping: 1, excessGrowthLimit: 4, indicatorKind: kindOf.get(name) ?? 'flow' });
  const growthParameters = learnGrowth(examples, effectiveClass, partial, classNames);
  const classes: Record<string, ReferenceClass> = {};
  for (const name of classNames) {
    const learned = moments.get(name)!;
    classes[name] = {
      meanLogGrowth: significant(learned.meanLogGrowth),
      betweenSeriesVariance: significant(learned.betweenSeriesVariance),
      logVolatility: significant(learned.logVolatility),
      volatilityDispersion: significant(learned.volatilityDispersion),
      ...growthParameters.get(name)!,
      indicatorKind: kindOf.get(name) ?? 'flow',
      series: learned.series,
      histories: learned.histories,
    };
  }
  // The centre uses the stored (rounded) class values, exactly as the runtime will.
  const centre = new Float64Array(examples.weight.length);
  for (let example = 0; example < centre.length; example += 1) {
    const history = examples.history[example]!;
    const referenceClass = classes[effectiveClass[history]!]!;
    const { growth } = shrunkGrowth(examples.histories[history]!, referenceClass);
    centre[example] = forecastCentre(examples.histories[history]!.last, growth, referenceClass.damping, examples.horizon[example]!);
  }
  const cells = tableCells(examples);
  let best: { score: number; volatilityWeight: number; horizonExponent: number; quantiles: (number[] | null)[] } | null = null;
  for (const volatilityWeight of VOLATILITY_WEIGHT_GRID) {
    const volatility = Float64Array.from(examples.histories, (summary, index) => volatilityForSpread(summary, classes[effectiveClass[index]!]!, volatilityWeight));
    const errors = Float64Array.from(centre, (value, example) => (examples.actual[example]! - value) / Math.sqrt(volatility[examples.history[example]!]!));
    const quantiles = cellQuantiles(examples, errors, cells);
    for (const horizonExponent of HORIZON_EXPONENT_GRID) {
      const score = intervalScore(examples, centre, volatility, quantiles, cells, horizonExponent);
      if (best === null || score < best.score) best = { score, volatilityWeight, horizonExponent, quantiles };
    }
  }
  return {
    id: corpus.id,
    description: corpus.description,
    volatilityWeight: best!.volatilityWeight,
    horizonExponent: best!.horizonExponent,
    quantiles: storedTable(best!.quantiles, cells, best!.horizonExponent),
    classes,
  };
}

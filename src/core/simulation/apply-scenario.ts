/**
 * Applies a scenario's levers to one indicator's baseline paths. The baseline paths come from the
 * indicator's fitted model driven by common random numbers; the levers act on them in planners' terms,
 * in this order:
 *  1. spread: deviations from the yearly median are scaled on the log scale (× spreadMultiplier);
 *  2. plan path: every path is rescaled so the median runs along the compound path through the targets;
 *  3. growth: each path's yearly growth factor r = x_t / x_{t−1} becomes 1 + (r − 1)·multiplier + pp/100
 *     in the lever's years, times the driver factors (ratio indicators following their drivers);
 *  4. shocks: a level change of sizePercent in the shock year, made up linearly over recoveryYears;
 *  5. ceilings: each path is capped by its ceiling (one draw per path for an uncertain ceiling);
 *  6. bounds: the indicator's natural bounds (no negative counts, shares within [0, 100]).
 * A scenario with no levers returns the baseline values unchanged (the same array). Otherwise the first
 * stage that changes the values makes one new array and the later stages work in it, so one scenario
 * allocates one paths array, not one per stage; the baseline's array is never written.
 */
import type { ResolvedScenario } from '../scenarios/resolve-scenario.js';
import { pathMedians, yearQuantilesInto } from './path-quantiles.js';
import { selectorMatches, withValues, type IndicatorPaths } from './indicator-paths.js';

export interface PlanAnchor {
  year: number;
  value: number;
}

export interface LeverInputs {
  /** targets the plan path runs through (used when scenario.planPath is true). */
  planAnchors?: readonly PlanAnchor[];
  /** one uniform in (0, 1) per path, for uncertain ceilings (common across scenarios). */
  ceilingUniforms?: Float64Array;
  /** multiplicative growth factors per path and year from drivers (paths × horizon), or undefined. */
  driverFactors?: Float64Array;
}

function scaleSpread(paths: IndicatorPaths, multiplier: number): Float64Array {
  const { pathCount, horizon, values } = paths;
  const medians = pathMedians(values, pathCount, horizon);
  const result = new Float64Array(values.length);
  for (let path = 0; path < pathCount; path++) {
    for (let step = 0; step < horizon; step++) {
      const index = path * horizon + step;
      const value = values[index]!;
      const median = medians[step]!;
      result[index] = value > 0 && median > 0 ? median * (value / median) ** multiplier : median + (value - median) * multiplier;
    }
  }
  return result;
}

/** The compound path from the last observation through each anchor; after the last anchor it keeps the last segment's rate. */
export function planPathValues(lastYear: number, lastValue: number, anchors: readonly PlanAnchor[], firstYear: number, horizon: number): Float64Array | undefined {
  const points = [{ year: lastYear, value: lastValue }, ...[...anchors].filter((anchor) => anchor.year > lastYear).sort((a, b) => a.year - b.year)];
  if (points.length < 2 || points.some((point) => !(point.value > 0))) return undefined;
  const result = new Float64Array(horizon);
  for (let step = 0; step < horizon; step++) {
    const year = firstYear + step;
    const after = points.findIndex((point) => point.year >= year);
    const [from, to] = after <= 0 ? [points[points.length - 2]!, points[points.length - 1]!] : [points[after - 1]!, points[after]!];
    const rate = (to.value / from.value) ** (1 / (to.year - from.year));
    result[step] = from.value * rate ** (year - from.year);
  }
  return result;
}

/** The array a stage writes into: the previous stage's own array, or a new one when that is the baseline's. */
function writable(paths: IndicatorPaths, values: Float64Array): Float64Array {
  return values === paths.values ? new Float64Array(values.length) : values;
}

function steerToPlanPath(paths: IndicatorPaths, values: Float64Array, anchors: readonly PlanAnchor[]): Float64Array {
  const { pathCount, horizon } = paths;
  const plan = planPathValues(paths.lastYear, paths.lastValue, anchors, paths.firstYear, horizon);
  if (plan === undefined) return values;
  // not memoised (pathMedians): `values` may be this call's own array, which the next lines change
  const medians = yearQuantilesInto(values, pathCount, horizon, [0.5], new Float64Array(horizon));
  const result = writable(paths, values);
  for (let step = 0; step < horizon; step++) {
    const factor = medians[step]! > 0 ? plan[step]! / medians[step]! : 1;
    for (let path = 0; path < pathCount; path++) result[path * horizon + step] = values[path * horizon + step]! * factor;
  }
  return result;
}

function applyGrowthLevers(paths: IndicatorPaths, values: Float64Array, scenario: ResolvedScenario, driverFactors: Float64Array | undefined): Float64Array {
  const { pathCount, horizon, firstYear, indicator, indicatorKind } = paths;
  const levers = scenario.growth.filter((lever) => selectorMatches(lever.indicators, indicator, indicatorKind));
  if (levers.length === 0 && driverFactors === undefined) return values;
  const multiplier = new Float64Array(horizon).fill(1);
  const addition = new Float64Array(horizon);
  for (const lever of levers) {
    for (let step = 0; step < horizon; step++) {
      const year = firstYear + step;
      if ((lever.from !== undefined && year < lever.from) || (lever.to !== undefined && year > lever.to)) continue;
      if (lever.multiplier !== undefined) multiplier[step]! *= lever.multiplier;
      if (lever.percentagePoints !== undefined) addition[step]! += lever.percentagePoints / 100;
    }
  }
  const result = writable(paths, values); // in place is safe: each value is read before it is written
  for (let path = 0; path < pathCount; path++) {
    let previousBaseline = paths.lastValue;
    let previous = paths.lastValue;
    for (let step = 0; step < horizon; step++) {
      const index = path * horizon + step;
      const baseline = values[index]!;
      const growthFactor = previousBaseline > 0 ? baseline / previousBaseline : 1;
      let adjusted = 1 + (growthFactor - 1) * multiplier[step]! + addition[step]!;
      if (driverFactors !== undefined) adjusted *= driverFactors[index]!;
      previous = previousBaseline > 0 ? previous * Math.max(adjusted, 0) : baseline;
      result[index] = previous;
      previousBaseline = baseline;
    }
  }
  return result;
}

function applyShocks(paths: IndicatorPaths, values: Float64Array, scenario: ResolvedScenario): Float64Array {
  const { pathCount, horizon, firstYear, indicator, indicatorKind } = paths;
  const shocks = scenario.shocks.filter((shock) => selectorMatches(shock.indicators, indicator, indicatorKind));
  if (shocks.length === 0) return values;
  const levelFactor = new Float64Array(horizon).fill(1);
  for (const shock of shocks) {
    const size = shock.sizePercent / 100;
    for (let step = 0; step < horizon; step++) {
      const yearsSince = firstYear + step - shock.year;
      if (yearsSince < 0) continue;
      const remaining = shock.recoveryYears === 0 ? 1 : Math.max(0, 1 - yearsSince / shock.recoveryYears);
      levelFactor[step]! *= 1 + size * remaining;
    }
  }
  const result = writable(paths, values);
  for (let path = 0; path < pathCount; path++) {
    for (let step = 0; step < horizon; step++) result[path * horizon + step] = values[path * horizon + step]! * levelFactor[step]!;
  }
  return result;
}

function applyCeilingsAndBounds(paths: IndicatorPaths, values: Float64Array, scenario: ResolvedScenario, uniforms: Float64Array | undefined): Float64Array {
  const { pathCount, horizon, indicator, bounds } = paths;
  const ceiling = scenario.ceilings.find((candidate) => candidate.indicator === indicator);
  const lower = bounds.lower ?? -Infinity;
  const upper = bounds.upper ?? Infinity;
  const result = writable(paths, values);
  for (let path = 0; path < pathCount; path++) {
    let cap = upper;
    if (ceiling?.value !== undefined) cap = Math.min(cap, ceiling.value);
    if (ceiling?.range !== undefined) {
      const uniform = uniforms?.[path] ?? 0.5;
      cap = Math.min(cap, ceiling.range[0] + uniform * (ceiling.range[1] - ceiling.range[0]));
    }
    for (let step = 0; step < horizon; step++) {
      const index = path * horizon + step;
      result[index] = Math.min(Math.max(values[index]!, lower), cap);
    }
  }
  return result;
}

function hasLevers(scenario: ResolvedScenario, inputs: LeverInputs): boolean {
  return scenario.spreadMultiplier !== 1 || scenario.planPath || scenario.growth.length > 0 || scenario.shocks.length > 0 || scenario.ceilings.length > 0 || inputs.driverFactors !== undefined;
}

export function applyScenario(paths: IndicatorPaths, scenario: ResolvedScenario, inputs: LeverInputs = {}): IndicatorPaths {
  if (!hasLevers(scenario, inputs)) return paths;
  let values = paths.values;
  if (scenario.spreadMultiplier !== 1) values = scaleSpread(paths, scenario.spreadMultiplier);
  if (scenario.planPath && inputs.planAnchors !== undefined && inputs.planAnchors.length > 0) values = steerToPlanPath(paths, values, inputs.planAnchors);
  values = applyGrowthLevers(paths, values, scenario, inputs.driverFactors);
  values = applyShocks(paths, values, scenario);
  values = applyCeilingsAndBounds(paths, values, scenario, inputs.ceilingUniforms);
  return withValues(paths, values);
}

/**
 * Cumulative targets are sums over the plan years (技术合同成交额 "累计完成40亿元" over 2021–2025). The sum
 * of a simulated path takes observed values for years that have them and the path's values for the
 * projected years; a year inside the period with neither (a gap in the data) is filled by geometric
 * interpolation between its neighbours, and the result says so.
 */
export interface CumulativeInputs {
  periodStart: number;
  periodEnd: number;
  observed: ReadonlyMap<number, number>;
  /** the first projected year and the paths (paths × horizon) */
  firstYear: number;
  horizon: number;
  pathCount: number;
  values: Float64Array;
}

export interface CumulativeSums {
  sums: Float64Array;
  /** years whose values were interpolated */
  interpolatedYears: number[];
}

function interpolate(observed: ReadonlyMap<number, number>, year: number): number | undefined {
  const years = [...observed.keys()].sort((a, b) => a - b);
  const before = years.filter((candidate) => candidate < year).pop();
  const after = years.find((candidate) => candidate > year);
  if (before === undefined || after === undefined) return undefined;
  const from = observed.get(before)!;
  const to = observed.get(after)!;
  if (!(from > 0) || !(to > 0)) return from + ((to - from) * (year - before)) / (after - before);
  return from * (to / from) ** ((year - before) / (after - before));
}

export function cumulativeSums(inputs: CumulativeInputs): CumulativeSums | undefined {
  const { periodStart, periodEnd, observed, firstYear, horizon, pathCount, values } = inputs;
  if (periodEnd >= firstYear + horizon) return undefined;
  let fixedPart = 0;
  const interpolatedYears: number[] = [];
  const projectedSteps: number[] = [];
  for (let year = periodStart; year <= periodEnd; year++) {
    if (year >= firstYear) {
      projectedSteps.push(year - firstYear);
      continue;
    }
    const value = observed.get(year) ?? interpolate(observed, year);
    if (value === undefined) return undefined;
    if (!observed.has(year)) interpolatedYears.push(year);
    fixedPart += value;
  }
  const sums = new Float64Array(pathCount);
  for (let path = 0; path < pathCount; path++) {
    let sum = fixedPart;
    for (const step of projectedSteps) sum += values[path * horizon + step]!;
    sums[path] = sum;
  }
  return { sums, interpolatedYears };
}

/**
 * The constant yearly growth g from the latest value that makes the period's sum reach `target`:
 * Σ_{t in period} x(t) = target with x(t) = latest·(1+g)^(t − latestYear) for projected years (observed
 * years count as observed). Found by bisection on [−0.99, 10]; undefined when no g in range reaches it.
 */
export function requiredGrowthForSum(target: number, latestYear: number, latestValue: number, periodStart: number, periodEnd: number, observed: ReadonlyMap<number, number>): number | undefined {
  const sumAt = (growth: number): number => {
    let sum = 0;
    for (let year = periodStart; year <= periodEnd; year++) sum += year <= latestYear ? observed.get(year) ?? 0 : latestValue * (1 + growth) ** (year - latestYear);
    return sum;
  };
  let low = -0.99;
  let high = 10;
  if (sumAt(low) > target || sumAt(high) < target) return undefined;
  for (let iteration = 0; iteration < 200; iteration++) {
    const middle = (low + high) / 2;
    if (sumAt(middle) < target) low = middle;
    else high = middle;
  }
  return (low + high) / 2;
}

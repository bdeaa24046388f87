/**
 * The element-wise loops the scenario levers run over a paths array (paths × horizon, row-major): each a
 * small function of typed arrays and numbers only, so V8 optimises it once and keeps it.
 *
 * Written inline in the levers' `transform` methods, the same loops were compiled again and again: each
 * method reads its settings and its context (objects of many shapes), a new shape threw the optimised code
 * away, and the hot loop was compiled anew by on-stack replacement — 26 TurboFan compilations of
 * `transform` in one report, on the background threads the chart worker needs (a profile of one report
 * had them compiling for about 1.5 s). The arithmetic is the levers' own, operation for operation, so
 * the numbers are the same to the last bit. `result` may be `values` itself: every element is read before
 * it is written.
 */

/** result = values · factors[year], each year's column scaled by its factor (shocks, the plan path). */
export function scaleEachYear(values: Float64Array, result: Float64Array, factors: Float64Array, pathCount: number, horizon: number): void {
  for (let path = 0, row = 0; path < pathCount; path++, row += horizon) {
    for (let step = 0; step < horizon; step++) result[row + step] = values[row + step]! * factors[step]!;
  }
}

/** result = values · (the running product of `factors` along each path): growth factors compounded (drivers). */
export function compoundFactors(values: Float64Array, result: Float64Array, factors: Float64Array, pathCount: number, horizon: number): void {
  for (let path = 0, row = 0; path < pathCount; path++, row += horizon) {
    let level = 1;
    for (let step = 0; step < horizon; step++) {
      level *= factors[row + step]!;
      result[row + step] = values[row + step]! * level;
    }
  }
}

/**
 * Each path's year-on-year growth changed (growth-change lever): growth ×multiplier[year] + addition[year],
 * compounded from `lastValue`; a path is its own until the first year that changes.
 */
export function compoundGrowthChange(values: Float64Array, result: Float64Array, multiplier: Float64Array, addition: Float64Array, lastValue: number, pathCount: number, horizon: number): void {
  for (let path = 0, row = 0; path < pathCount; path++, row += horizon) {
    let previousBaseline = lastValue;
    let previous = lastValue;
    for (let step = 0; step < horizon; step++) {
      const current = values[row + step]!;
      const unchanged = multiplier[step] === 1 && addition[step] === 0;
      if (unchanged && previous === previousBaseline) previous = current; // nothing changed yet: the path's own value
      else if (previousBaseline > 0) previous *= Math.max(1 + (current / previousBaseline - 1) * multiplier[step]! + addition[step]!, 0);
      else previous = current;
      result[row + step] = previous;
      previousBaseline = current;
    }
  }
}

/**
 * Each year's deviations from its median scaled on the log scale (spread lever):
 * median · exp(m · ln(x / median)) when x and the median are positive, median + (x − median) · m otherwise.
 */
export function scaleAroundMedians(values: Float64Array, result: Float64Array, medians: Float64Array, multiplier: number, pathCount: number, horizon: number): void {
  for (let path = 0, row = 0; path < pathCount; path++, row += horizon) {
    for (let step = 0; step < horizon; step++) {
      const value = values[row + step]!;
      const median = medians[step]!;
      // exp(m·ln r), not r ** m: V8's pow takes 100–200 ns for an exponent such as 1.2, exp and ln 20–50
      result[row + step] = value > 0 && median > 0 ? median * Math.exp(multiplier * Math.log(value / median)) : median + (value - median) * multiplier;
    }
  }
}

/** result = min(values, caps[path]): each path held under its own ceiling. */
export function capEachPath(values: Float64Array, result: Float64Array, caps: Float64Array, pathCount: number, horizon: number): void {
  for (let path = 0, row = 0; path < pathCount; path++, row += horizon) {
    const cap = caps[path]!;
    for (let step = 0; step < horizon; step++) result[row + step] = Math.min(values[row + step]!, cap);
  }
}

/** result = values · scenario / reference where the reference is positive, values elsewhere (the enterprise pipeline). */
export function scaleByRatio(values: Float64Array, result: Float64Array, scenario: Float64Array, reference: Float64Array): void {
  for (let index = 0; index < values.length; index++) result[index] = reference[index]! > 0 ? values[index]! * (scenario[index]! / reference[index]!) : values[index]!;
}

/** values held within [lower, upper], in place (an indicator's natural bounds). */
export function clampInPlace(values: Float64Array, lower: number, upper: number): void {
  for (let index = 0; index < values.length; index++) values[index] = Math.min(Math.max(values[index]!, lower), upper);
}

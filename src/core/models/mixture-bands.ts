/**
 * Bands of an equal-weight mixture of path distributions (a family with an uncertain ceiling): each year's
 * point (the median) and interval ends are quantiles of the mixture, found as roots of its distribution
 * function by Brent's method, clamped to the indicator's bounds.
 */
import type { Bounds } from '../catalog/indicator-catalog.js';
import { bracketedRoot } from '../statistics/bracketed-root.js';
import { assertLevels, bandsFromDistribution, clamper, standardCumulative, standardQuantile, type Bands, type PathDistribution } from './predictive-paths.js';

/**
 * The mixture's cumulative probability at x in year `index`. A module-level function, not a closure made
 * per quantile: V8 threw its optimised bisection away for every new closure ("wrong feedback cell").
 */
function mixtureCumulative(components: readonly PathDistribution[], index: number, x: number): number {
  let total = 0;
  for (const component of components) {
    const { transform } = component;
    const sd = Math.sqrt(Math.max(component.covariance[index]![index]!, 0));
    if (transform.ceiling !== null && x >= transform.ceiling) total += 1;
    else if (x <= 0 && transform.name !== 'level') total += 0;
    else {
      const standardised = (transform.forward(x) - component.location[index]!) / sd;
      total += sd > 0 ? standardCumulative(standardised, component.degreesOfFreedom) : standardised >= 0 ? 1 : 0;
    }
  }
  return total / components.length;
}

/**
 * The p-quantile of an equal-weight mixture at one horizon index, on the level scale: the root of F(x) − p inside
 * the bracket of the components' own p-quantiles, by Brent's method (bracketed-root.ts).
 */
function mixtureQuantile(components: readonly PathDistribution[], index: number, probability: number): number {
  // The mixture quantile lies between the smallest and largest component quantiles.
  let low = Infinity;
  let high = -Infinity;
  for (const component of components) {
    const sd = Math.sqrt(Math.max(component.covariance[index]![index]!, 0));
    const value = component.transform.inverse(
      component.location[index]! + standardQuantile(probability, component.degreesOfFreedom) * sd,
    );
    low = Math.min(low, value);
    high = Math.max(high, value);
  }
  if (!(high - low > 1e-12 * Math.max(Math.abs(high), 1e-300))) return 0.5 * (low + high);
  return bracketedRoot(mixtureExcess, { components, index, probability }, low, high, 1e-12 * Math.max(Math.abs(low), Math.abs(high), 1e-300));
}

interface MixtureQuantileSearch {
  components: readonly PathDistribution[];
  index: number;
  probability: number;
}

/** The mixture's cumulative probability at x less the one sought: its root is the quantile. */
function mixtureExcess(x: number, search: MixtureQuantileSearch): number {
  return mixtureCumulative(search.components, search.index, x) - search.probability;
}

/** Point path (the mixture median) and bands of an equal-weight mixture. */
export function bandsFromMixture(components: readonly PathDistribution[], bounds: Bounds, levels: readonly number[]): Bands {
  assertLevels(levels);
  if (components.length === 1) return bandsFromDistribution(components[0]!, bounds, levels);
  const horizon = components[0]!.location.length;
  const bound = clamper(bounds);
  const at = (probability: number): number[] =>
    Array.from({ length: horizon }, (_, index) => bound.clamp(mixtureQuantile(components, index, probability)));
  const point = at(0.5);
  const intervals = levels.map((level) => ({ level, lower: at(0.5 - level / 200), upper: at(0.5 + level / 200) }));
  return { point, intervals, boundsApplied: bound.applied() };
}

/**
 * Drivers: GDP, R&D spending and population growth, and the ratio indicators that follow them
 * coherently. Which indicator is which driver, and which ratio has which numerator and denominator, is
 * catalogue data (roles in seeds/indicators.yaml). For a ratio y = a / b (R&D intensity = R&D spending /
 * GDP; patents per 10,000 = stock / population), a scenario that moves the growth of a or b moves y's
 * yearly growth factor by
 *
 *   [(1 + g_a,t) / (1 + g_a,trend)] / [(1 + g_b,t) / (1 + g_b,trend)]
 *
 * anchored on y's own fitted trend (which already carries the trend growth of both). The driver
 * indicators themselves (a region's GDP path, say) move by their own factor. A driver's scenario growth
 * is `growthPercent` (against `baselineGrowthPercent`, default the same) or its trend shifted by
 * `changePercentagePoints`; its trend is `baselineGrowthPercent` if given, else the median growth of the
 * driver's own baseline paths in the region, else 0 (then a change of Δ points multiplies the growth
 * factor by 1 + Δ/100). Driver draws (with spreadPercent) come from one stream per region, driver and
 * calendar year, so every indicator of a region sees the same GDP path in a given simulated world, in
 * every scenario, and only the years projected are drawn.
 */
import type { Catalog, IndicatorDefinition } from '../catalog/indicator-catalog.js';
import type { DriverName } from '../catalog/indicator-roles.js';
import { createSeededRandom } from '../statistics/seeded-random.js';
import { streamSeed } from './stream-seed.js';

export interface DriverGrowth {
  growthPercent?: number | undefined;
  baselineGrowthPercent?: number | undefined;
  changePercentagePoints?: number | undefined;
  spreadPercent: number;
}

export type DriverSettings = Partial<Record<DriverName, DriverGrowth>> & { from?: number | undefined; to?: number | undefined };

export interface DriverTerm {
  driver: DriverName;
  /** +1: the driver itself or a ratio's numerator; −1: a ratio's denominator */
  exponent: 1 | -1;
}

/** The drivers an indicator follows: its own driver role, and those of a ratio's numerator and denominator. */
export function driverTerms(definition: IndicatorDefinition, catalog: Catalog): DriverTerm[] {
  const terms: DriverTerm[] = [];
  const roles = definition.roles;
  if (roles?.driver !== undefined) terms.push({ driver: roles.driver, exponent: 1 });
  const numerator = roles?.numerator === undefined ? undefined : catalog.indicators.get(roles.numerator)?.roles?.driver;
  const denominator = roles?.denominator === undefined ? undefined : catalog.indicators.get(roles.denominator)?.roles?.driver;
  if (numerator !== undefined) terms.push({ driver: numerator, exponent: 1 });
  if (denominator !== undefined) terms.push({ driver: denominator, exponent: -1 });
  return terms;
}

export interface DriverFactorOptions {
  seed: number;
  region: string;
  pathCount: number;
  horizon: number;
  firstYear: number;
  /** the driver's trend growth in a calendar year (a fraction), when the region's data give one */
  trend?: (driver: DriverName, year: number) => number | undefined;
}

/**
 * The factors (paths × horizon) by which the scenario's drivers change an indicator's yearly growth, or
 * undefined when no driver of the scenario concerns it.
 */
export function driverFactors(terms: readonly DriverTerm[], drivers: DriverSettings | undefined, options: DriverFactorOptions): Float64Array | undefined {
  if (drivers === undefined) return undefined;
  const active = terms.filter((term) => drivers[term.driver] !== undefined);
  if (active.length === 0) return undefined;
  const { seed, region, pathCount, horizon, firstYear } = options;
  const factors = new Float64Array(pathCount * horizon).fill(1);
  const draws = new Float64Array(pathCount);
  for (const term of active) {
    const driver = drivers[term.driver]!;
    const spread = driver.spreadPercent / 100;
    const change = driver.changePercentagePoints;
    for (let step = 0; step < horizon; step++) {
      const year = firstYear + step;
      if ((drivers.from !== undefined && year < drivers.from) || (drivers.to !== undefined && year > drivers.to)) continue;
      if (spread > 0) createSeededRandom(streamSeed(seed, `driver|${region}|${term.driver}|${year}`)).fillStandardNormal(draws);
      const trend = driver.baselineGrowthPercent !== undefined ? driver.baselineGrowthPercent / 100 : driver.growthPercent !== undefined ? driver.growthPercent / 100 : options.trend?.(term.driver, year) ?? 0;
      let mean = driver.growthPercent !== undefined ? driver.growthPercent / 100 : trend;
      if (change !== undefined) mean += change / 100;
      multiplyYearFactors(factors, draws, pathCount, horizon, step, mean, spread, trend, term.exponent);
    }
  }
  return factors;
}

/**
 * Multiplies year `step` of every path by (1 + mean + spread·draw) / (1 + trend), or its inverse. The hot
 * loop, apart from the settings objects around it: V8 optimises it once, on numbers and typed arrays only,
 * where inside driverFactors every new shape of settings threw the optimised code away (9 compilations a report).
 */
function multiplyYearFactors(factors: Float64Array, draws: Float64Array, pathCount: number, horizon: number, step: number, mean: number, spread: number, trend: number, exponent: number): void {
  for (let path = 0, at = step; path < pathCount; path++, at += horizon) {
    const growth = mean + spread * draws[path]!;
    const factor = (1 + growth) / (1 + trend);
    factors[at]! *= exponent === 1 ? factor : 1 / factor;
  }
}

/**
 * Drivers: GDP, R&D spending and population growth, and the ratio indicators that follow them
 * coherently. For a ratio y = a / b (R&D intensity = R&D spending / GDP; patents per 10,000 = stock /
 * population), a scenario that moves the growth of a or b moves y's yearly growth factor by
 *
 *   [(1 + g_a,t) / (1 + g_a,baseline)] / [(1 + g_b,t) / (1 + g_b,baseline)]
 *
 * anchored on y's own fitted trend (which already carries the baseline growth of both). The driver
 * indicators themselves (a region's GDP path, say) move by their own factor. Driver draws (with
 * spreadPercent) come from one stream per region and driver, indexed by calendar year, so every indicator
 * of a region sees the same GDP path in a given simulated world, in every scenario.
 */
import type { ScenarioDrivers } from '../scenarios/scenario-spec.js';
import { createSeededRandom } from '../statistics/seeded-random.js';
import { streamSeed } from './stream-seed.js';

export const DRIVER_INDICATORS = { gdp: 'gdp', rdExpenditure: 'rd_expenditure', population: 'population' } as const;
type DriverName = keyof typeof DRIVER_INDICATORS;

const DRIVER_FIRST_YEAR = 2000;
const DRIVER_LAST_YEAR = 2100;

/** Numerator and denominator of a relation written `a / b` (optionally `* k`), else undefined. */
export function ratioParts(relation: string | undefined): { numerator: string; denominator: string } | undefined {
  const match = relation === undefined ? null : /^\s*([a-z_][a-z0-9_]*)\s*\/\s*([a-z_][a-z0-9_]*)\s*(\*\s*[\d.e+]+\s*)?$/i.exec(relation);
  return match === null ? undefined : { numerator: match[1]!, denominator: match[2]! };
}

function driverFor(indicator: string): DriverName | undefined {
  return (Object.keys(DRIVER_INDICATORS) as DriverName[]).find((name) => DRIVER_INDICATORS[name] === indicator);
}

/** Yearly growth draws of one driver for one region: paths × calendar years (2000–2100). */
function driverGrowthDraws(drivers: ScenarioDrivers, name: DriverName, seed: number, region: string, pathCount: number): Float64Array | undefined {
  const driver = drivers[name];
  if (driver === undefined) return undefined;
  const years = DRIVER_LAST_YEAR - DRIVER_FIRST_YEAR + 1;
  const draws = new Float64Array(pathCount * years);
  if (driver.spreadPercent > 0) createSeededRandom(streamSeed(seed, `driver|${region}|${name}`)).fillStandardNormal(draws);
  const mean = driver.growthPercent / 100;
  const spread = driver.spreadPercent / 100;
  for (let index = 0; index < draws.length; index++) draws[index] = mean + spread * draws[index]!;
  return draws;
}

/**
 * The factors (paths × horizon) by which the scenario's drivers change an indicator's yearly growth, or
 * undefined when no driver concerns it.
 */
export function driverFactors(
  indicator: string, relation: string | undefined, drivers: ScenarioDrivers | undefined,
  seed: number, region: string, pathCount: number, horizon: number, firstYear: number,
): Float64Array | undefined {
  if (drivers === undefined) return undefined;
  const own = driverFor(indicator);
  const parts = ratioParts(relation);
  const terms: { name: DriverName; exponent: 1 | -1 }[] = [];
  if (own !== undefined) terms.push({ name: own, exponent: 1 });
  if (parts !== undefined) {
    const numerator = driverFor(parts.numerator);
    const denominator = driverFor(parts.denominator);
    if (numerator !== undefined) terms.push({ name: numerator, exponent: 1 });
    if (denominator !== undefined) terms.push({ name: denominator, exponent: -1 });
  }
  const active = terms.filter((term) => drivers[term.name] !== undefined);
  if (active.length === 0) return undefined;
  const factors = new Float64Array(pathCount * horizon).fill(1);
  const years = DRIVER_LAST_YEAR - DRIVER_FIRST_YEAR + 1;
  for (const term of active) {
    const driver = drivers[term.name]!;
    const baseline = (driver.baselineGrowthPercent ?? driver.growthPercent) / 100;
    const draws = driverGrowthDraws(drivers, term.name, seed, region, pathCount)!;
    for (let path = 0; path < pathCount; path++) {
      for (let step = 0; step < horizon; step++) {
        const year = firstYear + step;
        if ((drivers.from !== undefined && year < drivers.from) || (drivers.to !== undefined && year > drivers.to)) continue;
        const factor = (1 + draws[path * years + (year - DRIVER_FIRST_YEAR)]!) / (1 + baseline);
        factors[path * horizon + step]! *= term.exponent === 1 ? factor : 1 / factor;
      }
    }
  }
  return factors;
}

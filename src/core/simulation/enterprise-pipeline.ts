/**
 * The enterprise pipeline: technology-based enterprises (科技型企业) are the pool high-tech enterprises
 * (高新技术企业) grow from. Each year a share c of the pool is newly certified; a certification lasts
 * `certificationYears` (three) years, after which a share ρ is renewed and the rest lapse, so the
 * high-tech stock can fall. With cohorts C_t (certified or renewed in year t):
 *
 *   C_t = c · T_{t−1} + ρ · C_{t−k},     H_t = C_t + C_{t−1} + … + C_{t−k+1}
 *
 * The starting cohorts split the latest stock H_0 as a stock growing at the baseline rate g would be
 * split. Unless the scenario fixes c, it is calibrated so the pipeline's first year reproduces the
 * baseline median growth of H: the lever (a cultivation programme) then adds to a rate that matches the
 * trend, and the calibrated rate is reported.
 */
export interface PipelineParameters {
  /** yearly share of the pool newly certified (0–1) */
  conversionRate: number;
  /** share of lapsing certifications renewed (0–1) */
  renewalRate: number;
  certificationYears: number;
}

/** The starting cohorts (oldest first) of a stock H₀ growing at rate g. */
export function startingCohorts(stock: number, growthRate: number, certificationYears: number): number[] {
  const weights = Array.from({ length: certificationYears }, (_, age) => (1 + growthRate) ** -(certificationYears - 1 - age));
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  return weights.map((weight) => (stock * weight) / total);
}

/** The conversion rate that makes H grow at `growthRate` in the first year, given the pool T₀. */
export function calibrateConversionRate(highTechStock: number, pool: number, growthRate: number, renewalRate: number, certificationYears: number): number {
  const cohorts = startingCohorts(highTechStock, growthRate, certificationYears);
  const nextStock = highTechStock * (1 + growthRate);
  // H₁ = C₁ + (all but the oldest cohort); C₁ = c·T₀ + ρ·C_oldest
  const newCohort = nextStock - (highTechStock - cohorts[0]!);
  const newlyCertified = newCohort - renewalRate * cohorts[0]!;
  return pool > 0 ? Math.max(0, newlyCertified / pool) : 0;
}

/**
 * High-tech stock paths from pool paths. `pool` and the result are paths × horizon; `poolStart` is T₀
 * (the latest pool value), `stockStart` H₀. `yearlyRate(step)` gives c for each projected year (the lever
 * may start in a given year). Allocates only the cohort ring buffer per call.
 */
export function simulateHighTechStock(
  pool: Float64Array, poolStart: number, stockStart: number, baselineGrowth: number,
  parameters: PipelineParameters, yearlyRate: (step: number) => number, pathCount: number, horizon: number,
): Float64Array {
  const rates = new Float64Array(horizon);
  for (let step = 0; step < horizon; step++) rates[step] = yearlyRate(step);
  const initial = Float64Array.from(startingCohorts(stockStart, baselineGrowth, parameters.certificationYears));
  return stockPaths(pool, poolStart, initial, rates, parameters.renewalRate, pathCount, horizon);
}

/**
 * The cohort recursion over every path: numbers and typed arrays only, so V8 optimises it once (with the
 * yearly rate as a function and the parameters as an object, it was compiled five times a report).
 */
function stockPaths(pool: Float64Array, poolStart: number, initial: Float64Array, rates: Float64Array, renewalRate: number, pathCount: number, horizon: number): Float64Array {
  const k = initial.length;
  const cohorts = new Float64Array(k);
  const result = new Float64Array(pathCount * horizon);
  for (let path = 0; path < pathCount; path++) {
    cohorts.set(initial);
    let oldest = 0;
    let previousPool = poolStart;
    for (let step = 0; step < horizon; step++) {
      const certified = rates[step]! * previousPool + renewalRate * cohorts[oldest]!;
      cohorts[oldest] = certified;
      oldest = (oldest + 1) % k;
      let stock = 0;
      for (let age = 0; age < k; age++) stock += cohorts[age]!;
      result[path * horizon + step] = stock;
      previousPool = pool[path * horizon + step]!;
    }
  }
  return result;
}

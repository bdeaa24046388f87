/**
 * Holt's linear trend with a damped trend in its state-space (error-correction) form, ETS(A,Ad,N)
 * (Gardner & McKenzie 1985; Hyndman, Koehler, Ord & Snyder 2008, "Forecasting with Exponential
 * Smoothing", Table 2.1 and §6.1):
 *
 *   ŷ_t = ℓ_{t−1} + φ·b_{t−1}          one-step forecast
 *   e_t = y_t − ŷ_t
 *   ℓ_t = ŷ_t + α·e_t                  level
 *   b_t = φ·b_{t−1} + β·e_t            trend (β here is R forecast::ets's β, i.e. α·β* of Holt's form)
 *   ŷ_{T+h|T} = ℓ_T + (φ + φ² + … + φ^h)·b_T
 *
 * The h-step forecast error is e_{T+h} + Σ_{j=1}^{h−1} c_j·e_{T+h−j} with c_j = α + β·φ(1 − φʲ)/(1 − φ)
 * (c_j = α + jβ when φ = 1), so Var = σ²·(1 + Σ c_j²). The same recursion as R's forecast::ets;
 * `tests/reference` checks it against ets at fixed α, β, φ and initial states.
 *
 * A missing year (null) is a prediction-only step: e_t = 0, the states move on by the recursion.
 */

export interface DampedTrendParameters {
  /** level smoothing, 0 < α ≤ 1 */
  alpha: number;
  /** trend smoothing, 0 ≤ β ≤ α */
  beta: number;
  /** damping, 0 < φ ≤ 1 (1 = Holt's undamped linear trend) */
  phi: number;
  /** ℓ₀: the level one year before the first value */
  initialLevel: number;
  /** b₀: the trend one year before the first value */
  initialTrend: number;
}

export interface DampedTrendRecursion {
  /** ŷ_t for each year (also for missing ones) */
  oneStepForecasts: number[];
  /** e_t for each year; null where the value is missing */
  errors: (number | null)[];
  finalLevel: number;
  finalTrend: number;
}

/** Runs the recursion over consecutive years' values (null = not observed that year). */
export function dampedTrendRecursion(
  values: readonly (number | null)[],
  parameters: DampedTrendParameters,
): DampedTrendRecursion {
  const { alpha, beta, phi } = parameters;
  let level = parameters.initialLevel;
  let trend = parameters.initialTrend;
  const oneStepForecasts: number[] = [];
  const errors: (number | null)[] = [];
  for (const value of values) {
    const forecast = level + phi * trend;
    const error = value === null ? 0 : value - forecast;
    oneStepForecasts.push(forecast);
    errors.push(value === null ? null : error);
    level = forecast + alpha * error;
    trend = phi * trend + beta * error;
  }
  return { oneStepForecasts, errors, finalLevel: level, finalTrend: trend };
}

/** φ + φ² + … + φ^h */
export function dampedTrendSum(phi: number, steps: number): number {
  if (phi === 1) return steps;
  return (phi * (1 - phi ** steps)) / (1 - phi);
}

/** Point forecasts ℓ_T + (φ + … + φ^h)·b_T for h = 1…horizon. */
export function dampedTrendForecast(level: number, trend: number, phi: number, horizon: number): number[] {
  return Array.from({ length: horizon }, (_, index) => level + dampedTrendSum(phi, index + 1) * trend);
}

/** The error weights c_0 = 1, c_j = α + β·(φ + … + φ^j) for j = 1…horizon − 1. */
export function dampedTrendErrorWeights(alpha: number, beta: number, phi: number, horizon: number): number[] {
  return Array.from({ length: horizon }, (_, j) => (j === 0 ? 1 : alpha + beta * dampedTrendSum(phi, j)));
}

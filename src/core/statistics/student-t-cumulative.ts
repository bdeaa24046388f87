/**
 * The cumulative distribution function of Student's t with ν degrees of freedom (ν > 0, not necessarily
 * whole), and its density.
 *
 * F(t) = ½·I_{ν/(ν+t²)}(ν/2, ½) for t ≤ 0 and 1 − F(−t) for t > 0 (Abramowitz & Stegun 26.7.1 with
 * 26.5.27), so the lower tail keeps full relative accuracy.
 *
 * @example studentTCumulative(2, 3) // 0.930337015720578
 */
import { logGamma } from './log-gamma.js';
import { regularizedIncompleteBeta } from './regularized-incomplete-beta.js';

function assertDegreesOfFreedom(degreesOfFreedom: number): void {
  if (!(degreesOfFreedom > 0)) {
    throw new RangeError(`Student's t requires positive degrees of freedom, got ${degreesOfFreedom}`);
  }
}

/** P(T ≤ t) for T ~ t_ν. */
export function studentTCumulative(t: number, degreesOfFreedom: number): number {
  assertDegreesOfFreedom(degreesOfFreedom);
  if (Number.isNaN(t)) return Number.NaN;
  if (t === -Infinity) return 0;
  if (t === Infinity) return 1;
  const lowerTail = 0.5 * regularizedIncompleteBeta(degreesOfFreedom / (degreesOfFreedom + t * t), degreesOfFreedom / 2, 0.5);
  return t <= 0 ? lowerTail : 1 - lowerTail;
}

/** The density of t_ν at t. */
export function studentTDensity(t: number, degreesOfFreedom: number): number {
  assertDegreesOfFreedom(degreesOfFreedom);
  const halfNu = degreesOfFreedom / 2;
  const logNormaliser = logGamma(halfNu + 0.5) - logGamma(halfNu) - 0.5 * Math.log(degreesOfFreedom * Math.PI);
  return Math.exp(logNormaliser - (halfNu + 0.5) * Math.log1p((t * t) / degreesOfFreedom));
}

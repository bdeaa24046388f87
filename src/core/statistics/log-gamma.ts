/**
 * The natural logarithm of the gamma function for positive arguments, accurate to about 1e-15.
 *
 * Method: the Lanczos approximation with g = 7 and nine coefficients (C. Lanczos 1964, SIAM J. Numer.
 * Anal. B 1, 86–96; coefficients as tabulated by P. Godfrey), with Γ(x) = π / (sin(πx)·Γ(1 − x)) for x < ½.
 *
 * @example logGamma(0.5) // 0.5723649429247001 = ln √π
 */

const G = 7;
const COEFFICIENTS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];
const HALF_LOG_TWO_PI = 0.9189385332046728;

/** ln Γ(x) for x > 0. @throws RangeError for x ≤ 0. */
export function logGamma(x: number): number {
  if (!(x > 0)) throw new RangeError(`logGamma requires a positive argument, got ${x}`);
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const shifted = x - 1;
  let series = COEFFICIENTS[0]!;
  for (let index = 1; index < COEFFICIENTS.length; index += 1) series += COEFFICIENTS[index]! / (shifted + index);
  const t = shifted + G + 0.5;
  return HALF_LOG_TWO_PI + (shifted + 0.5) * Math.log(t) - t + Math.log(series);
}

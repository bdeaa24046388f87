/**
 * The standard normal cumulative distribution function Φ(x), accurate to about 1e-15 relative error in
 * both tails (the lower tail keeps its relative accuracy down to Φ(−37) ≈ 1e-300).
 *
 * Method: for |x| < 3 the everywhere-positive series Φ(x) = ½ + φ(x)·Σ x^(2n+1)/(1·3·…·(2n+1))
 * (Abramowitz & Stegun 26.2.11, no cancellation between terms); beyond, the Laplace continued fraction
 * for the Mills ratio, Q(x) = φ(x) / (x + 1/(x + 2/(x + 3/(x + …)))) (A&S 26.2.14), evaluated with
 * the modified Lentz method.
 *
 * @example normalCumulative(1.959963984540054) // 0.975
 */

const INVERSE_SQRT_TWO_PI = 0.3989422804014327;

/** The standard normal density φ(x). */
export function normalDensity(x: number): number {
  return INVERSE_SQRT_TWO_PI * Math.exp(-0.5 * x * x);
}

/** Upper tail Q(x) = 1 − Φ(x) for x ≥ 3 by the continued fraction. */
function upperTailContinuedFraction(x: number): number {
  const tiny = 1e-300;
  // Q(x)/φ(x) = 1/(x + 1/(x + 2/(x + …))): b_0 = x, a_k = k, b_k = x.
  let f = x;
  let c = x;
  let d = 0;
  for (let k = 1; k < 500; k += 1) {
    d = x + k * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = x + k / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = c * d;
    f *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return normalDensity(x) / f;
}

/** Φ(x) = P(Z ≤ x) for a standard normal Z. */
export function normalCumulative(x: number): number {
  if (Number.isNaN(x)) return Number.NaN;
  if (x === Infinity) return 1;
  if (x === -Infinity) return 0;
  const magnitude = Math.abs(x);
  if (magnitude < 3) {
    let term = x;
    let sum = x;
    const square = x * x;
    for (let n = 1; n < 200; n += 1) {
      term *= square / (2 * n + 1);
      sum += term;
      if (Math.abs(term) <= 1e-17 * Math.abs(sum)) break;
    }
    return 0.5 + normalDensity(x) * sum;
  }
  if (magnitude > 40) return x > 0 ? 1 : 0;
  const tail = upperTailContinuedFraction(magnitude);
  return x > 0 ? 1 - tail : tail;
}

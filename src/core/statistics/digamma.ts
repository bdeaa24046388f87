/**
 * The digamma function ψ(x) = d/dx ln Γ(x) for positive arguments, accurate to about 1e-14.
 *
 * Method: the recurrence ψ(x) = ψ(x + 1) − 1/x up to x ≥ 10, then the asymptotic series
 * ψ(x) ≈ ln x − 1/(2x) − 1/(12x²) + 1/(120x⁴) − 1/(252x⁶) + 1/(240x⁸) − 1/(132x¹⁰)
 * (Abramowitz & Stegun 6.3.18).
 * Used for the bias of a log sample variance: E ln(χ²_ν/ν) = ψ(ν/2) − ln(ν/2).
 *
 * @example digamma(1) // −0.5772156649015329 (−γ, the Euler–Mascheroni constant)
 */
export function digamma(x: number): number {
  if (!(x > 0)) throw new RangeError(`digamma requires a positive argument, got ${x}`);
  let value = 0;
  let shifted = x;
  while (shifted < 10) {
    value -= 1 / shifted;
    shifted += 1;
  }
  const inverseSquare = 1 / (shifted * shifted);
  const series = inverseSquare * (1 / 12 - inverseSquare * (1 / 120 - inverseSquare * (1 / 252 - inverseSquare * (1 / 240 - inverseSquare / 132))));
  return value + Math.log(shifted) - 1 / (2 * shifted) - series;
}

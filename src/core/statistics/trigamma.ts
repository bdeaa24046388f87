/**
 * The trigamma function ψ′(x) = d²/dx² ln Γ(x) for positive arguments, accurate to about 1e-13.
 *
 * Method: the recurrence ψ′(x) = ψ′(x + 1) + 1/x² up to x ≥ 10, then the asymptotic series
 * ψ′(x) ≈ 1/x + 1/(2x²) + 1/(6x³) − 1/(30x⁵) + 1/(42x⁷) − 1/(30x⁹) + 5/(66x¹¹)
 * (Abramowitz & Stegun 6.4.12).
 * Used for the sampling variance of a log sample variance: Var ln(χ²_ν/ν) = ψ′(ν/2).
 *
 * @example trigamma(1) // 1.6449340668482264 (π²/6)
 */
export function trigamma(x: number): number {
  if (!(x > 0)) throw new RangeError(`trigamma requires a positive argument, got ${x}`);
  let value = 0;
  let shifted = x;
  while (shifted < 10) {
    value += 1 / (shifted * shifted);
    shifted += 1;
  }
  const inverseSquare = 1 / (shifted * shifted);
  return value + 1 / shifted + inverseSquare / 2 + (inverseSquare / shifted) * (1 / 6 - inverseSquare * (1 / 30 - inverseSquare * (1 / 42 - inverseSquare * (1 / 30 - (5 / 66) * inverseSquare))));
}

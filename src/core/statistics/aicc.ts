/**
 * Akaike's information criterion with the small-sample correction (Hurvich & Tsai 1989):
 * AICc = −2·ln L + 2k + 2k(k + 1) / (n − k − 1), where k counts every estimated parameter including the
 * noise variance. The correction's denominator must be positive, so AICc exists only for n ≥ k + 2;
 * below that it returns null (the caller says "AICc undefined: n = 3, k = 3").
 *
 * AICc values compare models fitted to the same observations on the same scale (a log-scale fit must
 * add its Jacobian, −Σ ln yᵢ, to be compared with a level-scale fit).
 *
 * @example aicc(-10, 3, 8) // 20 + 6 + 24/4 = 32
 */
export function aicc(logLikelihood: number, parameterCount: number, observationCount: number): number | null {
  if (!Number.isFinite(logLikelihood)) return null;
  if (observationCount < parameterCount + 2) return null;
  return (
    -2 * logLikelihood +
    2 * parameterCount +
    (2 * parameterCount * (parameterCount + 1)) / (observationCount - parameterCount - 1)
  );
}

/**
 * The maximised Gaussian log-likelihood of n residuals with sum of squares RSS (σ̂² = RSS / n):
 * ln L = −n/2 · (ln(2π·RSS/n) + 1). Infinite for a perfect fit (RSS = 0).
 */
export function gaussianLogLikelihood(residualSumOfSquares: number, observationCount: number): number {
  if (!(residualSumOfSquares > 0)) return Infinity;
  return (-observationCount / 2) * (Math.log((2 * Math.PI * residualSumOfSquares) / observationCount) + 1);
}

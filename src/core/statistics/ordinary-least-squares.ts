/**
 * Ordinary least squares for one regressor, y = a + b·x + ε, ε ~ N(0, σ²) independent, with the
 * standard errors a prediction interval needs.
 *
 * The slope and intercept come from ml-regression's SimpleLinearRegression, fitted on centred x
 * (x − x̄): it sums raw powers, and years near 2000 would otherwise cost digits to cancellation.
 * What it lacks is written here: s = √(RSS / (n − 2)); se(b) = s / √Sxx; se(a) = s·√(1/n + x̄²/Sxx);
 * the standard error of the fitted mean at x₀, s·√(1/n + (x₀ − x̄)²/Sxx); and of a new observation at x₀,
 * s·√(1 + 1/n + (x₀ − x̄)²/Sxx) (e.g. Montgomery, Peck & Vining, Introduction to Linear Regression
 * Analysis, §2.4–2.5). Intervals built from them use Student's t with n − 2 degrees of freedom.
 *
 * @example ordinaryLeastSquares([1, 2, 3, 4], [2, 4, 5, 8]).slope // 1.9
 */
import { SimpleLinearRegression } from 'ml-regression';

export interface OrdinaryLeastSquaresFit {
  observationCount: number;
  /** n − 2 */
  degreesOfFreedom: number;
  intercept: number;
  slope: number;
  meanX: number;
  /** Σ (x − x̄)² */
  sumOfSquaresX: number;
  residualSumOfSquares: number;
  /** s = √(RSS / (n − 2)); null with two points (no degrees of freedom left). */
  residualStandardError: number | null;
  interceptStandardError: number | null;
  slopeStandardError: number | null;
  fittedValues: number[];
  residuals: number[];
}

export function ordinaryLeastSquares(x: readonly number[], y: readonly number[]): OrdinaryLeastSquaresFit {
  const count = x.length;
  if (count !== y.length) throw new RangeError(`ordinaryLeastSquares requires as many x as y (${count} vs ${y.length})`);
  if (count < 2) throw new RangeError('ordinaryLeastSquares requires at least two data points');
  if (![...x, ...y].every(Number.isFinite)) throw new RangeError('ordinaryLeastSquares requires finite numbers');
  const meanX = x.reduce((sum, value) => sum + value, 0) / count;
  const centred = x.map((value) => value - meanX);
  const sumOfSquaresX = centred.reduce((sum, value) => sum + value * value, 0);
  if (!(sumOfSquaresX > 0)) throw new RangeError('ordinaryLeastSquares requires at least two distinct x values');
  const regression = new SimpleLinearRegression(centred, [...y]);
  const slope = regression.slope;
  const centredIntercept = regression.intercept;
  const fittedValues = centred.map((value) => centredIntercept + slope * value);
  const residuals = y.map((value, index) => value - fittedValues[index]!);
  const residualSumOfSquares = residuals.reduce((sum, value) => sum + value * value, 0);
  const degreesOfFreedom = count - 2;
  const residualStandardError = degreesOfFreedom > 0 ? Math.sqrt(residualSumOfSquares / degreesOfFreedom) : null;
  return {
    observationCount: count,
    degreesOfFreedom,
    intercept: centredIntercept - slope * meanX,
    slope,
    meanX,
    sumOfSquaresX,
    residualSumOfSquares,
    residualStandardError,
    interceptStandardError:
      residualStandardError === null
        ? null
        : residualStandardError * Math.sqrt(1 / count + (meanX * meanX) / sumOfSquaresX),
    slopeStandardError: residualStandardError === null ? null : residualStandardError / Math.sqrt(sumOfSquaresX),
    fittedValues,
    residuals,
  };
}

/** The fitted line at x. */
export function predictOrdinaryLeastSquares(fit: OrdinaryLeastSquaresFit, x: number): number {
  // Evaluate around x̄ for the same reason the fit centres x.
  const centredIntercept = fit.intercept + fit.slope * fit.meanX;
  return centredIntercept + fit.slope * (x - fit.meanX);
}

/**
 * Covariance, in units of σ², of the fitted line's errors at x₁ and x₂: 1/n + (x₁ − x̄)(x₂ − x̄)/Sxx.
 * Add 1 on the diagonal for new observations.
 */
export function ordinaryLeastSquaresMeanCovarianceFactor(fit: OrdinaryLeastSquaresFit, x1: number, x2: number): number {
  return 1 / fit.observationCount + ((x1 - fit.meanX) * (x2 - fit.meanX)) / fit.sumOfSquaresX;
}

/** Standard error of the fitted mean at x; null when s is undefined. */
export function ordinaryLeastSquaresMeanStandardError(fit: OrdinaryLeastSquaresFit, x: number): number | null {
  if (fit.residualStandardError === null) return null;
  return fit.residualStandardError * Math.sqrt(ordinaryLeastSquaresMeanCovarianceFactor(fit, x, x));
}

/** Standard error of a new observation at x (the prediction standard error); null when s is undefined. */
export function ordinaryLeastSquaresPredictionStandardError(fit: OrdinaryLeastSquaresFit, x: number): number | null {
  if (fit.residualStandardError === null) return null;
  return fit.residualStandardError * Math.sqrt(1 + ordinaryLeastSquaresMeanCovarianceFactor(fit, x, x));
}

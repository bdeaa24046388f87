/**
 * Model card — exponential trend (log-linear OLS): the linear trend on the log scale.
 *
 * Equation: ln x_t = a + b·t + ε_t, ε_t ~ N(0, σ²); x̂_T = exp(a + b·T), the median of the log-normal
 * forecast (not its mean, which is exp(σ²/2) higher).
 * Parameters: growth rate e^b − 1 a year (se by the delta method, e^b·se(b)), the fitted level in the
 * last year, s on the log scale (n − 2 degrees of freedom).
 * Intervals: the linear trend's t prediction intervals on the log scale, exponentiated — asymmetric,
 * never negative (source: residuals).
 * Assumptions: constant percentage growth; log deviations independent with equal variance; positive
 * values. Needs three points.
 * Composition, not duplication: this file only supplies the log transform to `createTrendFamily`.
 * Reference: R `exp(predict(lm(log(y) ~ year), interval = "prediction"))`; checked in tests/reference.
 */
import { percent } from './family-common.js';
import { createTrendFamily } from './linear-trend.js';
import { logTransform } from './scale-transform.js';

export const exponentialTrendFamily = createTrendFamily({
  id: 'exponential-trend',
  label: { zh: '指数趋势外推（对数线性）', en: 'Exponential trend (log-linear OLS)' },
  appliesTo: ['flow', 'stock', 'ratio', 'count'],
  transform: logTransform,
  describeSlope: (line) => {
    const growthRate = Math.expm1(line.slope);
    return {
      name: 'growthRate',
      value: growthRate,
      standardError: Math.exp(line.slope) * (line.residualStandardError / Math.sqrt(line.sumOfSquaresYears)),
      origin: 'estimated',
      description: `trend growth ${percent(growthRate)} a year (e^b − 1 of the log-scale slope b)`,
    };
  },
});

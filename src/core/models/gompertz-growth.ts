/**
 * Model card — Gompertz growth with a ceiling (fixed or uncertain).
 *
 * Equation: x_t = K·exp(−b·e^{−c·t}); linearised, −ln(−ln(x_t / K)) = a + c·t + ε_t, ε_t ~ N(0, σ²),
 * fitted by OLS given K (b = e^{−a}; see ceiling-trend.ts for the uncertain-K mixture).
 * Parameters: K (fixed, or uniform on [low, high]); c, the rate at which the log-distance to the ceiling
 * shrinks; −a/c, the inflection year, when x = K/e ≈ 0.37·K; s on the Gompertz scale.
 * Intervals: t prediction intervals on the linearised scale read back through K·exp(−e^{−y}) — always
 * within (0, K) (source: residuals, or ceiling-range with an uncertain K).
 * Assumptions: like the logistic, but asymmetric — fast early growth, a long slow approach to K (suits
 * diffusion indicators that are already past K/e); values strictly between 0 and K. Needs three points.
 * Reference: Gompertz (1825); Winsor, "The Gompertz curve as a growth curve", PNAS 18 (1932).
 */
import { createCeilingTrendFamily } from './ceiling-trend.js';
import { gompertzTransform } from './scale-transform.js';

export const gompertzGrowthFamily = createCeilingTrendFamily({
  id: 'gompertz-growth',
  label: { zh: 'Gompertz 饱和增长（带上限）', en: 'Gompertz growth with a ceiling' },
  appliesTo: ['ratio', 'share', 'stock', 'count'],
  transformFor: gompertzTransform,
  zeroCrossingDescription: 'inflection year: when the curve reaches K/e (about 37 % of the ceiling)',
});

/**
 * Model card — logistic growth with a ceiling (fixed or uncertain).
 *
 * Equation: x_t = K / (1 + e^{−r(t − t_mid)}); linearised, ln(x_t / (K − x_t)) = a + r·t + ε_t,
 * ε_t ~ N(0, σ²), fitted by OLS given K (see ceiling-trend.ts for the uncertain-K mixture).
 * Parameters: K (ceiling: fixed, or uniform on [low, high]); r, the growth rate of the odds x/(K − x);
 * t_mid = −a/r, the year the curve reaches K/2; s on the logit scale.
 * Intervals: t prediction intervals on the logit scale read back through K/(1 + e^{−y}) — always within
 * (0, K), so forecasts and paths never exceed the ceiling; with an uncertain K they also carry the
 * ceiling's uncertainty (source: ceiling-range).
 * Assumptions: growth slows symmetrically as the indicator approaches K (R&D intensity cannot grow 10 %
 * a year forever); values strictly between 0 and K. Needs three points.
 * Reference: Verhulst (1838); Meyer, "Bi-logistic growth", Technological Forecasting & Social Change 47
 * (1994) for the linearised fit.
 */
import { createCeilingTrendFamily } from './ceiling-trend.js';
import { logisticTransform } from './scale-transform.js';

export const logisticGrowthFamily = createCeilingTrendFamily({
  id: 'logistic-growth',
  label: { zh: 'Logistic 饱和增长（带上限）', en: 'Logistic growth with a ceiling' },
  appliesTo: ['ratio', 'share', 'stock', 'count'],
  transformFor: logisticTransform,
  zeroCrossingDescription: 'midpoint year: when the curve reaches half the ceiling (K/2)',
});

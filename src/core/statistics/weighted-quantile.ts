/**
 * The p-quantile of a weighted sample: the smallest value whose cumulative weight reaches p of the total
 * (the inverse of the weighted empirical distribution function, Hyndman & Fan 1996 definition 1 with
 * weights). With equal weights it is R's `quantile(type = 1)`. Used for conformal quantiles, where each
 * reference series carries the same total weight however many forecasts it contributes.
 *
 * `values` and `weights` are parallel; `order` lists the indices of `values` in ascending order of value.
 *
 * @example weightedQuantileSorted([1, 2, 3, 4], [1, 1, 1, 1], [0, 1, 2, 3], 0.5) // 2
 */
export function weightedQuantileSorted(
  values: ArrayLike<number>,
  weights: ArrayLike<number>,
  order: ArrayLike<number>,
  probability: number,
): number {
  if (order.length === 0) throw new RangeError('weightedQuantileSorted requires at least one value');
  if (!(probability >= 0 && probability <= 1)) throw new RangeError(`weightedQuantileSorted requires a probability in [0, 1], got ${probability}`);
  let total = 0;
  for (let index = 0; index < order.length; index += 1) total += weights[order[index]!]!;
  // The tolerance keeps an exact boundary (p·total equal to a cumulative sum) from depending on rounding.
  const target = probability * total - 1e-12 * total;
  let cumulative = 0;
  for (let index = 0; index < order.length; index += 1) {
    cumulative += weights[order[index]!]!;
    if (cumulative >= target) return values[order[index]!]!;
  }
  return values[order[order.length - 1]!]!;
}

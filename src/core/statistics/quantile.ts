/**
 * The p-quantile of an ascending-sorted sample by linear interpolation between order statistics
 * (Hyndman & Fan 1996 definition 7, R's default `quantile(type = 7)`): h = (n − 1)·p,
 * Q = x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋ + 1] − x[⌊h⌋]). Works on typed arrays without copying.
 *
 * @example quantileSorted(Float64Array.of(1, 2, 3, 4), 0.5) // 2.5
 */
export function quantileSorted(sorted: ArrayLike<number>, probability: number): number {
  const count = sorted.length;
  if (count === 0) throw new RangeError('quantileSorted requires at least one value');
  if (!(probability >= 0 && probability <= 1)) {
    throw new RangeError(`quantileSorted requires a probability in [0, 1], got ${probability}`);
  }
  const position = (count - 1) * probability;
  const below = Math.floor(position);
  const fraction = position - below;
  const lower = sorted[below]!;
  if (fraction === 0 || below + 1 >= count) return lower;
  return lower + fraction * (sorted[below + 1]! - lower);
}

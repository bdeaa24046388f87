/**
 * Exact type-7 quantiles (R's default) of unsorted values without sorting them. Paths are stored row-major
 * (path × horizon), so a year's values are read with a stride, in place: a sample gives the range, one
 * pass counts the values into equal-width buckets over it, one gathers only the values of the buckets
 * holding the order statistics needed, and Floyd–Rivest selection places each one inside its (small) bucket. The
 * input is neither copied nor reordered, and the result is the exact order statistic, so it equals what
 * sorting gives. NaN or a degenerate range fall back to Floyd–Rivest on a copy. This keeps
 * re-simulating an indicator at 10,000 paths within a keystroke's budget and the Monte Carlo kernel
 * within reach of C++ (scripts/bench-kernel.mjs).
 */

/**
 * Places the k-th smallest element of values[left..right] at index k, everything smaller before it and
 * everything larger after it (Floyd & Rivest 1975, "Algorithm 489: SELECT", CACM 18(3), with the sampling
 * step for large ranges). Reorders `values` in place.
 */
export function selectInPlace(values: Float64Array, k: number, left = 0, right = values.length - 1): number {
  let low = left;
  let high = right;
  while (high > low) {
    if (high - low > 600) {
      const size = high - low + 1;
      const rank = k - low + 1;
      const logSize = Math.log(size);
      const sample = 0.5 * Math.exp((2 * logSize) / 3);
      const deviation = 0.5 * Math.sqrt((logSize * sample * (size - sample)) / size) * (rank - size / 2 < 0 ? -1 : 1);
      selectInPlace(values, k, Math.max(low, Math.floor(k - (rank * sample) / size + deviation)), Math.min(high, Math.floor(k + ((size - rank) * sample) / size + deviation)));
    }
    const pivot = values[k]!;
    let i = low;
    let j = high;
    let held = values[low]!;
    values[low] = values[k]!;
    values[k] = held;
    if (values[high]! > pivot) {
      held = values[low]!;
      values[low] = values[high]!;
      values[high] = held;
    }
    while (i < j) {
      held = values[i]!;
      values[i] = values[j]!;
      values[j] = held;
      i++;
      j--;
      while (values[i]! < pivot) i++;
      while (values[j]! > pivot) j--;
    }
    if (values[low] === pivot) {
      held = values[low]!;
      values[low] = values[j]!;
      values[j] = held;
    } else {
      j++;
      held = values[j]!;
      values[j] = values[high]!;
      values[high] = held;
    }
    if (j <= k) low = j + 1;
    if (k <= j) high = j - 1;
  }
  return values[k]!;
}

/** Places every order statistic in `ranks` (ascending), splitting the range at the middle one first. */
function selectRanks(values: Float64Array, ranks: Int32Array, from: number, to: number, left: number, right: number): void {
  if (from > to) return;
  const middle = (from + to) >>> 1;
  const rank = ranks[middle]!;
  selectInPlace(values, rank, left, right);
  selectRanks(values, ranks, from, middle - 1, left, rank - 1);
  selectRanks(values, ranks, middle + 1, to, rank + 1, right);
}

const MAXIMUM_BUCKETS = 4096;
// Scratch shared by every call (single-threaded, never re-entered): bucket counts, then their starts.
const bucketStarts = new Int32Array(MAXIMUM_BUCKETS + 1);
const gatherAt = new Int32Array(MAXIMUM_BUCKETS);
// the sample's counts in the same buckets, to foresee a crowded bucket before counting the whole column
const sampleStarts = new Int32Array(MAXIMUM_BUCKETS + 1);
let gathered = new Float64Array(1024);
// every 16th value of a column of at most 2³¹ values (grown when needed)
let sample = new Float64Array(1024);

/** Type-7 quantiles on a copy, by Floyd–Rivest on the whole range (non-finite values, tiny ranges). */
function quantilesByFullSelection(values: Float64Array, offset: number, stride: number, count: number, probabilities: readonly number[], target: Float64Array, targetOffset: number): void {
  const copy = new Float64Array(count);
  for (let index = 0, at = offset; index < count; index++, at += stride) copy[index] = values[at]!;
  const last = count - 1;
  const ranks = neededRanks(last, probabilities);
  selectRanks(copy, ranks, 0, ranks.length - 1, 0, last);
  for (let index = 0; index < probabilities.length; index++) {
    const position = last * probabilities[index]!;
    const lower = Math.floor(position);
    const upper = Math.min(last, lower + 1);
    target[targetOffset + index] = copy[lower]! + (position - lower) * (copy[upper]! - copy[lower]!);
  }
}

/**
 * The order statistics type-7 quantiles at `probabilities` read: ⌊last·p⌋ and the next, ascending and
 * distinct. In an Int32Array, not an array: V8 stores Math.floor's results as small integers in the
 * interpreter and as doubles in optimised code, and an array that changed kind between calls threw the
 * optimised selection away ("wrong map", 77 times in one feasibility run).
 */
function neededRanks(last: number, probabilities: readonly number[]): Int32Array {
  const needed = new Int32Array(2 * probabilities.length);
  for (let index = 0; index < probabilities.length; index++) {
    const lower = Math.floor(last * probabilities[index]!);
    needed[2 * index] = lower;
    needed[2 * index + 1] = Math.min(last, lower + 1);
  }
  needed.sort();
  let distinct = 0;
  for (let index = 0; index < needed.length; index++) if (distinct === 0 || needed[distinct - 1] !== needed[index]) needed[distinct++] = needed[index]!;
  return needed.subarray(0, distinct);
}

/** The bucket holding rank `rank` (starts are cumulative counts, starts[b] ≤ rank < starts[b + 1]). */
function bucketOfRank(rank: number, buckets: number, starts: Int32Array = bucketStarts): number {
  let low = 0;
  let high = buckets - 1;
  while (low < high) {
    const middle = (low + high + 1) >>> 1;
    if (starts[middle]! <= rank) low = middle;
    else high = middle - 1;
  }
  return low;
}

/**
 * Counts values[offset + i·stride], i < count, into equal-width buckets from `minimum` (those beyond go to the end
 * buckets); `starts` (default bucketStarts) becomes their cumulative starts. False when a value is NaN.
 */
function countIntoBuckets(starts: Int32Array, values: Float64Array, offset: number, stride: number, count: number, minimum: number, scale: number, buckets: number): boolean {
  const lastBucket = buckets - 1;
  const end = offset + count * stride;
  starts.fill(0, 0, buckets + 1);
  let numbers = 0;
  for (let at = offset; at < end; at += stride) {
    const value = values[at]!;
    const position = (value - minimum) * scale;
    const bucket = position >= lastBucket ? lastBucket : position > 0 ? position | 0 : 0;
    if (value === value) {
      starts[bucket + 1]!++;
      numbers++;
    }
  }
  for (let bucket = 1; bucket <= buckets; bucket++) starts[bucket]! += starts[bucket - 1]!;
  return numbers === count;
}

/**
 * The sample's middle 99 % (its 0.5 % and 99.5 % values; reorders the sample), when it is a narrower range
 * than [minimum, maximum], else undefined.
 */
function narrowerRange(sampled: number, minimum: number, maximum: number): { low: number; high: number } | undefined {
  const low = selectInPlace(sample, Math.floor(0.005 * (sampled - 1)), 0, sampled - 1);
  const high = selectInPlace(sample, Math.ceil(0.995 * (sampled - 1)), 0, sampled - 1);
  return low < high && (low > minimum || high < maximum) ? { low, high } : undefined;
}

/**
 * Whether the sample, counted into the column's buckets, puts more than 1/64 of its values into a bucket
 * holding a needed quantile — the sign of a long tail squeezing the middle into a few buckets.
 */
function sampleFindsCrowding(sampled: number, minimum: number, scale: number, buckets: number, probabilities: readonly number[]): boolean {
  countIntoBuckets(sampleStarts, sample, 0, 1, sampled, minimum, scale, buckets);
  for (const probability of probabilities) {
    const bucket = bucketOfRank(Math.floor((sampled - 1) * probability), buckets, sampleStarts);
    if (sampleStarts[bucket + 1]! - sampleStarts[bucket]! > sampled / 64) return true;
  }
  return false;
}

// The passes over a column live in small functions of numbers and typed arrays only: V8 optimises each
// once, where loops inside the long function below were compiled again and again (on-stack replacement,
// then deoptimised as its rarer branches ran for the first time).

/** The smallest and largest of values[offset], values[offset + sampleStride] … (into sampleRange), copied into `sample` when `keep`; returns how many. */
const sampleRange = new Float64Array(2);
function sampleColumn(values: Float64Array, offset: number, end: number, sampleStride: number, keep: boolean): number {
  let minimum = Infinity;
  let maximum = -Infinity;
  let sampled = 0;
  for (let at = offset; at < end; at += sampleStride) {
    const value = values[at]!;
    if (value < minimum) minimum = value;
    if (value > maximum) maximum = value;
    if (keep) sample[sampled++] = value;
  }
  sampleRange[0] = minimum;
  sampleRange[1] = maximum;
  return sampled;
}

/** Copies each value of the column whose bucket has a slot (next[bucket] ≥ 0) into `gathered` at that slot, moving the slot on. */
function gatherBuckets(values: Float64Array, offset: number, end: number, stride: number, minimum: number, scale: number, lastBucket: number, next: Int32Array, into: Float64Array): void {
  for (let at = offset; at < end; at += stride) {
    const value = values[at]!;
    const position = (value - minimum) * scale;
    const bucket = position >= lastBucket ? lastBucket : position > 0 ? position | 0 : 0;
    const slotAt = next[bucket]!;
    if (slotAt >= 0) {
      into[slotAt] = value;
      next[bucket] = slotAt + 1;
    }
  }
}

/** Whether values[from..to) are all one value. */
function isUniform(values: Float64Array, from: number, to: number): boolean {
  const first = values[from]!;
  for (let at = from + 1; at < to; at++) if (values[at] !== first) return false;
  return true;
}

/**
 * Type-7 quantiles of values[offset + i·stride], i < count, for `probabilities` (each in [0, 1]), written
 * to target[targetOffset …]. `values` is not modified.
 */
export function stridedQuantilesInto(values: Float64Array, offset: number, stride: number, count: number, probabilities: readonly number[], target: Float64Array, targetOffset = 0): Float64Array {
  const quantileCount = probabilities.length;
  if (count < 1) {
    for (let index = 0; index < quantileCount; index++) target[targetOffset + index] = Number.NaN;
    return target;
  }
  // The buckets span the range of a sample (every 16th value, or all of a short array); values outside it
  // fall into the first or last bucket. Any split that keeps buckets in value order gives exact results; a
  // sample only makes the end buckets fuller.
  const end = offset + count * stride;
  const sampleStride = count >= 1024 ? 16 * stride : stride;
  if (sampleStride !== stride && sample.length < Math.ceil(count / 16)) sample = new Float64Array(Math.ceil(count / 16));
  const sampled = sampleColumn(values, offset, end, sampleStride, sampleStride !== stride);
  let minimum = sampleRange[0]!;
  const maximum = sampleRange[1]!;
  const buckets = Math.min(MAXIMUM_BUCKETS, Math.max(16, count >>> 2));
  const lastBucket = buckets - 1;
  let scale = buckets / (maximum - minimum);
  if (!(scale < Infinity && scale > 0)) {
    quantilesByFullSelection(values, offset, stride, count, probabilities, target, targetOffset);
    return target;
  }
  const foreseen = sampled >= 64 && sampleFindsCrowding(sampled, minimum, scale, buckets, probabilities) ? narrowerRange(sampled, minimum, maximum) : undefined;
  if (foreseen !== undefined) {
    minimum = foreseen.low;
    scale = buckets / (foreseen.high - foreseen.low);
  }
  if (!countIntoBuckets(bucketStarts, values, offset, stride, count, minimum, scale, buckets)) {
    quantilesByFullSelection(values, offset, stride, count, probabilities, target, targetOffset);
    return target;
  }
  const last = count - 1;
  // the needed ranks, ascending and distinct, with their buckets (bucketOfRank is monotone in the rank)
  const ranks = neededRanks(last, probabilities);
  const bucketOf = new Int32Array(ranks.length);
  for (let index = 0; index < ranks.length; index++) bucketOf[index] = bucketOfRank(ranks[index]!, buckets);
  // A long tail (paths of a wide log-normal run to 2035) puts nearly every value into the first few
  // equal-width buckets of [min, max]. When a needed bucket holds more than 1/64 of the values, the buckets
  // are counted again over the sample's middle 99 %, the values beyond falling into the end buckets —
  // usually foreseen from the sample above, so the column is counted once (any range gives exact results).
  let largest = 0;
  for (const bucket of bucketOf) largest = Math.max(largest, bucketStarts[bucket + 1]! - bucketStarts[bucket]!);
  const range = largest > count / 64 && foreseen === undefined && sampled >= 64 ? narrowerRange(sampled, minimum, maximum) : undefined;
  if (range !== undefined) {
    minimum = range.low;
    scale = buckets / (range.high - range.low);
    countIntoBuckets(bucketStarts, values, offset, stride, count, minimum, scale, buckets);
    for (let index = 0; index < ranks.length; index++) bucketOf[index] = bucketOfRank(ranks[index]!, buckets);
  }
  gatherAt.fill(-1, 0, buckets);
  let gatheredLength = 0;
  for (let index = 0; index < ranks.length; index++) {
    const bucket = bucketOf[index]!;
    if (gatherAt[bucket] !== -1) continue;
    gatherAt[bucket] = 0;
    gatheredLength += bucketStarts[bucket + 1]! - bucketStarts[bucket]!;
  }
  let slot = 0;
  for (let bucket = 0; bucket < buckets; bucket++) {
    if (gatherAt[bucket] === -1) continue;
    gatherAt[bucket] = slot;
    slot += bucketStarts[bucket + 1]! - bucketStarts[bucket]!;
  }
  if (gathered.length < gatheredLength) gathered = new Float64Array(Math.max(gatheredLength, 2 * gathered.length));
  gatherBuckets(values, offset, end, stride, minimum, scale, lastBucket, gatherAt.slice(0, buckets), gathered);
  // Each bucket's ranks are placed by one multi-selection over it (selectRanks), not one selection each:
  // with ties (whole-number counts) or a long tail, a bucket can hold thousands of values.
  const locals = new Int32Array(ranks.length);
  for (let index = 0; index < ranks.length; index++) locals[index] = gatherAt[bucketOf[index]!]! + ranks[index]! - bucketStarts[bucketOf[index]!]!;
  for (let from = 0; from < ranks.length; ) {
    const bucket = bucketOf[from]!;
    let to = from;
    while (to + 1 < ranks.length && bucketOf[to + 1] === bucket) to++;
    const start = gatherAt[bucket]!;
    const size = bucketStarts[bucket + 1]! - bucketStarts[bucket]!;
    // a bucket of one repeated value (a whole-number count falls into one bucket per value) is already placed
    if (!isUniform(gathered, start, start + size)) selectRanks(gathered, locals, from, to, start, start + size - 1);
    from = to + 1;
  }
  const orderStatistic = (rank: number): number => {
    const bucket = bucketOfRank(rank, buckets);
    return gathered[gatherAt[bucket]! + rank - bucketStarts[bucket]!]!;
  };
  for (let index = 0; index < quantileCount; index++) {
    const position = last * probabilities[index]!;
    const lower = Math.floor(position);
    const upper = Math.min(last, lower + 1);
    const low = orderStatistic(lower);
    const high = upper === lower ? low : orderStatistic(upper);
    target[targetOffset + index] = low + (position - lower) * (high - low);
  }
  return target;
}

/** Type-7 quantiles for `probabilities` (each in [0, 1]); `values` is not modified. */
export function selectQuantiles(values: Float64Array, probabilities: readonly number[]): number[] {
  return Array.from(stridedQuantilesInto(values, 0, 1, values.length, probabilities, new Float64Array(probabilities.length)));
}

import { describe, expect, it } from 'vitest';
import { normalCumulative } from '../../../src/core/statistics/normal-cumulative.js';
import { createSeededRandom, createSeededRandomFromState, ZIGGURAT_R, ZIGGURAT_V, ZIGGURAT_X } from '../../../src/core/statistics/seeded-random.js';

/** xoshiro128** written independently with BigInt arithmetic, straight from Blackman & Vigna's C code. */
function referenceXoshiro(state: bigint[], count: number): number[] {
  const mask = 0xffffffffn;
  const rotl = (x: bigint, k: bigint): bigint => ((x << k) | (x >> (32n - k))) & mask;
  const s = [...state];
  const out: number[] = [];
  for (let i = 0; i < count; i += 1) {
    const result = (rotl((s[1]! * 5n) & mask, 7n) * 9n) & mask;
    const t = (s[1]! << 9n) & mask;
    s[2]! ^= s[0]!;
    s[3]! ^= s[1]!;
    s[1]! ^= s[2]!;
    s[0]! ^= s[3]!;
    s[2]! ^= t;
    s[3] = rotl(s[3]!, 11n);
    out.push(Number(result));
  }
  return out;
}

describe('seeded random (xoshiro128**)', () => {
  it('matches an independent implementation of the reference algorithm', () => {
    const state: [number, number, number, number] = [1, 2, 3, 4];
    const generator = createSeededRandomFromState(state);
    const ours = Array.from({ length: 1000 }, () => generator.nextUint32());
    expect(ours).toEqual(referenceXoshiro(state.map(BigInt), 1000));
    const other: [number, number, number, number] = [0x9e3779b9, 0xdeadbeef, 0x12345678, 0xffffffff];
    const second = createSeededRandomFromState(other);
    expect(Array.from({ length: 200 }, () => second.nextUint32())).toEqual(referenceXoshiro(other.map(BigInt), 200));
  });

  it('is deterministic per seed, and different seeds give different streams', () => {
    const a = createSeededRandom(42).fillStandardNormal(new Float64Array(64));
    const b = createSeededRandom(42).fillStandardNormal(new Float64Array(64));
    const c = createSeededRandom(43).fillStandardNormal(new Float64Array(64));
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
    expect(createSeededRandom(42).generator).toBe('xoshiro128**');
    expect(() => createSeededRandom(1.5)).toThrow(RangeError);
    expect(() => createSeededRandomFromState([0, 0, 0, 0])).toThrow(RangeError);
  });

  it('draws uniforms strictly inside (0, 1)', () => {
    const generator = createSeededRandom(1);
    let minimum = 1;
    let maximum = 0;
    let sum = 0;
    for (let i = 0; i < 100000; i += 1) {
      const u = generator.nextUniform();
      minimum = Math.min(minimum, u);
      maximum = Math.max(maximum, u);
      sum += u;
    }
    expect(minimum).toBeGreaterThan(0);
    expect(maximum).toBeLessThan(1);
    expect(sum / 100000).toBeCloseTo(0.5, 2);
  });

  it('fills uniforms from consecutive pairs of 32-bit outputs (27 and 26 bits, centred), as nextUniform draws them', () => {
    const raw = referenceXoshiro([11n, 22n, 33n, 44n], 2000);
    const target = new Float64Array(1000);
    expect(createSeededRandomFromState([11, 22, 33, 44]).fillUniform(target)).toBe(target);
    for (let i = 0; i < target.length; i += 1) expect(target[i]).toBe(((raw[2 * i]! >>> 5) * 67108864 + (raw[2 * i + 1]! >>> 6) + 0.5) / 2 ** 53);
    const drawn = createSeededRandomFromState([11, 22, 33, 44]);
    expect(Array.from(target.subarray(0, 5))).toEqual(Array.from({ length: 5 }, () => drawn.nextUniform()));
  });

  it('fills standard normals in place with the right moments and tails', () => {
    const target = new Float64Array(400001);
    const returned = createSeededRandom(2024).fillStandardNormal(target);
    expect(returned).toBe(target);
    let sum = 0;
    let squares = 0;
    let beyond196 = 0;
    for (const z of target) {
      sum += z;
      squares += z * z;
      if (Math.abs(z) > 1.959963984540054) beyond196 += 1;
    }
    const mean = sum / target.length;
    expect(Math.abs(mean)).toBeLessThan(0.006);
    expect(squares / target.length - mean * mean).toBeCloseTo(1, 2);
    expect(beyond196 / target.length).toBeCloseTo(0.05, 2);
    expect(target[target.length - 1]).not.toBe(0);
  });

  it("builds the ziggurat's 128 layers with equal areas from Marsaglia & Tsang's R and V", () => {
    const density = (x: number) => Math.exp(-0.5 * x * x);
    // the base layer: the rectangle R·f(R) plus the tail beyond R, √(2π)·(1 − Φ(R)); 1 − Φ(R) from scipy's norm.sf
    expect(ZIGGURAT_X[0]! * density(ZIGGURAT_R)).toBeCloseTo(ZIGGURAT_R * density(ZIGGURAT_R) + Math.sqrt(2 * Math.PI) * 0.0002880542561958196, 12);
    expect(ZIGGURAT_X[0]! * density(ZIGGURAT_R)).toBeCloseTo(ZIGGURAT_V, 12);
    // every layer above: width X[i] times its height f(X[i+1]) − f(X[i]); the top one is not forced by
    // the recursion, so its area checks that R and V belong together
    for (let layer = 1; layer < 128; layer += 1) {
      expect(ZIGGURAT_X[layer]! * (density(ZIGGURAT_X[layer + 1]!) - density(ZIGGURAT_X[layer]!))).toBeCloseTo(ZIGGURAT_V, 9);
    }
    expect(ZIGGURAT_X[128]).toBe(0);
  });

  it('draws normals whose distribution passes a Kolmogorov–Smirnov test, tails beyond R included', () => {
    const draws = createSeededRandom(77).fillStandardNormal(new Float64Array(1_000_000));
    const sorted = Float64Array.from(draws).sort();
    let distance = 0;
    for (let index = 0; index < sorted.length; index += 97) {
      const expected = normalCumulative(sorted[index]!);
      distance = Math.max(distance, Math.abs((index + 1) / sorted.length - expected), Math.abs(index / sorted.length - expected));
    }
    expect(distance).toBeLessThan(1.63 / Math.sqrt(sorted.length)); // the 1 % critical value
    // beyond 3.5 (drawn by the tail method): 1 − Φ(3.5) = 2.3263e-4 (scipy), 233 expected each side, sd ≈ 15
    const above = draws.filter((z) => z > 3.5).length;
    const below = draws.filter((z) => z < -3.5).length;
    for (const count of [above, below]) expect(Math.abs(count - 232.63)).toBeLessThan(4 * Math.sqrt(232.63));
    expect(sorted[sorted.length - 1]).toBeGreaterThan(4.2);
  });
});

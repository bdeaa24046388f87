import { describe, expect, it } from 'vitest';
import { createSeededRandom, createSeededRandomFromState } from '../../../src/core/statistics/seeded-random.js';

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
});

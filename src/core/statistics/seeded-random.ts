/**
 * A fast seeded pseudo-random generator, xoshiro128** (Blackman & Vigna 2018, "Scrambled linear
 * pseudorandom number generators"; period 2¹²⁸ − 1), seeded by splitmix32 so that nearby seeds give
 * unrelated streams. Pure 32-bit integer arithmetic: the same seed gives the same numbers on every
 * platform. Nothing in plancast's core draws from the global, unseeded generator: every random draw comes
 * from a recorded seed.
 *
 * `fillStandardNormal` writes standard normals into a Float64Array in place (Box–Muller, with a 53-bit
 * uniform for the radius so tails reach |z| ≈ 8.6), allocating nothing per draw. The scenario engine draws
 * its innovations once — paths × horizon normals — and reuses them for every scenario (common random
 * numbers), so differences between scenarios come from the scenarios, not from noise.
 *
 * @example createSeededRandom(42).fillStandardNormal(new Float64Array(1000 * 6))
 */

export const GENERATOR_NAME = 'xoshiro128**';

export interface SeededRandom {
  readonly generator: typeof GENERATOR_NAME;
  readonly seed: number;
  /** The next 32-bit unsigned integer. */
  nextUint32(): number;
  /** A uniform number strictly inside (0, 1), 53-bit resolution. */
  nextUniform(): number;
  /** Fills `target` with independent standard normals (pairs; an odd length discards one draw). */
  fillStandardNormal(target: Float64Array): Float64Array;
}

const TWO_POW_32 = 4294967296;
const TWO_POW_53 = 9007199254740992;

/**
 * splitmix32: a Weyl sequence (increment 0x9e3779b9) passed through MurmurHash3's fmix32 finaliser —
 * the 32-bit analogue of Vigna's splitmix64, used only to spread the seed over the state.
 */
function splitmix32(state: number): [next: number, output: number] {
  const next = (state + 0x9e3779b9) | 0;
  let z = next;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  z ^= z >>> 16;
  return [next, z >>> 0];
}

/** A generator for an integer seed (any JavaScript integer; only its low 32 bits matter). */
export function createSeededRandom(seed: number): SeededRandom {
  if (!Number.isInteger(seed)) throw new RangeError(`createSeededRandom requires an integer seed, got ${seed}`);
  const state: [number, number, number, number] = [0, 0, 0, 0];
  let mix = seed | 0;
  for (let index = 0; index < 4; index += 1) {
    const [next, output] = splitmix32(mix);
    mix = next;
    state[index] = output;
  }
  return createSeededRandomFromState(state, seed);
}

/**
 * A generator started from an explicit xoshiro128** state (four 32-bit words, not all zero) — for tests
 * against the reference implementation and for resuming a recorded stream.
 */
export function createSeededRandomFromState(
  initialState: readonly [number, number, number, number],
  seed = 0,
): SeededRandom {
  const state = Uint32Array.from(initialState);
  // The all-zero state is a fixed point of xoshiro.
  if ((state[0]! | state[1]! | state[2]! | state[3]!) === 0) {
    throw new RangeError('xoshiro128** requires a state that is not all zero');
  }

  const nextUint32 = (): number => {
    const s0 = state[0]!;
    const s1 = state[1]!;
    const s2 = state[2]!;
    const s3 = state[3]!;
    const scrambled = Math.imul(s1, 5);
    const rotated = (scrambled << 7) | (scrambled >>> 25);
    const result = Math.imul(rotated, 9) >>> 0;
    const shifted = s1 << 9;
    let t2 = s2 ^ s0;
    let t3 = s3 ^ s1;
    const t1 = s1 ^ t2;
    const t0 = s0 ^ t3;
    t2 ^= shifted;
    t3 = (t3 << 11) | (t3 >>> 21);
    state[0] = t0;
    state[1] = t1;
    state[2] = t2;
    state[3] = t3;
    return result;
  };

  const nextUniform = (): number => {
    const high = nextUint32() >>> 5; // 27 bits
    const low = nextUint32() >>> 6; // 26 bits
    return (high * 67108864 + low + 0.5) / TWO_POW_53;
  };

  const fillStandardNormal = (target: Float64Array): Float64Array => {
    for (let index = 0; index < target.length; index += 2) {
      const radius = Math.sqrt(-2 * Math.log(nextUniform()));
      const angle = (2 * Math.PI * (nextUint32() + 0.5)) / TWO_POW_32;
      target[index] = radius * Math.cos(angle);
      if (index + 1 < target.length) target[index + 1] = radius * Math.sin(angle);
    }
    return target;
  };

  return { generator: GENERATOR_NAME, seed, nextUint32, nextUniform, fillStandardNormal };
}

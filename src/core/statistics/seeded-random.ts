/**
 * A fast seeded pseudo-random generator, xoshiro128** (Blackman & Vigna 2018, "Scrambled linear
 * pseudorandom number generators"; period 2¹²⁸ − 1), seeded by splitmix32 so that nearby seeds give
 * unrelated streams. Pure 32-bit integer arithmetic: the same seed gives the same numbers on every
 * platform. Nothing in plancast's core draws from the global, unseeded generator: every random draw comes
 * from a recorded seed.
 *
 * `fillStandardNormal` writes standard normals into a Float64Array in place by the ziggurat method
 * (Marsaglia & Tsang 2000, in Doornik's 2005 form, which draws the layer and the value from separate bits):
 * one 32-bit draw and one comparison for 98.8 % of the values, exact normal tails beyond R = 3.44 from
 * 53-bit uniforms (reaching |z| ≈ 8.6), allocating nothing per draw. The scenario engine draws
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
  /** Fills `target` with nextUniform() draws, in order. */
  fillUniform(target: Float64Array): Float64Array;
}

const TWO_POW_24 = 16777216;
const TWO_POW_53 = 9007199254740992;

/**
 * The ziggurat of 128 layers of equal area V under the normal density f(x) = exp(−x²/2) (unnormalised):
 * R and V are Marsaglia & Tsang's published constants (2000, J. Stat. Softw. 5(8)). Following Doornik
 * (2005), X[0] = V/f(R) is the base layer's width (rectangle plus tail), X[1] = R, each next edge solves
 * X[i]·(f(X[i+1]) − f(X[i])) = V, X[128] = 0; RATIOS[i] = X[i+1]/X[i] is the share of layer i that lies
 * wholly under the curve. tests/core/statistics/seeded-random.test.ts checks the layers' areas.
 */
export const ZIGGURAT_R = 3.442619855899;
export const ZIGGURAT_V = 9.91256303526217e-3;
export const ZIGGURAT_X: Float64Array = (() => {
  const edges = new Float64Array(129);
  let density = Math.exp(-0.5 * ZIGGURAT_R * ZIGGURAT_R);
  edges[0] = ZIGGURAT_V / density;
  edges[1] = ZIGGURAT_R;
  for (let layer = 2; layer < 128; layer += 1) {
    edges[layer] = Math.sqrt(-2 * Math.log(ZIGGURAT_V / edges[layer - 1]! + density));
    density = Math.exp(-0.5 * edges[layer]! * edges[layer]!);
  }
  edges[128] = 0;
  return edges;
})();
const ZIGGURAT_RATIOS: Float64Array = ZIGGURAT_X.subarray(0, 128).map((edge, layer) => ZIGGURAT_X[layer + 1]! / edge);

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

  return {
    generator: GENERATOR_NAME,
    seed,
    nextUint32: () => nextUint32Of(state),
    nextUniform: () => nextUniformOf(state),
    fillStandardNormal: (target) => fillStandardNormalOf(state, target),
    fillUniform: (target) => fillUniformOf(state, target),
  };
}

// The generator's steps are module-level functions of its state, not closures made per generator: V8
// optimises a hot loop for the functions it calls, and a new closure per generator (one per indicator)
// made every optimised fill fall back to the interpreter ("wrong call target").

/** The next 32-bit output of xoshiro128**, advancing `state`. */
function nextUint32Of(state: Uint32Array): number {
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
}

function nextUniformOf(state: Uint32Array): number {
  const high = nextUint32Of(state) >>> 5; // 27 bits
  const low = nextUint32Of(state) >>> 6; // 26 bits
  return (high * 67108864 + low + 0.5) / TWO_POW_53;
}

function fillUniformOf(state: Uint32Array, target: Float64Array): Float64Array {
  for (let index = 0; index < target.length; index++) target[index] = nextUniformOf(state);
  return target;
}

/** A draw from the normal tail beyond R (Marsaglia 1964), its sign given. */
function normalTail(state: Uint32Array, negative: boolean): number {
  for (;;) {
    const x = Math.log(nextUniformOf(state)) / ZIGGURAT_R;
    const y = Math.log(nextUniformOf(state));
    if (-2 * y >= x * x) return negative ? x - ZIGGURAT_R : ZIGGURAT_R - x;
  }
}

function fillStandardNormalOf(state: Uint32Array, target: Float64Array): Float64Array {
  for (let index = 0; index < target.length; index += 1) {
    for (;;) {
      // low 7 bits: the layer; high 25 bits: u uniform in (−1, 1), symmetric
      const word = nextUint32Of(state);
      const layer = word & 127;
      const u = ((word >>> 7) + 0.5) / TWO_POW_24 - 1;
      if (Math.abs(u) < ZIGGURAT_RATIOS[layer]!) {
        target[index] = u * ZIGGURAT_X[layer]!; // inside the layer's rectangle
        break;
      }
      if (layer === 0) {
        target[index] = normalTail(state, u < 0);
        break;
      }
      const x = u * ZIGGURAT_X[layer]!;
      const outer = Math.exp(-0.5 * (ZIGGURAT_X[layer]! * ZIGGURAT_X[layer]! - x * x));
      const inner = Math.exp(-0.5 * (ZIGGURAT_X[layer + 1]! * ZIGGURAT_X[layer + 1]! - x * x));
      if (inner + nextUniformOf(state) * (outer - inner) < 1) {
        target[index] = x; // in the wedge, under the density
        break;
      }
    }
  }
  return target;
}

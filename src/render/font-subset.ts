/**
 * Small CJK fonts for chart PNGs. resvg (the native @resvg/resvg-js 2.6, which accepts font files only,
 * not buffers) reads the whole font file again for every text element it lays out; the Noto Sans CJK
 * collections are about 20 MB each and a chart has 30–60 text elements, so most of a PNG's time went into
 * reading fonts. We cut the one face the charts use ("Noto Sans CJK SC", regular and bold) down to the
 * characters the charts contain, once per batch of charts, with HarfBuzz's subsetter (harfbuzzjs, WebAssembly),
 * keeping every table, name, layout feature and outline: a kept glyph's outline, advance and layout are
 * those of the full font, so the PNG is byte for byte the one the full font gives
 * (tests/render/chart-render-pool.test.ts checks it). A chart with a character outside the subset, or a font
 * family other than the one subset, is rendered with the full font files instead.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { faceIndexOfFamily, mappedCodePoints } from './font-tables.js';

/** The WebAssembly API (a Node global; the project's type library, ES2023 without DOM, does not declare it). */
const wasm = (globalThis as unknown as { WebAssembly: { Module: new (bytes: Uint8Array) => object; Instance: new (module: object, imports: object) => { exports: object } } }).WebAssembly;

interface HarfBuzzSubset {
  memory: { buffer: ArrayBuffer };
  malloc(size: number): number;
  free(pointer: number): void;
  hb_blob_create(data: number, length: number, mode: number, userData: number, destroy: number): number;
  hb_blob_destroy(blob: number): void;
  hb_blob_get_data(blob: number, length: number): number;
  hb_blob_get_length(blob: number): number;
  hb_face_create(blob: number, index: number): number;
  hb_face_destroy(face: number): void;
  hb_face_reference_blob(face: number): number;
  hb_set_clear(set: number): void;
  hb_set_add(set: number, value: number): void;
  hb_subset_input_create_or_fail(): number;
  hb_subset_input_destroy(input: number): void;
  hb_subset_input_keep_everything(input: number): void;
  hb_subset_input_unicode_set(input: number): number;
  hb_subset_input_glyph_set(input: number): number;
  hb_subset_or_fail(face: number, input: number): number;
  _initialize?: () => void;
}

const HB_MEMORY_MODE_WRITABLE = 2;

let harfBuzz: HarfBuzzSubset | undefined;

function loadHarfBuzz(): HarfBuzzSubset {
  if (harfBuzz === undefined) {
    const wasmFile = createRequire(import.meta.url).resolve('harfbuzzjs/dist/harfbuzz-subset.wasm');
    const instance = new wasm.Instance(new wasm.Module(readFileSync(wasmFile)), {});
    harfBuzz = instance.exports as unknown as HarfBuzzSubset;
    harfBuzz._initialize?.();
  }
  return harfBuzz;
}

/**
 * One face of a font file (or collection) cut down to `codePoints` (and what layout reaches from them),
 * keeping everything else; undefined when HarfBuzz refuses.
 */
export function subsetFace(data: Uint8Array, faceIndex: number, codePoints: Iterable<number>): Uint8Array | undefined {
  const hb = loadHarfBuzz();
  const pointer = hb.malloc(data.byteLength);
  if (pointer === 0) return undefined;
  new Uint8Array(hb.memory.buffer).set(data, pointer);
  const blob = hb.hb_blob_create(pointer, data.byteLength, HB_MEMORY_MODE_WRITABLE, 0, 0);
  const face = hb.hb_face_create(blob, faceIndex);
  hb.hb_blob_destroy(blob);
  const input = hb.hb_subset_input_create_or_fail();
  try {
    if (input === 0) return undefined;
    hb.hb_subset_input_keep_everything(input);
    const unicodes = hb.hb_subset_input_unicode_set(input);
    hb.hb_set_clear(unicodes);
    for (const codePoint of codePoints) hb.hb_set_add(unicodes, codePoint);
    const glyphs = hb.hb_subset_input_glyph_set(input);
    hb.hb_set_clear(glyphs);
    hb.hb_set_add(glyphs, 0); // .notdef
    const subset = hb.hb_subset_or_fail(face, input);
    if (subset === 0) return undefined;
    const result = hb.hb_face_reference_blob(subset);
    const bytes = new Uint8Array(hb.memory.buffer, hb.hb_blob_get_data(result, 0), hb.hb_blob_get_length(result)).slice();
    hb.hb_blob_destroy(result);
    hb.hb_face_destroy(subset);
    return bytes.byteLength > 0 ? bytes : undefined;
  } finally {
    if (input !== 0) hb.hb_subset_input_destroy(input);
    hb.hb_face_destroy(face);
    hb.free(pointer);
  }
}

export interface SubsetFonts {
  /** the subset fonts, one per input file (same order) */
  fonts: Uint8Array[];
  /** the code points every subset font maps */
  covered: Set<number>;
}

/**
 * The face named `family` of every file, cut down to `codePoints`; undefined when a file has no such face or
 * cannot be subset (the caller then uses the full files).
 */
export function subsetFontFiles(fontFiles: readonly string[], family: string, codePoints: ReadonlySet<number>): SubsetFonts | undefined {
  const fonts: Uint8Array[] = [];
  let covered: Set<number> | undefined;
  for (const file of fontFiles) {
    const data = readFileSync(file);
    const faceIndex = faceIndexOfFamily(data, family);
    if (faceIndex === undefined) return undefined;
    const subset = subsetFace(data, faceIndex, codePoints);
    if (subset === undefined) {
      harfBuzz = undefined;
      return undefined;
    }
    const mapped = mappedCodePoints(subset);
    covered = covered === undefined ? mapped : new Set([...covered].filter((codePoint) => mapped.has(codePoint)));
    fonts.push(subset);
  }
  harfBuzz = undefined; // let its WebAssembly memory (the fonts were copied into it) be collected
  return covered === undefined ? undefined : { fonts, covered };
}

/** Printable ASCII and the punctuation number formatting adds to chart text, beyond what the specs hold. */
const ALWAYS_INCLUDED = ' !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~\u00a0\u2212\u2026\u2013\u2014\u00b7\u00d7\u2030';

/** The characters to keep for charts made from these texts (Vega-Lite specs as JSON, say). */
export function codePointsOf(texts: Iterable<string>): Set<number> {
  const codePoints = new Set<number>();
  for (const character of ALWAYS_INCLUDED) codePoints.add(character.codePointAt(0)!);
  for (const text of texts) for (const character of text) codePoints.add(character.codePointAt(0)!);
  return codePoints;
}

/**
 * Whether a subset with `covered` draws this SVG exactly as the full fonts do: every font-family list starts
 * with `family` (the face subset), and every printable character (numeric entities too) is covered.
 */
export function subsetDrawsSvg(svg: string, family: string, covered: ReadonlySet<number>): boolean {
  for (const match of svg.matchAll(/font-family="([^"]*)"/g)) {
    const first = match[1]!.split(',')[0]!.trim().replace(/^['"]|['"]$/g, '');
    if (first !== family) return false;
  }
  for (const character of svg) {
    const codePoint = character.codePointAt(0)!;
    if (codePoint >= 0x20 && !covered.has(codePoint)) return false;
  }
  for (const match of svg.matchAll(/&#(x[0-9a-f]+|[0-9]+);/gi)) {
    const code = match[1]!;
    if (!covered.has(code[0] === 'x' || code[0] === 'X' ? Number.parseInt(code.slice(1), 16) : Number(code))) return false;
  }
  return true;
}

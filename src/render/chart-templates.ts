/**
 * Charts of one shape compiled and parsed once per thread. A region's report draws 22 charts, and most of
 * them differ from another only in their texts (title, subtitle, axis titles) and their inline data: the
 * eleven fan charts of indicators that start in the same year, the four scenario comparisons. Compiling
 * a chart with vega-lite and parsing it into a Vega runtime took about 45 ms of each chart's 70 ms of SVG.
 *
 * A chart is split into a template — the spec with each text replaced by a token and each inline data set by
 * a marker — and the parts it was made from. The first chart of a template is compiled and parsed with the
 * tokens in place, and the parsed runtime is kept as JSON text; every chart of the template (the first too)
 * gets its runtime by putting its own texts and data back into that text. What goes back is what came out:
 * a text is taken into a template only when it needs no escaping in JSON or in the JavaScript the parser
 * writes (no quotes, backslashes, control or line-separator characters), so it reads the same in every place
 * the compiler and parser copied it to; a template whose runtime does not survive JSON, or where a token or
 * marker comes out changed, is not kept, and its charts are drawn the ordinary way.
 * tests/render/chart-templates.test.ts draws every chart of the example reports both ways and compares the SVG.
 */
import type { Runtime } from 'vega';
import type { TopLevelSpec } from 'vega-lite';

/** The keys whose string values are texts a chart shows (and nothing the compiler reads as structure). */
const TEXT_KEYS = new Set(['title', 'subtitle', 'text']);
const TEXT_TOKEN_PREFIX = 'plancastText';
const VALUES_MARKER_KEY = 'plancastValues';
const TOKEN = /plancastText(\d+)x/g;
const MARKER = /\[\{"plancastValues":(\d+)\}\]/g;
/** A text that reads the same inside JSON, inside the parser's JavaScript strings, and in a regular expression of neither. */
const PLAIN_TEXT = /^[^"'`\\\u0000-\u001f\u007f\u2028\u2029]*$/u;

export interface ChartParts {
  /** the template: the spec with tokens and markers, as JSON text */
  key: string;
  templateSpec: TopLevelSpec;
  texts: string[];
  /** each distinct inline data set's values, as JSON text */
  values: string[];
}

/** The chart's template and parts, or undefined when a text would need escaping (the chart is drawn the ordinary way). */
export function splitChart(spec: TopLevelSpec): ChartParts | undefined {
  const texts = new Map<string, number>();
  const values = new Map<string, number>();
  let plain = true;
  const walk = (node: unknown, key: string, parentKey: string): unknown => {
    if (Array.isArray(node)) {
      if (key === 'values' && parentKey === 'data') {
        const text = JSON.stringify(node);
        if (!values.has(text)) values.set(text, values.size);
        return [{ [VALUES_MARKER_KEY]: values.get(text) }];
      }
      return node.map((item) => walk(item, key, parentKey));
    }
    if (node !== null && typeof node === 'object') {
      const copy: Record<string, unknown> = {};
      for (const [childKey, child] of Object.entries(node)) copy[childKey] = walk(child, childKey, key);
      return copy;
    }
    if (typeof node === 'string' && TEXT_KEYS.has(key)) {
      if (!PLAIN_TEXT.test(node) || node.includes(TEXT_TOKEN_PREFIX) || node.includes(VALUES_MARKER_KEY)) plain = false;
      if (!texts.has(node)) texts.set(node, texts.size);
      return `${TEXT_TOKEN_PREFIX}${texts.get(node)}x`;
    }
    return node;
  };
  const templateSpec = walk(spec, '', '') as TopLevelSpec;
  if (!plain) return undefined;
  return { key: JSON.stringify(templateSpec), templateSpec, texts: [...texts.keys()], values: [...values.keys()] };
}

export interface ChartTemplate {
  /** the parsed runtime with tokens and markers, as JSON text */
  runtime: string;
  /** the compiler's warnings, with tokens */
  warnings: string[];
}

/**
 * Whether a value reads back from JSON as the same data: null, booleans, strings, finite numbers, and arrays and
 * objects of them (the parser's operator entries are objects of a class without methods; the runtime reads
 * only their fields).
 */
function survivesJson(value: unknown): boolean {
  if (value === null || value === undefined || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(survivesJson);
  if (typeof value !== 'object' || 'toJSON' in value) return false;
  return Object.values(value).every(survivesJson);
}

/** A template from its compiled and parsed runtime, or undefined when the runtime does not survive JSON. */
export function chartTemplate(runtime: Runtime, warnings: string[]): ChartTemplate | undefined {
  if (!survivesJson(runtime)) return undefined;
  return { runtime: JSON.stringify(runtime), warnings };
}

/** The texts put back into a string of the template (a warning). */
export function fillTexts(text: string, parts: ChartParts): string {
  return text.replace(TOKEN, (token, index: string) => parts.texts[Number(index)] ?? token);
}

/**
 * The chart's runtime from its template, or undefined when a token or marker did not come through the compiler
 * and parser as it went in (the template is then not to be used).
 */
export function fillTemplate(template: ChartTemplate, parts: ChartParts): Runtime | undefined {
  const filled = fillTexts(template.runtime, parts).replace(MARKER, (marker, index: string) => parts.values[Number(index)] ?? marker);
  if (filled.includes(TEXT_TOKEN_PREFIX) || filled.includes(VALUES_MARKER_KEY)) return undefined;
  return JSON.parse(filled) as Runtime;
}

/** Where templates outlive the process (chart-template-store.ts: on disk), by shape. */
export interface ChartTemplateStore {
  read(shape: string): ChartTemplate | undefined;
  write(shape: string, template: ChartTemplate): void;
}

/** Templates kept per thread, emptied when charts of unforeseen variety fill it; read from and written to a store. */
export class ChartTemplateCache {
  private readonly templates = new Map<string, ChartTemplate | null>();
  constructor(private readonly limit = 200, private readonly store?: ChartTemplateStore) {}

  /** The template of these parts: kept, stored, or made with `make` (null: not templatable). */
  templateOf(parts: ChartParts, make: (templateSpec: TopLevelSpec) => ChartTemplate | undefined): ChartTemplate | undefined {
    let template = this.templates.get(parts.key);
    if (template === undefined) {
      if (this.templates.size >= this.limit) this.templates.clear();
      template = this.store?.read(parts.key);
      if (template === undefined) {
        template = make(parts.templateSpec) ?? null;
        if (template !== null) this.store?.write(parts.key, template);
      }
      this.templates.set(parts.key, template);
    }
    return template ?? undefined;
  }

  /** Marks a template as not to be used (a chart of it came out wrong). */
  forget(parts: ChartParts): void {
    this.templates.set(parts.key, null);
  }
}


/**
 * Vega-Lite spec → SVG text, headless in Node: compile (zero-warning check available to callers), parse
 * into a Vega runtime, run a View with renderer 'none', and serialise with toSVG(). No canvas package
 * is needed.
 *
 * Without a canvas Vega estimates text widths as 0.8 em per character, which is too narrow for Chinese
 * (a CJK character is a full em) and too wide for digits. Layout (legend spacing, label limits, title
 * placement) uses those widths, so we install a width-aware estimate through Vega's documented hook
 * `textMetrics.width` (the same hook vl-convert uses).
 */
import * as vega from 'vega';
import type { Spec as VegaSpec } from 'vega';
import { version as vegaLiteVersion, type TopLevelSpec } from 'vega-lite';
import { PlancastError } from '../core/errors.js';
import { CollectingLogger, compileSpec } from './compile-spec.js';
import { chartTemplateDirectory, chartTemplateStore } from './chart-template-store.js';
import { ChartTemplateCache, chartTemplate, fillTemplate, fillTexts, splitChart } from './chart-templates.js';

/** Vega's text measurement hook; exported by vega-scenegraph but missing from vega's type declarations. */
const textMetrics = (vega as unknown as { textMetrics: { width: unknown } }).textMetrics;

export interface RenderedSvg {
  svg: string;
  width: number;
  height: number;
  /** compiler and runtime warnings (empty for a clean chart). */
  warnings: string[];
}

/** Advance width in em of one character of Noto Sans CJK (full-width CJK = 1 em; Latin ≈ 0.55 em). */
function characterWidth(codePoint: number): number {
  if (
    (codePoint >= 0x2e80 && codePoint <= 0x9fff) || // CJK radicals, punctuation, kana, unified ideographs
    (codePoint >= 0xac00 && codePoint <= 0xd7af) || // Hangul
    (codePoint >= 0xf900 && codePoint <= 0xfaff) || // CJK compatibility ideographs
    (codePoint >= 0xff00 && codePoint <= 0xff60) || // full-width forms （），：
    (codePoint >= 0x20000 && codePoint <= 0x3ffff)
  ) {
    return 1;
  }
  if (codePoint === 0x20) return 0.25;
  if ('.,:;|!ilIjft()[]\'"'.includes(String.fromCodePoint(codePoint))) return 0.32;
  if (codePoint >= 0x41 && codePoint <= 0x5a) return 0.64; // capitals
  if ('mwMW%@&'.includes(String.fromCodePoint(codePoint))) return 0.85;
  return 0.55;
}

/** Estimated width in pixels of a text item's text at its font size (the shape Vega's hook expects). */
export function estimateTextWidth(item: { fontSize?: number; limit?: number }, text?: unknown): number {
  const size = item.fontSize != null ? Number(item.fontSize) || 0 : 11;
  const lines = Array.isArray(text) ? text : [text];
  let widest = 0;
  for (const line of lines) {
    let ems = 0;
    for (const character of String(line ?? '').trim()) ems += characterWidth(character.codePointAt(0) ?? 0x20);
    widest = Math.max(widest, ems * size);
  }
  const width = Math.ceil(widest);
  return item.limit !== undefined && item.limit > 0 ? Math.min(width, item.limit) : width;
}

type CompiledExpression = (...args: unknown[]) => unknown;
interface ExpressionCodegen {
  operator(context: unknown, expression: { code: string }): CompiledExpression;
  parameter(context: unknown, expression: { code: string }): CompiledExpression;
  event(context: unknown, expression: { code: string }): CompiledExpression;
  handler(context: unknown, expression: { code: string }): CompiledExpression;
  encode(context: unknown, encode: { marktype: string; channels: Record<string, { code: string }> }): CompiledExpression;
  codegen: unknown;
}

/**
 * Vega's expression code generator with every generated function kept: the runtime turns each expression of a
 * chart (a few hundred, most the same from chart to chart) into JavaScript with `Function(...)`, which V8
 * compiles anew every time. Here each distinct code text is compiled once per thread and bound to the view's
 * function table as Vega's own generator binds it, so the functions — and what V8 learnt running them — are
 * reused by every later chart.
 */
const MAXIMUM_KEPT_EXPRESSIONS = 10_000;
const cachedCodegen = ((): ExpressionCodegen => {
  const runtimeContext = (vega as unknown as { runtimeContext(dataflow: unknown, transforms: unknown, functions: unknown): { expr: ExpressionCodegen } }).runtimeContext;
  const original = runtimeContext({ events: () => undefined }, {}, undefined).expr;
  const compiled = new Map<string, CompiledExpression>();
  const bound = (context: unknown, key: string, compile: () => CompiledExpression): CompiledExpression => {
    let fn = compiled.get(key);
    if (fn === undefined) {
      if (compiled.size >= MAXIMUM_KEPT_EXPRESSIONS) compiled.clear(); // charts of unforeseen variety: start again
      compiled.set(key, (fn = compile()));
    }
    return fn.bind((context as { functions?: unknown } | undefined)?.functions);
  };
  return {
    operator: (context, expression) => bound(context, `operator\n${expression.code}`, () => original.operator(undefined, expression)),
    parameter: (context, expression) => bound(context, `parameter\n${expression.code}`, () => original.parameter(undefined, expression)),
    event: (context, expression) => bound(context, `event\n${expression.code}`, () => original.event(undefined, expression)),
    handler: (context, expression) => bound(context, `handler\n${expression.code}`, () => original.handler(undefined, expression)),
    encode: (context, encode) => bound(context, `encode\n${encode.marktype}\n${JSON.stringify(Object.entries(encode.channels).map(([name, channel]) => [name, channel.code]))}`, () => original.encode(undefined, encode)),
    codegen: original.codegen,
  };
})();

/** Renders an already compiled Vega spec to SVG. */
export async function renderVegaSvg(vegaSpec: VegaSpec): Promise<{ svg: string; width: number; height: number; warnings: string[] }> {
  return renderRuntimeSvg(vega.parse(vegaSpec));
}

async function renderRuntimeSvg(runtime: vega.Runtime): Promise<{ svg: string; width: number; height: number; warnings: string[] }> {
  textMetrics.width = estimateTextWidth;
  const logger = new CollectingLogger();
  const view = new vega.View(runtime, { renderer: 'none', logger, expr: cachedCodegen } as vega.ViewOptions);
  try {
    await view.runAsync();
    const svg = await view.toSVG();
    const warnings = logger.messages.filter((entry) => entry.level === 'warn' || entry.level === 'error').map((entry) => entry.message);
    return { svg, width: view.width(), height: view.height(), warnings };
  } finally {
    view.finalize();
  }
}

/**
 * Charts of one shape, compiled and parsed once per thread (chart-templates.ts), and once per machine
 * (chart-template-store.ts: bump its FORMAT when compileSpec or vega.parse are called differently here).
 */
const templates = new ChartTemplateCache(200, chartTemplateStore(chartTemplateDirectory(), { vegaLite: vegaLiteVersion, vega: vega.version }));

/** The chart's Vega runtime and compiler warnings: from its template when it has one, else compiled and parsed. */
function runtimeOf(spec: TopLevelSpec, useTemplates: boolean): { runtime: vega.Runtime; warnings: string[] } {
  const parts = useTemplates ? splitChart(spec) : undefined;
  if (parts !== undefined) {
    const template = templates.templateOf(parts, (templateSpec) => {
      try {
        const compiled = compileSpec(templateSpec);
        return chartTemplate(vega.parse(compiled.vegaSpec), compiled.warnings);
      } catch {
        return undefined; // the chart alone says what is wrong with it
      }
    });
    const runtime = template === undefined ? undefined : fillTemplate(template, parts);
    if (template !== undefined && runtime !== undefined) return { runtime, warnings: template.warnings.map((warning) => fillTexts(warning, parts)) };
    if (template !== undefined) templates.forget(parts);
  }
  const compiled = compileSpec(spec);
  return { runtime: vega.parse(compiled.vegaSpec), warnings: compiled.warnings };
}

export interface RenderSvgOptions {
  /** draw from the chart's template (chart-templates.ts); false compiles and parses this chart alone. Default true. */
  templates?: boolean;
}

/** Renders a Vega-Lite spec to SVG text; the size is read from the root <svg> element. */
export async function renderSvg(spec: TopLevelSpec, options: RenderSvgOptions = {}): Promise<RenderedSvg> {
  let compiled: ReturnType<typeof runtimeOf>;
  let rendered: Awaited<ReturnType<typeof renderVegaSvg>>;
  try {
    compiled = runtimeOf(spec, options.templates ?? true);
    rendered = await renderRuntimeSvg(compiled.runtime);
  } catch (error) {
    if (error instanceof PlancastError) throw error;
    throw new PlancastError('E_CHART_RENDER_FAILED', `a chart could not be rendered to SVG: ${(error as Error).message}`, { exitCode: 1 });
  }
  const size = /<svg[^>]*\swidth="([\d.]+)"[^>]*\sheight="([\d.]+)"/.exec(rendered.svg);
  return {
    svg: rendered.svg,
    width: size ? Number(size[1]) : rendered.width,
    height: size ? Number(size[2]) : rendered.height,
    warnings: [...compiled.warnings, ...rendered.warnings],
  };
}

/**
 * The work of a chart-rendering worker, one task at a time (src/render/chart-render-worker.ts runs it in a
 * worker thread; src/render/chart-render-pool.ts runs it in the calling thread when no worker can start):
 *   load  — vega and resvg loaded ahead of the first chart;
 *   chart — a Vega-Lite spec to SVG text (vega, headless), with the compiler's and runtime's warnings, and,
 *           when asked for, to PNG bytes (resvg) with the batch's font subset where it covers the text;
 *   png   — an SVG drawn before to PNG bytes, the same way (a chart started early as SVG only);
 *   fonts — the chart face of the CJK font files cut down to some characters (font-subset.ts), written into
 *           a folder, so that PNGs need not read 20 MB font files for every text element.
 * Errors travel back as plain data (code, message, remedy, exit code) and become PlancastErrors again.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TopLevelSpec } from 'vega-lite';
import { PlancastError } from '../core/errors.js';
import { CJK_FONT_FAMILY, CjkFontMissingError } from './cjk-fonts.js';

/** Text a CJK font must draw. */
export const CJK_TEXT = /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uff60]/u;

export type ChartTask =
  | { task: 'load' }
  /** SVG and, with `png`, the PNG in one go: drawn with the subset fonts when they cover the SVG's text, else the full files */
  | { task: 'chart'; spec: TopLevelSpec; png: ChartPngFonts | null }
  /** the PNG of an SVG drawn before (a chart started early as SVG only) */
  | { task: 'png'; svg: string; fonts: ChartPngFonts }
  | { task: 'fonts'; fontFiles: string[]; family: string; codePoints: number[]; directory: string; prefix: string };

export type ChartTaskResult =
  | { task: 'load' }
  | { task: 'chart'; svg: string; warnings: string[]; png: Uint8Array | null }
  | { task: 'png'; png: Uint8Array }
  | { task: 'fonts'; files: string[] | null; covered: number[] };

export interface ChartPngFonts {
  fullFontFiles: string[];
  /** the batch's font subset (font-subset.ts), or null when there is none */
  subset: { files: string[]; covered: number[] } | null;
}

export interface TaskFailure {
  code: string | null;
  message: string;
  remedy: string | null;
  exitCode: number | null;
}

/**
 * One turn of the event loop. resvg's images and trees live in native memory that is released by N-API
 * finalizers, and Node runs those from the event loop (setImmediate), not during garbage collection: a
 * thread that runs queued charts back to back in one chain of promises never gets there, and measured
 * 4.4 MB more resident memory per chart (≈ 100 MB a region). Awaiting this before each task lets them run.
 */
export function nextTurnOfEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** A chart's PNG, drawn with the subset fonts when they cover its text, else with the full font files. */
async function pngOf(svg: string, fonts: ChartPngFonts): Promise<Uint8Array> {
  if (fonts.fullFontFiles.length === 0 && CJK_TEXT.test(svg)) throw new CjkFontMissingError();
  const { subsetDrawsSvg } = await import('./font-subset.js');
  const fontFiles = fonts.subset !== null && subsetDrawsSvg(svg, CJK_FONT_FAMILY, new Set(fonts.subset.covered)) ? fonts.subset.files : fonts.fullFontFiles;
  const { renderPng } = await import('./render-png.js');
  return renderPng(svg, { fontFiles }).png;
}

/**
 * Runs a task. `leavePng`, asked once a chart's SVG is drawn, may leave its PNG to someone else (the pool's
 * calling thread, once it is done computing): the result then has png null.
 */
export async function runChartTask(task: ChartTask, leavePng: () => boolean = () => false): Promise<ChartTaskResult> {
  switch (task.task) {
    case 'load': {
      await Promise.all([import('./render-svg.js'), import('./render-png.js')]);
      return { task: 'load' };
    }
    case 'chart': {
      const { renderSvg } = await import('./render-svg.js');
      const rendered = await renderSvg(task.spec);
      if (task.png === null || leavePng()) return { task: 'chart', svg: rendered.svg, warnings: rendered.warnings, png: null };
      return { task: 'chart', svg: rendered.svg, warnings: rendered.warnings, png: await pngOf(rendered.svg, task.png) };
    }
    case 'png':
      return { task: 'png', png: await pngOf(task.svg, task.fonts) };
    case 'fonts': {
      const { subsetFontFiles } = await import('./font-subset.js');
      const subset = subsetFontFiles(task.fontFiles, task.family, new Set(task.codePoints));
      if (subset === undefined) return { task: 'fonts', files: null, covered: [] };
      const files = subset.fonts.map((font, index) => {
        const file = join(task.directory, `${task.prefix}-${index}.otf`);
        writeFileSync(file, font);
        return file;
      });
      return { task: 'fonts', files, covered: [...subset.covered] };
    }
  }
}

export function failureOf(error: unknown): TaskFailure {
  if (error instanceof PlancastError) return { code: error.code, message: error.message, remedy: error.remedy ?? null, exitCode: error.exitCode };
  return { code: null, message: error instanceof Error ? error.message : String(error), remedy: null, exitCode: null };
}

export function errorOf(failure: TaskFailure, task: ChartTask['task']): Error {
  if (failure.code !== null) return new PlancastError(failure.code, failure.message, { ...(failure.remedy !== null ? { remedy: failure.remedy } : {}), exitCode: failure.exitCode ?? 1 });
  return new PlancastError('E_CHART_RENDER_FAILED', `a chart could not be rendered${task === 'fonts' ? ' (fonts)' : ''}: ${failure.message}`, { exitCode: 1 });
}

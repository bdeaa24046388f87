/**
 * SVG → PNG with @resvg/resvg-js (no browser, no canvas). Chinese text needs a CJK font: we load the
 * system's Noto Sans CJK (or Source Han Sans) files explicitly, which is fast and gives the same picture
 * on every machine with the same font; without them we fall back to every system font, and refuse with
 * E_CJK_FONT_MISSING when the SVG has Chinese text and no CJK font can be found (it would print as boxes).
 */
import { Resvg } from '@resvg/resvg-js';
import { CJK_FONT_FAMILY, CjkFontMissingError, findCjkFontFiles } from './cjk-fonts.js';

export { CJK_FONT_FAMILY, CjkFontMissingError, findCjkFontFiles, KNOWN_CJK_FONT_FILES } from './cjk-fonts.js';

export interface PngRenderOptions {
  /** pixels per SVG unit; 2 gives sharp pictures on screens and in print. */
  scale?: number;
  /** font files to use instead of searching (tests, bundled fonts). */
  fontFiles?: string[];
}

export interface RenderedPng {
  png: Uint8Array;
  width: number;
  height: number;
  /** the font files loaded, or [] when the system fonts were used. */
  fontFiles: string[];
}

const CJK_TEXT = /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uff60]/u;

/** Renders SVG text to PNG; fonts default to "Noto Sans CJK SC". */
export function renderPng(svg: string, options: PngRenderOptions = {}): RenderedPng {
  const fontFiles = options.fontFiles ?? findCjkFontFiles();
  if (fontFiles.length === 0 && CJK_TEXT.test(svg)) throw new CjkFontMissingError();
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: options.scale ?? 2 },
    background: '#ffffff',
    font: {
      fontFiles,
      loadSystemFonts: fontFiles.length === 0,
      defaultFontFamily: CJK_FONT_FAMILY,
      sansSerifFamily: CJK_FONT_FAMILY,
    },
    logLevel: 'off',
  });
  const rendered = resvg.render();
  return { png: new Uint8Array(rendered.asPng()), width: rendered.width, height: rendered.height, fontFiles };
}

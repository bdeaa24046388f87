/**
 * SVG → PNG with @resvg/resvg-js (no browser, no canvas). Chinese text needs a CJK font: we load the
 * system's Noto Sans CJK (or Source Han Sans) files explicitly, which is fast and gives the same picture
 * on every machine with the same font; without them we fall back to every system font, and refuse with
 * E_CJK_FONT_MISSING when the SVG has Chinese text and no CJK font can be found (it would print as boxes).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import { PlancastError } from '../core/errors.js';

export const CJK_FONT_FAMILY = 'Noto Sans CJK SC';

/** Where distributions put Noto Sans CJK / Source Han Sans (Debian/Ubuntu first). */
export const KNOWN_CJK_FONT_FILES = [
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc',
  '/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/noto-cjk/NotoSansCJK-Bold.ttc',
  '/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/google-noto-cjk/NotoSansCJK-Bold.ttc',
  '/usr/share/fonts/adobe-source-han-sans/SourceHanSans-Regular.ttc',
  '/System/Library/Fonts/PingFang.ttc',
] as const;

export class CjkFontMissingError extends PlancastError {
  constructor() {
    super('E_CJK_FONT_MISSING', 'no Chinese (CJK) font is installed, so Chinese text in charts cannot be drawn', {
      remedy: 'install Noto Sans CJK: apt-get install fonts-noto-cjk (Debian/Ubuntu), dnf install google-noto-sans-cjk-fonts (Fedora)',
      exitCode: 1,
    });
    this.name = 'CjkFontMissingError';
  }
}

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

/** Font files of the CJK sans fonts (regular and bold): known paths first, then what fontconfig lists. */
export function findCjkFontFiles(): string[] {
  const known = KNOWN_CJK_FONT_FILES.filter((file) => existsSync(file));
  if (known.length > 0) return known;
  try {
    const listing = execFileSync('fc-list', [':lang=zh', 'file', 'family'], { encoding: 'utf8', timeout: 10_000, stdio: ['ignore', 'pipe', 'ignore'] });
    const files = listing
      .split('\n')
      .filter((line) => /Noto Sans CJK|Source Han Sans|WenQuanYi|Droid Sans Fallback/i.test(line))
      .map((line) => line.split(':')[0]?.trim() ?? '')
      .filter((file) => file !== '' && existsSync(file));
    return [...new Set(files)].sort();
  } catch {
    return []; // no fontconfig: the caller falls back to the system fonts
  }
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

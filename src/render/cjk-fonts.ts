/**
 * Where the CJK font charts are drawn with lives, and the error when there is none. Kept apart from
 * render-png.ts so that the chart pool (chart-render-pool.ts) can find the fonts without loading resvg in the
 * calling thread.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
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

/**
 * Plans are data: no plan year (2015, 2016, 2020, 2021, 2025, 2026, 2030, 2035) and no plan name (13th,
 * 14th, 15th, 十三五, 十四五, 十五五) is written in src/ outside the plan calendar and its loader — they
 * come from seeds/plans.yaml. Comments may mention them (a worked example in a model card is not
 * behaviour); code and strings may not. A number that merely contains the digits (20_210_101) is not a year.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/io/project-paths.js';

const ALLOWED = new Set(['src/core/plans/plan-calendar.ts', 'src/core/plans/plan-schema.ts', 'src/io/load-catalog.ts']);
const FORBIDDEN = /(?<![\w.])(?:2015|2016|2020|2021|2025|2026|2030|2035)(?![\w]|\.\d)|\b1[345]th\b|十三五|十四五|十五五/g;

function sourceFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** The text without comments (line and block), keeping strings and line numbers. */
export function withoutComments(text: string): string {
  let result = '';
  let index = 0;
  let quote: string | null = null;
  while (index < text.length) {
    const char = text[index]!;
    const next = text[index + 1];
    if (quote !== null) {
      result += char;
      if (char === '\\') { result += next ?? ''; index += 2; continue; }
      if (char === quote) quote = null;
      index++;
    } else if (char === '/' && next === '/') {
      while (index < text.length && text[index] !== '\n') index++;
    } else if (char === '/' && next === '*') {
      const end = text.indexOf('*/', index + 2);
      const stop = end < 0 ? text.length : end + 2;
      result += text.slice(index, stop).replace(/[^\n]/g, '');
      index = stop;
    } else {
      if (char === '"' || char === "'" || char === '`') quote = char;
      result += char;
      index++;
    }
  }
  return result;
}

describe('plan years and names live in the plan calendar', () => {
  it('strips comments but keeps strings', () => {
    expect(withoutComments("const a = 1; // 2025\n/* 十四五 */ const b = '14th';")).toBe("const a = 1; \n const b = '14th';");
    expect(withoutComments('const url = "http://x"; // note')).toBe('const url = "http://x"; ');
  });

  it('the pattern finds years and names, and not other numbers', () => {
    const found = (text: string) => text.match(FORBIDDEN) ?? [];
    expect(found("goal.year === 2025 && plan === '14th' || name === '十四五'")).toEqual(['2025', '14th', '十四五']);
    expect(found('seed: 20_210_101, limit 12025, 2025.5, x2025')).toEqual([]);
  });

  const files = sourceFiles(join(projectRoot, 'src')).map((file) => relative(projectRoot, file)).filter((file) => !ALLOWED.has(file));
  it('scans the sources', () => expect(files.length).toBeGreaterThan(50));
  it.each(files.map((file) => [file]))('%s writes no plan year or plan name', (file) => {
    const code = withoutComments(readFileSync(join(projectRoot, file), 'utf8'));
    const hits = code.split('\n').flatMap((line, index) => (line.match(FORBIDDEN) ?? []).map((hit) => `${file}:${index + 1}: ${hit} in ${line.trim().slice(0, 120)}`));
    expect(hits).toEqual([]);
  });
});

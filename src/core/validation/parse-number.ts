/**
 * Reads a number the way plan documents and users' sheets write it: `4.4`, `1,234.5`, `12%`, `1.2万`,
 * `３.５` (full-width digits), `50.91(2019)` (a value tagged with its own year). Returns undefined for text
 * that is not a number, so the caller can report it.
 */
export interface ParsedNumber {
  value: number;
  /** a year written in parentheses after the number, e.g. 2019 in `50.91(2019)`. */
  yearTag?: number;
  /** 1e4 for 万, 1e8 for 亿 written directly after the number; 1 otherwise. */
  multiplier: number;
  hadPercentSign: boolean;
}

function toHalfWidth(text: string): string {
  return text
    .replace(/[\uFF10-\uFF19\uFF0E\uFF0C\uFF05\uFF08\uFF09\uFF0D\uFF0B]/g, (character) =>
      String.fromCharCode(character.charCodeAt(0) - 0xfee0),
    )
    .replace(/\u3000/g, ' ');
}

const NUMBER_PATTERN = /^([+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|[+-]?\.\d+)(?:[eE][+-]?\d+)?\s*(万|亿)?\s*(%)?\s*(?:\((\d{4})(?:年)?\))?$/;

export function parseNumber(text: string, options: { allowMultiplier?: boolean } = {}): ParsedNumber | undefined {
  const normalized = toHalfWidth(text.trim());
  if (normalized === '') return undefined;
  const match = NUMBER_PATTERN.exec(normalized);
  if (match === null) return undefined;
  const [, digits, magnitude, percent, year] = match;
  const exponentMatch = /[eE][+-]?\d+/.exec(normalized);
  const base = Number((digits ?? '').replace(/,/g, '') + (exponentMatch?.[0] ?? ''));
  if (!Number.isFinite(base)) return undefined;
  const multiplier = magnitude === '万' ? 1e4 : magnitude === '亿' ? 1e8 : 1;
  if (multiplier !== 1 && options.allowMultiplier === false) return undefined;
  const result: ParsedNumber = { value: Number((base * multiplier).toPrecision(15)), multiplier, hadPercentSign: percent === '%' };
  if (year !== undefined) result.yearTag = Number(year);
  return result;
}

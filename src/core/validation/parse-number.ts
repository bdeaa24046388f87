/**
 * The one strict grammar for numbers and years in users' files and the seeds. Values as plan documents
 * and sheets write them: `4.4`, `1,234.5`, `-3`, `1.5e3`, `12%`, `1.2万`, `３.５` (full-width digits),
 * `50.91(2019)` (a value tagged with its own year). Years: four digits, optionally `年` (or `2021.0` as
 * a float column writes it) — never hex, binary or exponent forms such as `0x7E4` or `2.021e3`.
 *
 * In a `;`-separated file the comma is the decimal mark (`1,5` is one and a half; `1.234,5` uses the
 * point for thousands), so `1,234` there is 1.234, never 1234, and `1.234` there is refused as
 * ambiguous (a thousand and thirty-four, or one point two three four?). A number too small or too large to hold
 * (`1e-400`, `1e400`) is an error, not 0 or infinity.
 */
export interface ParsedNumber {
  value: number;
  /** a year written in parentheses after the number, e.g. 2019 in `50.91(2019)`. */
  yearTag?: number;
  /** 1e4 for 万, 1e8 for 亿 written directly after the number; 1 otherwise. */
  multiplier: number;
  hadPercentSign: boolean;
}

export type NumberReading = ({ ok: true } & ParsedNumber) | { ok: false; reason: 'not-a-number' | 'underflow' | 'overflow' | 'ambiguous' };

export interface NumberOptions {
  allowMultiplier?: boolean;
  /** the decimal mark is the comma (`;`-separated files) */
  decimalComma?: boolean;
}

const WIDE_CHARACTERS = /[\uFF0C-\uFF19\uFF05\uFF08\uFF09\uFF0B\u2212\u3000]/;

export function toHalfWidth(text: string): string {
  if (!WIDE_CHARACTERS.test(text)) return text;
  return text
    .replace(/[\uFF10-\uFF19\uFF0E\uFF0C\uFF05\uFF08\uFF09\uFF0D\uFF0B]/g, (character) => String.fromCharCode(character.charCodeAt(0) - 0xfee0))
    .replace(/\u2212/g, '-')
    .replace(/\u3000/g, ' ');
}

const SUFFIX = String.raw`(?:[eE]([+-]?\d{1,4}))?\s*(万|亿)?\s*(%)?\s*(?:\((\d{4})(?:年)?\))?$`;
const POINT_DECIMAL = new RegExp(String.raw`^([+-]?)(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)` + SUFFIX);
const COMMA_DECIMAL = new RegExp(String.raw`^([+-]?)(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?|\d+\.\d+|,\d+)` + SUFFIX);
const SMALLEST_NORMAL = 2.2250738585072014e-308;

const PLAIN_DECIMAL = /^-?\d{1,15}(?:\.\d{1,15})?$/;

export function readNumber(text: string, options: NumberOptions = {}): NumberReading {
  // fast path: the plain decimals most cells hold (not in a decimal-comma file, where 1.234 is ambiguous)
  if (!options.decimalComma && PLAIN_DECIMAL.test(text)) {
    const value = Number(text);
    // up to 15 significant digits a decimal survives the trip through a double unchanged
    return { ok: true, value: value === 0 ? 0 : text.length <= 16 ? value : Number(value.toPrecision(15)), multiplier: 1, hadPercentSign: false };
  }
  const normalized = toHalfWidth(text.trim());
  const match = (options.decimalComma ? COMMA_DECIMAL : POINT_DECIMAL).exec(normalized);
  if (normalized === '' || match === null) return { ok: false, reason: 'not-a-number' };
  const [, sign, digits, exponent, magnitude, percent, year] = match;
  let plain = digits!.replace(/,/g, '');
  if (options.decimalComma) {
    if (/^\d{1,3}\.\d{3}$/.test(digits!)) return { ok: false, reason: 'ambiguous' }; // 1.234: a thousand or one?
    if (/^\d{1,3}(?:\.\d{3})+,\d+$/.test(digits!) || /^\d{1,3}(?:\.\d{3}){2,}$/.test(digits!)) plain = digits!.replace(/\./g, '').replace(',', '.');
    else plain = digits!.replace(',', '.');
  }
  const base = Number(`${sign}${plain}${exponent !== undefined ? `e${exponent}` : ''}`);
  if (!Number.isFinite(base)) return { ok: false, reason: 'overflow' };
  if (base !== 0 && Math.abs(base) < SMALLEST_NORMAL) return { ok: false, reason: 'underflow' };
  if (base === 0 && /[1-9]/.test(plain)) return { ok: false, reason: 'underflow' };
  const multiplier = magnitude === '万' ? 1e4 : magnitude === '亿' ? 1e8 : 1;
  if (multiplier !== 1 && options.allowMultiplier === false) return { ok: false, reason: 'not-a-number' };
  const value = Number((base * multiplier).toPrecision(15));
  if (!Number.isFinite(value)) return { ok: false, reason: 'overflow' };
  const result: NumberReading = { ok: true, value: value === 0 ? 0 : value, multiplier, hadPercentSign: percent === '%' };
  if (year !== undefined) result.yearTag = Number(year);
  return result;
}

/** The number written, or undefined when the text is not one (or cannot be held). */
export function parseNumber(text: string, options: NumberOptions = {}): ParsedNumber | undefined {
  const reading = readNumber(text, options);
  if (!reading.ok) return undefined;
  const { ok: _ok, ...parsed } = reading;
  return parsed;
}

/** A year as written in a year column: digits (optionally 年, or a float's `.0`); undefined otherwise. */
export function parseYear(text: string): number | undefined {
  const match = /^(\d{1,6})(?:\.0+)?\s*年?$/.exec(toHalfWidth(text.trim()));
  return match === null ? undefined : Number(match[1]);
}

/** Parsers for numeric and enumerated options: a bad value is a usage error with a remedy, never NaN. */
import { InvalidArgumentError } from 'commander';
import { PROGRESS_PRESETS } from '../core/assessment/progress-presets.js';

/** A whole number written in plain decimal digits: Number() alone would take 0x10, 1e3, 0b11 and " 7 ". */
export function parseInteger(name: string, minimum: number, maximum: number): (value: string) => number {
  return (value: string) => {
    const number = /^\d{1,16}$/.test(value) ? Number(value) : Number.NaN;
    if (!Number.isInteger(number) || number < minimum || number > maximum) {
      throw new InvalidArgumentError(`${name} must be a whole number from ${minimum} to ${maximum} (got "${value}")`);
    }
    return number;
  };
}

/**
 * The largest --paths: memory grows by about 8 KB per path for a whole report (measured: 0.62 GB at
 * 50,000, 1.03 GB at 100,000, under 2 GB at 200,000); 1,000,000 needed 8.85 GB.
 */
export const MAX_PATH_COUNT = 200_000;
export const parsePathCount = parseInteger('--paths', 100, MAX_PATH_COUNT);
export const parseSeed = parseInteger('--seed', 0, 2 ** 32 - 1);
export const parseYear = parseInteger('a year', 1990, 2100);
export const parseMaxInputMegabytes = parseInteger('--max-input-mb', 1, 1_000_000);

/** A file path: never empty (`--data ""` would otherwise silently mean "no file"). */
export function parseFilePath(value: string): string {
  if (value.trim() === '') throw new InvalidArgumentError('a file path is needed (got an empty string)');
  return value;
}


export function parsePreset(value: string): (typeof PROGRESS_PRESETS)[number] {
  if (!(PROGRESS_PRESETS as readonly string[]).includes(value)) throw new InvalidArgumentError(`unknown preset "${value}"; use one of ${PROGRESS_PRESETS.join(', ')}`);
  return value as (typeof PROGRESS_PRESETS)[number];
}

/** A comma-separated list option; an empty list (`--scenarios ,`) is a usage error. */
export function parseList(name: string): (value: string) => string[] {
  return (value: string) => {
    const entries = value.split(',').map((entry) => entry.trim()).filter((entry) => entry !== '');
    if (entries.length === 0) throw new InvalidArgumentError(`${name} needs at least one entry (got "${value}")`);
    return entries;
  };
}

/** "80,95" → [80, 95]: interval levels in percent, strictly between 0 and 100. */
export function parseLevels(value: string): number[] {
  const levels = value.split(',').map((part) => Number(part.trim()));
  if (levels.length === 0 || levels.some((level) => !(level > 0 && level < 100))) throw new InvalidArgumentError(`--levels takes percentages between 0 and 100 separated by commas, e.g. 80,95 (got "${value}")`);
  return [...new Set(levels)].sort((a, b) => a - b);
}

/** "2017,2018" → [2017, 2018]: origin years of an evaluation. */
export function parseOrigins(value: string): number[] {
  const years = value.split(',').map((part) => Number(part.trim()));
  if (years.some((year) => !Number.isInteger(year) || year < 1800 || year > 2200)) throw new InvalidArgumentError(`--origins takes years separated by commas, e.g. 2017,2018,2019 (got "${value}")`);
  return [...new Set(years)].sort((a, b) => a - b);
}

/** Parsers for numeric and enumerated options: a bad value is a usage error with a remedy, never NaN. */
import { InvalidArgumentError } from 'commander';
import { PROGRESS_PRESETS } from '../core/assessment/progress-presets.js';

export function parseInteger(name: string, minimum: number, maximum: number): (value: string) => number {
  return (value: string) => {
    const number = Number(value);
    if (!Number.isInteger(number) || number < minimum || number > maximum) {
      throw new InvalidArgumentError(`${name} must be a whole number from ${minimum} to ${maximum} (got "${value}")`);
    }
    return number;
  };
}

export const parsePathCount = parseInteger('--paths', 100, 1_000_000);
export const parseSeed = parseInteger('--seed', 0, 2 ** 32 - 1);
export const parseYear = parseInteger('a year', 1990, 2100);

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

/**
 * Finds an indicator by what a user wrote: its id, its Chinese or English name, or an alias; and, when
 * nothing matches, the nearest ids to suggest ("did you mean …?").
 */
import { distance } from 'fastest-levenshtein';
import type { IndicatorDefinition } from './indicator-catalog.js';

function normalizeName(text: string): string {
  return text.trim().toLowerCase().replace(/[\s()（）]/g, '');
}

export function findIndicator(
  indicators: ReadonlyMap<string, IndicatorDefinition>,
  written: string,
): IndicatorDefinition | undefined {
  const direct = indicators.get(written.trim());
  if (direct !== undefined) return direct;
  const wanted = normalizeName(written);
  for (const definition of indicators.values()) {
    const names = [definition.id, definition.name.zh, definition.name.en, ...definition.aliases];
    if (names.some((name) => normalizeName(name) === wanted)) return definition;
  }
  return undefined;
}

/** Up to `count` indicator ids closest to what was written (by edit distance over ids and names). */
export function suggestIndicators(
  indicators: ReadonlyMap<string, IndicatorDefinition>,
  written: string,
  count = 3,
): string[] {
  const wanted = normalizeName(written);
  const scored = [...indicators.values()].map((definition) => {
    const names = [definition.id, definition.name.zh, definition.name.en, ...definition.aliases].map(normalizeName);
    const best = Math.min(...names.map((name) => distance(wanted, name) / Math.max(name.length, wanted.length, 1)));
    return { id: definition.id, score: best };
  });
  return scored
    .filter((entry) => entry.score <= 0.5)
    .sort((a, b) => a.score - b.score || a.id.localeCompare(b.id))
    .slice(0, count)
    .map((entry) => entry.id);
}

/**
 * What the session can choose from (regions, a region's indicators, scenarios) and the type-to-filter
 * matching of the pickers: an id, a Chinese or English name or an alias, case-insensitive; ids that start
 * with the filter come first, then names that start with it, then anything containing it. Pure.
 */
import type { LocalizedText } from '../core/catalog/indicator-catalog.js';
import type { Language } from '../core/report/messages.js';

export interface RegionChoice {
  id: string;
  name: LocalizedText;
  /** indicators with observations in the region */
  indicatorCount: number;
}

export interface IndicatorChoice {
  id: string;
  name: LocalizedText;
  aliases: string[];
  unit: string;
  /** whether the region's plan sets a target or milestone for it */
  hasGoals: boolean;
  latestYear: number | null;
  latestValue: number | null;
  firstProjectedYear: number;
  lastProjectedYear: number;
  /** the lever rows that can move it (lever-adjustments.ts): GDP growth only GDP and ratios over it, the pipeline only what grows from a pool, a policy only what it reaches */
  levers: string[];
}

export interface ScenarioChoice {
  id: string;
  label: LocalizedText;
  /** indicators the scenario already caps */
  ceilingIndicators: string[];
  /** the policies the scenario uses, with the assumption it takes */
  policies: Record<string, 'low' | 'central' | 'high'>;
}

/** One row of a picker. */
export interface ListEntry {
  id: string;
  primary: string;
  secondary: string;
  /** indicators: has plan goals */
  marked: boolean;
}

/** 0: the id starts with the filter; 1: a name or alias starts with it; 2: contains it; undefined: no match. */
export function matchRank(filter: string, id: string, names: readonly string[]): number | undefined {
  const wanted = filter.trim().toLowerCase();
  if (wanted === '') return 2;
  if (id.toLowerCase().startsWith(wanted)) return 0;
  const lowered = names.map((name) => name.toLowerCase());
  if (lowered.some((name) => name.startsWith(wanted))) return 1;
  if (id.toLowerCase().includes(wanted) || lowered.some((name) => name.includes(wanted))) return 2;
  return undefined;
}

function ranked<T extends { id: string }>(items: readonly T[], filter: string, names: (item: T) => string[]): T[] {
  return items
    .map((item, index) => ({ item, index, rank: matchRank(filter, item.id, names(item)) }))
    .filter((entry) => entry.rank !== undefined)
    .sort((a, b) => a.rank! - b.rank! || a.index - b.index)
    .map((entry) => entry.item);
}

const other = (language: Language): Language => (language === 'zh' ? 'en' : 'zh');

export function regionEntries(regions: readonly RegionChoice[], filter: string, language: Language): ListEntry[] {
  return ranked(regions, filter, (region) => [region.name.zh, region.name.en]).map((region) => ({
    id: region.id, primary: region.name[language], secondary: `${region.name[other(language)]} · ${region.id}`, marked: false,
  }));
}

/** Indicators with plan goals first (the ones a plan is judged on), each group in id order. */
export function sortIndicatorChoices(choices: readonly IndicatorChoice[]): IndicatorChoice[] {
  return [...choices].sort((a, b) => Number(b.hasGoals) - Number(a.hasGoals) || a.id.localeCompare(b.id));
}

export function indicatorEntries(indicators: readonly IndicatorChoice[], filter: string, language: Language): ListEntry[] {
  return ranked(indicators, filter, (indicator) => [indicator.name.zh, indicator.name.en, ...indicator.aliases]).map((indicator) => ({
    id: indicator.id, primary: indicator.name[language], secondary: `${indicator.name[other(language)]} · ${indicator.id}`, marked: indicator.hasGoals,
  }));
}

/**
 * The indicator catalogue: what each indicator id means, its unit, kind, direction and natural bounds,
 * and (for derived indicators) the relation that defines it from others; the regions; the plan calendar.
 */
import type { PlanCalendar } from '../plans/plan-calendar.js';

import type { IndicatorRoles } from './indicator-roles.js';

export const INDICATOR_KINDS = ['flow', 'stock', 'ratio', 'share', 'count'] as const;
export type IndicatorKind = (typeof INDICATOR_KINDS)[number];

export const DIRECTIONS = ['higher-is-better', 'lower-is-better'] as const;
export type Direction = (typeof DIRECTIONS)[number];

export interface LocalizedText {
  zh: string;
  en: string;
}

export interface Bounds {
  lower: number | null;
  upper: number | null;
}

export interface IndicatorDefinition {
  id: string;
  name: LocalizedText;
  aliases: string[];
  unit: string;
  kind: IndicatorKind;
  direction: Direction;
  /** the roles it plays for the scenario levers (indicator-roles.ts); none when absent */
  roles?: IndicatorRoles;
  bounds: Bounds;
  /** An arithmetic expression over other indicator ids, e.g. `rd_expenditure / gdp * 100` (relation-expression.ts). */
  relation?: string;
  /**
   * The indicator whose forecast reference class this one shares (e.g. industrial R&D intensity with
   * R&D intensity): forecasts and pooled priors pool within a group, never across unrelated indicators.
   */
  forecastGroup?: string;
}

export interface RegionDefinition {
  id: string;
  name: LocalizedText;
  /** other names a data file or --region may use (渝北 for 渝北区) */
  aliases?: string[];
  parent?: string;
  documents: string[];
  /** the progress preset reports of this region (and the regions inside it) use unless told otherwise */
  defaultPreset?: string;
}

export interface Catalog {
  indicators: ReadonlyMap<string, IndicatorDefinition>;
  regions: ReadonlyMap<string, RegionDefinition>;
  /** the plan calendar (seeds/plans.yaml and a user's plans): plan periods, their years and base years */
  plans: PlanCalendar;
}

/** Clamp a value into an indicator's natural bounds. */
export function clampToBounds(value: number, bounds: Bounds): number {
  let clamped = value;
  if (bounds.lower !== null && clamped < bounds.lower) clamped = bounds.lower;
  if (bounds.upper !== null && clamped > bounds.upper) clamped = bounds.upper;
  return clamped;
}

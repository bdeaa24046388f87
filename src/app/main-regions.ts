/**
 * The regions the main job (`plancast start`) reports on: the municipality and its districts (not their
 * sub-areas) that have a plan goal on an indicator they have data for — a report of the others would be
 * empty.
 */
import type { Catalog } from '../core/catalog/indicator-catalog.js';
import { isGoal, isObservation, isUsable, type IndicatorRecord } from '../core/records/indicator-record.js';

/** Regions at the top two levels of the catalogue (the municipality and its districts), in catalogue order. */
export function mainRegions(catalog: Catalog): string[] {
  const regions = [...catalog.regions.values()];
  const roots = new Set(regions.filter((region) => region.parent === undefined).map((region) => region.id));
  return regions.filter((region) => region.parent === undefined || roots.has(region.parent)).map((region) => region.id);
}

/** Whether a region has a goal on an indicator it has an observation of (else a report would be empty). */
export function hasGoalWithData(records: readonly IndicatorRecord[], region: string): boolean {
  const usable = records.filter((record) => record.region === region && isUsable(record));
  const observed = new Set(usable.filter(isObservation).map((record) => record.indicator));
  return usable.some((record) => isGoal(record) && observed.has(record.indicator));
}


/**
 * Checks a --region value against the dataset: a region id, or its Chinese or English name or an alias
 * (渝北区, 渝北 → yubei); suggests the nearest known regions when it is none of them.
 */
import { PlancastError } from '../core/errors.js';
import type { Dataset } from '../core/records/dataset.js';
import { resolveRegionName, suggestRegions } from '../core/validation/region-names.js';

/** The region id the written name means, or a PlancastError (E_UNKNOWN_REGION) with a did-you-mean. */
export function requireRegion(dataset: Dataset, region: string): string {
  const id = resolveRegionName(dataset.catalog, region);
  if (id !== undefined) return id;
  const suggestions = suggestRegions(dataset.catalog, region);
  const known = [...dataset.catalog.regions.keys()].join(', ');
  throw new PlancastError('E_UNKNOWN_REGION', `unknown region "${region}"${suggestions.length > 0 ? ` — did you mean ${suggestions.join(', ')}?` : ''}`, { remedy: `use one of: ${known} (or a region's Chinese name)` });
}

/**
 * A region id a user's file introduces that resembles a known region (yubie for yubei, 渝北新区 for
 * 渝北区) is probably a typo: its values would otherwise vanish from the region meant. The id is kept —
 * nothing is re-assigned silently — and a warning (W_REGION_DID_YOU_MEAN) names the known region(s) and
 * the line where the new id first appears.
 */
import type { Catalog } from '../catalog/indicator-catalog.js';
import type { IndicatorRecord } from '../records/indicator-record.js';
import { suggestRegions } from './region-names.js';
import { ISSUE_CODES, type ValidationIssue } from './validation-issue.js';

export function newRegionWarnings(records: readonly IndicatorRecord[], catalog: Pick<Catalog, 'regions'>, file: string): ValidationIssue[] {
  const firstRow = new Map<string, number | undefined>();
  for (const record of records) if (!catalog.regions.has(record.region) && !firstRow.has(record.region)) firstRow.set(record.region, record.row);
  const issues: ValidationIssue[] = [];
  for (const [region, row] of firstRow) {
    const suggestions = suggestRegions(catalog, region);
    if (suggestions.length === 0) continue;
    issues.push({
      code: ISSUE_CODES.regionDidYouMean, severity: 'warning', file, ...(row !== undefined ? { line: row } : {}), column: 'region', value: region,
      message: `${region} is not a known region and is read as a region of your own — did you mean ${suggestions.join(', ')}?`,
      remedy: `write ${suggestions[0]} (or its Chinese name) if the values belong to it; keep ${region} if it is a region of your own`,
    });
  }
  return issues;
}

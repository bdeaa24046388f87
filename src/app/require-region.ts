/** Checks a --region value against the dataset, suggesting the known ids when it is not there. */
import { PlancastError } from '../core/errors.js';
import type { Dataset } from '../core/records/dataset.js';

export function requireRegion(dataset: Dataset, region: string): void {
  if (dataset.catalog.regions.has(region)) return;
  const known = [...dataset.catalog.regions.keys()].join(', ');
  throw new PlancastError('E_UNKNOWN_REGION', `unknown region "${region}"`, { remedy: `use one of: ${known}` });
}

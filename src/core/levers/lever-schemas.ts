/** The pieces of the scenario file's schema several levers share: a year, an indicator selector. */
import { z } from 'zod';

export const yearSchema = z.number().int().min(1990).max(2100);

/**
 * Which indicators a lever applies to: an indicator id (`rd_expenditure`), a list of ids, a kind
 * (`kind:stock`), or `*` for every indicator. Resolved against the catalogue by `scenarios validate`
 * and before every run (check-selectors.ts).
 */
export const indicatorSelectorSchema = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]).describe(
  'an indicator id, a list of ids, kind:<flow|stock|ratio|share|count>, or * for all',
);

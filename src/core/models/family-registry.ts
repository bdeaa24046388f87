/**
 * Every model family by id. Adding a family: write its file (model card in the header, the
 * ModelFamily interface), add it here; model specs can then name it, and the contract suite
 * (tests/core/models/family-contract.test.ts) checks it with the others.
 */
import { calibratedGrowthFamily } from './calibrated-growth.js';
import { compoundGrowthFamily } from './compound-growth.js';
import { dampedTrendFamily } from './damped-trend.js';
import { exponentialTrendFamily } from './exponential-trend.js';
import { gompertzGrowthFamily } from './gompertz-growth.js';
import { linearTrendFamily } from './linear-trend.js';
import { logisticGrowthFamily } from './logistic-growth.js';
import { meanGrowthFamily } from './mean-growth.js';
import type { AnyModelFamily } from './model-family.js';
import { pooledGrowthFamily } from './pooled-growth.js';

export const MODEL_FAMILIES: readonly AnyModelFamily[] = [
  calibratedGrowthFamily,
  compoundGrowthFamily,
  meanGrowthFamily,
  linearTrendFamily,
  exponentialTrendFamily,
  dampedTrendFamily,
  logisticGrowthFamily,
  gompertzGrowthFamily,
  pooledGrowthFamily,
];

export const FAMILY_IDS: readonly string[] = MODEL_FAMILIES.map((family) => family.id);

const byId = new Map(MODEL_FAMILIES.map((family) => [family.id, family]));

/** The family with this id, or undefined. */
export function findFamily(id: string): AnyModelFamily | undefined {
  return byId.get(id);
}

/** The family with this id. @throws RangeError naming the known ids. */
export function getFamily(id: string): AnyModelFamily {
  const family = byId.get(id);
  if (!family) throw new RangeError(`unknown model family "${id}"; known: ${FAMILY_IDS.join(', ')}`);
  return family;
}

/** An --indicator option as a filter over indicator ids (id or Chinese name), with did-you-mean. */
import { loadCatalogWith } from '../../io/load-dataset.js';
import { requireIndicator } from './require-indicator.js';

export async function indicatorFilterFrom(options: { indicator?: string; catalog?: string }): Promise<((indicator: string) => boolean) | undefined> {
  if (options.indicator === undefined) return undefined;
  const definition = requireIndicator(await loadCatalogWith(options.catalog), options.indicator);
  return (indicator) => indicator === definition.id;
}

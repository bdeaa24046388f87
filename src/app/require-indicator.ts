/** Finds an indicator by id or name for an --indicator option, or stops with a did-you-mean. */
import type { Catalog, IndicatorDefinition } from '../core/catalog/indicator-catalog.js';
import { findIndicator, suggestIndicators } from '../core/catalog/find-indicator.js';
import { PlancastError } from '../core/errors.js';

export function requireIndicator(catalog: Catalog, written: string): IndicatorDefinition {
  const definition = findIndicator(catalog.indicators, written);
  if (definition !== undefined) return definition;
  const suggestions = suggestIndicators(catalog.indicators, written);
  throw new PlancastError('E_UNKNOWN_INDICATOR', `unknown indicator "${written}"${suggestions.length ? ` — did you mean ${suggestions.join(', ')}?` : ''}`, { remedy: 'run `plancast data list` to see the indicator ids' });
}

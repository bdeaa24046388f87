/**
 * The roles an indicator plays for the scenario levers, as catalogue data (seeds/indicators.yaml, or a
 * user's --catalog file for its own indicators) so that no lever names an indicator id in code:
 *
 *   roles:
 *     driver: gdp | population | rdExpenditure   the indicator a scenario's `drivers.<name>` moves
 *     numerator: rd_expenditure                  a ratio's parts: the ratio follows them coherently
 *     denominator: gdp                           (default: read from a relation written `a / b [* k]`)
 *     pipelinePool: tech_enterprises             this indicator grows from that pool by certification
 *                                                (the enterprise pipeline's target and its pool)
 *
 * `checkRoles` refuses a catalogue whose roles name unknown indicators or give one driver to two.
 */
import { PlancastError } from '../errors.js';
import type { Catalog, IndicatorDefinition } from './indicator-catalog.js';

export const DRIVER_NAMES = ['gdp', 'population', 'rdExpenditure'] as const;
export type DriverName = (typeof DRIVER_NAMES)[number];

export interface IndicatorRoles {
  /** the scenario driver this indicator is (its growth is what `drivers.<name>` moves) */
  driver?: DriverName;
  /** the parts of a ratio indicator (numerator / denominator) */
  numerator?: string;
  denominator?: string;
  /** the indicator this one grows from by certification (the enterprise pipeline's pool) */
  pipelinePool?: string;
}

/** Numerator and denominator of a relation written `a / b` (optionally `* k`), else undefined. */
export function ratioParts(relation: string | undefined): { numerator: string; denominator: string } | undefined {
  const match = relation === undefined ? null : /^\s*([a-z_][a-z0-9_]*)\s*\/\s*([a-z_][a-z0-9_]*)\s*(\*\s*[\d.e+]+\s*)?$/i.exec(relation);
  return match === null ? undefined : { numerator: match[1]!, denominator: match[2]! };
}

/** The roles as written, with a ratio's parts read from its relation when not written. */
export function normaliseRoles(written: IndicatorRoles | undefined, relation: string | undefined): IndicatorRoles {
  const roles: IndicatorRoles = { ...written };
  if (roles.numerator === undefined && roles.denominator === undefined) {
    const parts = ratioParts(relation);
    if (parts !== undefined) Object.assign(roles, parts);
  }
  return roles;
}

/** A ratio indicator's parts, if the catalogue gives them. */
export function ratioOf(definition: IndicatorDefinition): { numerator: string; denominator: string } | undefined {
  const roles = definition.roles;
  return roles?.numerator !== undefined && roles.denominator !== undefined ? { numerator: roles.numerator, denominator: roles.denominator } : undefined;
}

/** The indicator that plays a driver's role, if any. */
export function driverIndicator(catalog: Catalog, driver: DriverName): IndicatorDefinition | undefined {
  for (const definition of catalog.indicators.values()) if (definition.roles?.driver === driver) return definition;
  return undefined;
}

/** The indicators a pipeline grows from this pool (its targets). */
export function pipelineTargetsOf(catalog: Catalog, pool: string): IndicatorDefinition[] {
  return [...catalog.indicators.values()].filter((definition) => definition.roles?.pipelinePool === pool);
}

/** Refuses roles that name unknown indicators, a ratio with one part, or one driver given to two indicators. */
export function checkRoles(catalog: Catalog): void {
  const problems: string[] = [];
  const drivers = new Map<string, string>();
  for (const definition of catalog.indicators.values()) {
    const roles = definition.roles;
    if (roles === undefined) continue;
    for (const key of ['numerator', 'denominator', 'pipelinePool'] as const) {
      const named = roles[key];
      if (named !== undefined && !catalog.indicators.has(named)) problems.push(`${definition.id}: roles.${key} names unknown indicator "${named}"`);
    }
    if ((roles.numerator === undefined) !== (roles.denominator === undefined)) problems.push(`${definition.id}: a ratio needs both roles.numerator and roles.denominator`);
    if (roles.pipelinePool === definition.id) problems.push(`${definition.id}: an indicator cannot be its own pipeline pool`);
    if (roles.driver !== undefined) {
      const holder = drivers.get(roles.driver);
      if (holder !== undefined) problems.push(`${definition.id}: the driver role "${roles.driver}" is already ${holder}'s`);
      else drivers.set(roles.driver, definition.id);
    }
  }
  if (problems.length > 0) throw new PlancastError('E_CATALOG_INVALID', `indicator roles: ${problems.join('; ')}`, { remedy: 'name indicators that exist in the catalogue, and give each driver role to one indicator (see seeds/README.md)' });
}

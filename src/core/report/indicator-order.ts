/**
 * The order indicators appear in throughout a report: the core set of DOMAIN.md first (the numbers a
 * reader looks for), then every other indicator by id. Also rounding helpers, so that floating-point
 * noise never reaches a report file.
 */

export const CORE_INDICATORS = [
  'rd_expenditure', 'rd_intensity', 'gdp', 'invention_patents_per_10k', 'valid_invention_patents',
  'high_tech_enterprises', 'tech_enterprises', 'new_rd_institutions', 'tech_contract_turnover', 'industrial_rd_intensity',
] as const;

/** Compares strings by code unit, the same everywhere (localeCompare depends on the machine's locale). */
export function compareText(left: string, right: string): number {
  return left < right ? -1 : left > right ? 1 : 0;
}

/** Compares indicator ids: core indicators first, in the order above, then the others alphabetically. */
export function compareIndicators(left: string, right: string): number {
  const rank = (id: string): number => {
    const index = (CORE_INDICATORS as readonly string[]).indexOf(id);
    return index === -1 ? CORE_INDICATORS.length : index;
  };
  return rank(left) - rank(right) || compareText(left, right);
}

/** A number rounded to `digits` significant digits (non-finite values pass through). */
export function roundSignificant(value: number, digits: number): number {
  return Number.isFinite(value) ? Number(value.toPrecision(digits)) : value;
}

/** roundSignificant for a value that may be null. */
export function roundOrNull(value: number | null | undefined, digits = 10): number | null {
  return value === null || value === undefined ? null : roundSignificant(value, digits);
}

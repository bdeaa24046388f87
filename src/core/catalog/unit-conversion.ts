/**
 * Converting a value between units of one dimension: money (元, 万元, 亿元), percentages (%, a fraction,
 * ‰), and counted things with a 万 multiplier (人 / 万人). Units of different dimensions never convert:
 * 件 is not 亿元, and a user file that says so is rejected rather than guessed at.
 */

/** unit → [dimension, factor to the dimension's base unit]. */
const UNIT_FACTORS: ReadonlyMap<string, readonly [string, number]> = new Map([
  ['元', ['money', 1]],
  ['万元', ['money', 1e4]],
  ['亿元', ['money', 1e8]],
  ['yuan', ['money', 1]],
  ['10k yuan', ['money', 1e4]],
  ['100m yuan', ['money', 1e8]],
  ['%', ['percent', 1]],
  ['percent', ['percent', 1]],
  ['fraction', ['percent', 100]],
  ['ratio', ['percent', 100]],
  ['小数', ['percent', 100]],
  ['‰', ['percent', 0.1]],
  // 家 and 个 are both measure words for counted organisations (enterprises, institutions, platforms).
  ['家', ['organisations', 1]],
  ['个', ['organisations', 1]],
  ['万家', ['organisations', 1e4]],
  ['人', ['people', 1]],
  ['名', ['people', 1]],
  ['位', ['people', 1]],
  ['万人', ['people', 1e4]],
  ['人次', ['person-times', 1]],
  ['万人次', ['person-times', 1e4]],
  ['件', ['items', 1]],
  ['万件', ['items', 1e4]],
  ['项', ['projects', 1]],
]);

/** Spellings users write for the same unit. */
const UNIT_SYNONYMS: ReadonlyMap<string, string> = new Map([
  ['％', '%'],
  ['pct', '%'],
  ['亿', '亿元'],
  ['万', '万元'],
  ['人民币元', '元'],
]);

export function normalizeUnit(unit: string): string {
  const trimmed = unit.trim();
  return UNIT_SYNONYMS.get(trimmed) ?? trimmed;
}

/** The value in `to` units, or undefined when the two units measure different things. */
export function convertUnit(value: number, from: string, to: string): number | undefined {
  const fromUnit = normalizeUnit(from);
  const toUnit = normalizeUnit(to);
  if (fromUnit === toUnit) return value;
  const fromFactor = UNIT_FACTORS.get(fromUnit);
  const toFactor = UNIT_FACTORS.get(toUnit);
  if (fromFactor === undefined || toFactor === undefined || fromFactor[0] !== toFactor[0]) return undefined;
  // toPrecision(12) removes binary noise such as 1.2345000000000002 from 12345 万元 → 亿元.
  return Number(((value * fromFactor[1]) / toFactor[1]).toPrecision(12));
}

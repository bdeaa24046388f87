/**
 * A fraction where a percent is expected: an Excel cell formatted as a percentage and exported as its
 * value reads 0.0463 for 4.63 % R&D intensity, and would be taken as 0.0463 % — a hundred times too
 * small, yet inside the indicator's range. The rule: for a % indicator of one region in one file, when
 * every value is below 1, the values × 100 still lie in the catalogue's range, and the history (the
 * region's own bundled values, else every region's) sits at 1 or above and nearer the values × 100 than
 * the values as written, the file is in error (E_FRACTION_AS_PERCENT: multiply by 100, or pass
 * --fractions-as-percent, which converts them with a warning, W_FRACTION_CONVERTED). Without a history
 * nothing says otherwise, and the values stand.
 */
import type { Catalog } from '../catalog/indicator-catalog.js';
import { isObservation, isUsable, type IndicatorRecord } from '../records/indicator-record.js';
import { ISSUE_CODES, type ValidationIssue } from './validation-issue.js';

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export interface FractionCheck {
  records: IndicatorRecord[];
  issues: ValidationIssue[];
}

/** Checks (and with `convert`, fixes) a user's records against the bundled history. */
export function checkFractionsAsPercent(user: readonly IndicatorRecord[], history: readonly IndicatorRecord[], catalog: Catalog, file: string, convert: boolean): FractionCheck {
  const groups = new Map<string, IndicatorRecord[]>();
  for (const record of user) {
    const definition = catalog.indicators.get(record.indicator);
    if (definition?.unit !== '%' || record.kind === 'growth' || record.unit !== '%') continue;
    const key = `${record.region}|${record.indicator}`;
    groups.set(key, [...(groups.get(key) ?? []), record]);
  }
  const flagged = new Set<IndicatorRecord>();
  const issues: ValidationIssue[] = [];
  for (const [key, records] of groups) {
    if (!records.every((record) => Math.abs(record.value) < 1)) continue;
    const [region, indicator] = key.split('|') as [string, string];
    const { lower, upper } = catalog.indicators.get(indicator)!.bounds;
    if (records.some((record) => (lower !== null && record.value * 100 < lower) || (upper !== null && record.value * 100 > upper))) continue;
    const observed = history.filter((record) => record.indicator === indicator && isObservation(record) && isUsable(record) && record.value > 0);
    const own = observed.filter((record) => record.region === region);
    const reference = own.length > 0 ? own : observed;
    if (reference.length === 0) continue;
    const typical = median(reference.map((record) => record.value));
    const written = median(records.map((record) => Math.abs(record.value)).filter((value) => value > 0));
    if (!(typical >= 1) || !(written > 0) || Math.abs(Math.log(written * 100 / typical)) >= Math.abs(Math.log(written / typical))) continue;
    for (const record of records) flagged.add(record);
    const first = [...records].sort((a, b) => (a.row ?? 0) - (b.row ?? 0))[0]!;
    const where = own.length > 0 ? `${region}'s history` : `the history of ${indicator} across regions`;
    issues.push({
      code: convert ? ISSUE_CODES.fractionConverted : ISSUE_CODES.fractionAsPercent, severity: convert ? 'warning' : 'error', file,
      ...(first.row !== undefined ? { line: first.row } : {}), column: 'value', value: String(first.value),
      message: convert
        ? `${records.length} value${records.length === 1 ? '' : 's'} of ${indicator} for ${region} read as fractions and multiplied by 100 (--fractions-as-percent)`
        : `every value of ${indicator} for ${region} in this file is below 1 (${records.map((record) => record.value).join(', ')}), but ${indicator} is a percentage and ${where} lies near ${typical}: these look like fractions (0.0463 for 4.63 %)`,
      remedy: convert ? 'nothing to do; write percentages (4.63 for 4.63 %) to silence this note' : 'multiply the values by 100 (write 4.63 for 4.63 %), or pass --fractions-as-percent to have plancast do it',
    });
  }
  if (!convert || flagged.size === 0) return { records: [...user], issues };
  return { records: user.map((record) => (flagged.has(record) ? { ...record, value: Number((record.value * 100).toPrecision(12)) } : record)), issues };
}

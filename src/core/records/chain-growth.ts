/**
 * Year-on-year growth records (kind `growth`, value in percent: "同比增长27%" → 27) turned into levels
 * where they can be: a growth rate for year t chains onto the level of year t − 1 (observed, or itself
 * chained), giving an actual for year t that says where it came from. A growth rate with no level of the
 * year before stays a growth-only record: shown with its source, used by no model (W_GROWTH_ONLY for a
 * user's file). A year that already has an observed level keeps it; the growth rate is not needed.
 *
 *   level(2022) = 100, growth(2023) = 27  →  actual(2023) = 100 × 1.27 = 127, chained from growth
 *
 * Only nominal rates of the indicator itself chain: GDP growth is published in real terms (at comparable
 * prices) and so is its own indicator (gdp_growth), never chained onto nominal GDP.
 */
import { isObservation, isUsable, type IndicatorRecord } from './indicator-record.js';

/** Why a growth value cannot be right (−100 % or below: the level would vanish), or undefined. */
export function growthRowIssue(value: number, unit: string): { message: string; remedy: string } | undefined {
  if (unit !== '' && !/^(%|％|% ?y\/y|%同比|percent)$/i.test(unit.trim())) {
    return { message: `a growth rate is a percentage change; the unit ${unit} is not a percentage`, remedy: 'write the rate in percent (同比增长27% → 27) with the unit % or an empty unit cell' };
  }
  if (!(value > -100)) return { message: 'a year-on-year growth of −100 % or less would leave nothing of the level', remedy: 'write the growth rate in percent (a fall of 5 % is −5)' };
  return undefined;
}

export interface ChainedGrowth {
  /** the records with a chained actual added for every growth rate that follows a level */
  records: IndicatorRecord[];
  /** growth records with no level of the year before: kept as they are */
  growthOnly: IndicatorRecord[];
}

function significant(value: number): number {
  return Number(value.toPrecision(12));
}

export function chainGrowthRecords(records: readonly IndicatorRecord[]): ChainedGrowth {
  const growth = records.filter((record) => record.kind === 'growth' && isUsable(record));
  if (growth.length === 0) return { records: [...records], growthOnly: [] };
  const levels = new Map<string, IndicatorRecord>();
  const key = (region: string, indicator: string, year: number): string => `${region}|${indicator}|${year}`;
  for (const record of records) {
    if (!isObservation(record) || !isUsable(record)) continue;
    const existing = levels.get(key(record.region, record.indicator, record.year));
    if (existing === undefined || (existing.kind === 'baseline' && record.kind === 'actual')) levels.set(key(record.region, record.indicator, record.year), record);
  }
  const chained: IndicatorRecord[] = [];
  const growthOnly: IndicatorRecord[] = [];
  for (const record of [...growth].sort((a, b) => a.region.localeCompare(b.region) || a.indicator.localeCompare(b.indicator) || a.year - b.year)) {
    if (levels.has(key(record.region, record.indicator, record.year))) continue;
    const previous = levels.get(key(record.region, record.indicator, record.year - 1));
    if (previous === undefined) {
      growthOnly.push(record);
      continue;
    }
    const level: IndicatorRecord = {
      region: record.region, indicator: record.indicator, year: record.year, kind: 'actual', unit: previous.unit,
      value: significant(previous.value * (1 + record.value / 100)),
      ...(record.planPeriod !== undefined ? { planPeriod: record.planPeriod } : {}),
      source: { ...record.source },
      chainedFromGrowth: { growthPercent: record.value, fromYear: previous.year, fromValue: previous.value },
      note: [`chained from year-on-year growth: ${previous.value} (${previous.year}) × (1 + ${record.value} %)`, record.note].filter(Boolean).join('; '),
      ...(record.row !== undefined ? { row: record.row } : {}),
    };
    levels.set(key(record.region, record.indicator, record.year), level);
    chained.push(level);
  }
  return { records: [...records, ...chained], growthOnly };
}

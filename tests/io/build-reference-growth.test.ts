/**
 * models/reference-growth.json is data derived by a script from the calibrated forecasts' reference
 * corpora: it must be exactly what scripts/build-reference-growth.mjs produces from ../shared/benchmarks,
 * and its windows must be the corpora's, counted here straight from the CSV without the project's readers.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { referenceGrowthTableSchema } from '../../src/core/report/evaluation/reference-growth.js';
import { BENCHMARKS_DIRECTORY } from '../../src/io/build-forecast-calibration.js';
import { buildReferenceGrowth, formatReferenceGrowth } from '../../src/io/build-reference-growth.js';
import { loadReferenceGrowth, REFERENCE_GROWTH_FILE } from '../../src/io/load-reference-growth.js';
import { PlancastError } from '../../src/core/errors.js';
import { useTemporaryDirectory } from '../helpers/temporary-files.js';

const committedText = readFileSync(REFERENCE_GROWTH_FILE, 'utf8');
const table = referenceGrowthTableSchema.parse(JSON.parse(committedText));
const folder = useTemporaryDirectory('plancast-reference-growth-');

/** region → indicator → year → value, read plainly from provinces-dev.csv */
function provinces(): Map<string, Map<number, number>> {
  const rows = readFileSync(join(BENCHMARKS_DIRECTORY, 'provinces-dev.csv'), 'utf8').trim().split('\n').slice(1);
  const bySeries = new Map<string, Map<number, number>>();
  for (const row of rows) {
    const [region, indicator, year, value] = row.split(',');
    const key = `${region}|${indicator}`;
    const values = bySeries.get(key) ?? new Map<number, number>();
    values.set(Number(year), Number(value));
    bySeries.set(key, values);
  }
  return bySeries;
}

describe('models/reference-growth.json', () => {
  it('is what the build script derives from the benchmark corpora', async () => {
    expect(formatReferenceGrowth(await buildReferenceGrowth()) === committedText, 'out of date: run `npm run build && node scripts/build-reference-growth.mjs` and commit it').toBe(true);
  });

  it('holds every five-year window of the provinces\' R&D expenditure, and M1 as the general class', () => {
    const series = [...provinces()].filter(([key]) => key.endsWith('|rd_expenditure'));
    const expected = series.flatMap(([, values]) => [...values].filter(([year, value]) => values.has(year + 5) && value > 0).map(([year, value]) => (values.get(year + 5)! / value) ** 0.2 - 1)).sort((a, b) => a - b);
    const stored = table.corpora.find((corpus) => corpus.id === 'provinces-dev')!.classes.rd_expenditure!;
    expect(stored.series).toBe(series.length);
    expect(stored.growths).toHaveLength(expected.length);
    stored.growths.forEach((growth, index) => expect(growth).toBeCloseTo(expected[index]!, 6));
    // Beijing 2011 → 2016 by hand: 936.6 → 1484.6 亿元
    const beijing = provinces().get('beijing|rd_expenditure')!;
    expect(beijing.get(2011)).toBe(936.6);
    expect(stored.growths.some((growth) => Math.abs(growth - ((beijing.get(2016)! / 936.6) ** 0.2 - 1)) < 1e-6)).toBe(true);
    expect(table.general).toBe('m1-yearly/general');
    expect(table.corpora.find((corpus) => corpus.id === 'm1-yearly')!.classes.general!.series).toBeGreaterThan(100);
  });

  it('is a typed error with a remedy when missing or malformed', () => {
    expect(() => loadReferenceGrowth(folder.path('absent.json'))).toThrow(expect.objectContaining({ code: 'E_REFERENCE_GROWTH_MISSING' }) as PlancastError);
    expect(() => loadReferenceGrowth(folder.write('bad.json', '{"format": 1}'))).toThrow(expect.objectContaining({ code: 'E_REFERENCE_GROWTH_INVALID' }) as PlancastError);
  });
});

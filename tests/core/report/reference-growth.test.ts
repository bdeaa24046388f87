/**
 * The reference-class check of target proposals against hand-worked windows: every pair of a series'
 * values exactly five years apart is one window; an indicator is compared with its own class, else its
 * forecastGroup's, else the general class; the share counts windows at least as fast (at most, for a
 * lower-is-better indicator).
 */
import { describe, expect, it } from 'vitest';
import { fiveYearGrowthsByClass, referenceGrowths, shareAsFast, type ReferenceGrowthTable } from '../../../src/core/report/evaluation/reference-growth.js';

const series = (id: string, referenceClass: string, years: number[], values: number[]) => ({ id, referenceClass, indicatorKind: 'flow' as const, ceiling: null, years, values });

describe('five-year windows by class', () => {
  it('takes every pair exactly five years apart, skips non-positive values, and sorts each class', () => {
    const classes = fiveYearGrowthsByClass([
      // 2010→2015: 100 → 200; 2011→2016: 110 → 110; 2012 has no partner
      series('a', 'x', [2010, 2011, 2012, 2015, 2016], [100, 110, 120, 200, 110]),
      // 2000→2005: 0 → 50 (skipped); 2001→2006: 10 → 5
      series('b', 'x', [2000, 2001, 2005, 2006], [0, 10, 50, 5]),
      series('c', 'y', [2000, 2004], [1, 2]),
    ]);
    expect(classes.get('x')!.series).toBe(2);
    const growths = classes.get('x')!.growths;
    expect(growths).toHaveLength(3);
    expect(growths[0]).toBeCloseTo(0.5 ** 0.2 - 1, 12);
    expect(growths[1]).toBeCloseTo(0, 12);
    expect(growths[2]).toBeCloseTo(2 ** 0.2 - 1, 12);
    expect(classes.has('y')).toBe(false);
  });
});

describe('the class an indicator is compared with', () => {
  const table: ReferenceGrowthTable = {
    format: 'plancast-reference-growth/1', provenance: { script: 's', inputs: [], notes: [] }, windowYears: 5, general: 'm1/general',
    corpora: [
      { id: 'm1', description: { zh: '通用', en: 'general' }, classes: { general: { series: 3, growths: [-0.1, 0, 0.1, 0.2] } } },
      { id: 'provinces', description: { zh: '各省', en: 'provinces' }, classes: { rd_expenditure: { series: 2, growths: [0.05, 0.1, 0.15] } } },
    ],
  };
  it('is its own class, its forecast group\'s, or the general class, saying which', () => {
    expect(referenceGrowths(table, { id: 'rd_expenditure' })).toMatchObject({ corpus: 'provinces', classId: 'rd_expenditure', match: 'own', series: 2 });
    expect(referenceGrowths(table, { id: 'industrial_rd', forecastGroup: 'rd_expenditure' })).toMatchObject({ corpus: 'provinces', classId: 'rd_expenditure', match: 'group' });
    expect(referenceGrowths(table, { id: 'tech_enterprises' })).toMatchObject({ corpus: 'm1', classId: 'general', match: 'general', series: 3 });
  });
  it('counts the windows at least as fast, or at most as fast for a lower-is-better indicator', () => {
    const general = referenceGrowths(table, { id: 'anything' })!;
    expect(shareAsFast(general, 0.1, false)).toBe(0.5);
    expect(shareAsFast(general, 0.05, false)).toBe(0.5);
    expect(shareAsFast(general, 0, true)).toBe(0.5);
    expect(shareAsFast(general, 0.3, false)).toBe(0);
    expect(shareAsFast({ growths: [] }, 0.1, false)).toBeNull();
  });
});

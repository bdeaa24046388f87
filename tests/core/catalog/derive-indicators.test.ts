import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../../src/core/catalog/catalog-schema.js';
import { checkRelations, deriveIndicators } from '../../../src/core/catalog/derive-indicators.js';
import { relationInputs } from '../../../src/core/catalog/relation-inputs.js';
import type { IndicatorRecord } from '../../../src/core/records/indicator-record.js';
import { loadCatalog } from '../../../src/io/load-catalog.js';

const catalog = loadCatalog();
const record = (indicator: string, year: number, value: number, region = 'r'): IndicatorRecord => ({
  region, indicator, year, kind: 'actual', value, unit: catalog.indicators.get(indicator)!.unit, source: { document: 'test.csv', location: 'row', line: 2 },
});

describe('relationInputs', () => {
  it('names the indicator ids of an expression, not the exponents of numbers or math functions', () => {
    expect(relationInputs('rd_expenditure / gdp * 100')).toEqual(['rd_expenditure', 'gdp']);
    expect(relationInputs('rd_expenditure * 1e8 / (population * 1e4)')).toEqual(['rd_expenditure', 'population']);
    expect(relationInputs('sqrt(gdp) + max(a_b, c)')).toEqual(['gdp', 'a_b', 'c']);
  });
});

describe('the bundled catalogue', () => {
  it('has relations that parse and name only known indicators', () => {
    expect(() => checkRelations(catalog)).not.toThrow();
    expect(catalog.indicators.get('rd_intensity')?.relation).toBe('rd_expenditure / gdp * 100');
    expect(catalog.indicators.get('invention_patents_per_10k')?.relation).toBe('valid_invention_patents / population');
  });

  it('rejects a relation naming an unknown indicator', () => {
    const broken = buildCatalog([...catalog.indicators.values(), { ...catalog.indicators.get('gdp')!, id: 'broken', roles: {}, relation: 'gdp / populaton' }], []);
    expect(() => checkRelations(broken)).toThrow(expect.objectContaining({ code: 'E_RELATION_INVALID', message: expect.stringContaining('populaton') }));
  });
});

describe('deriveIndicators', () => {
  it('computes R&D intensity and patents per 10,000 where all inputs are observed, citing them', () => {
    const derived = deriveIndicators([record('rd_expenditure', 2020, 88.39), record('gdp', 2020, 2009), record('gdp', 2021, 2200), record('valid_invention_patents', 2020, 3966), record('population', 2020, 219.2)], catalog, relationInputs);
    const intensity = derived.find((entry) => entry.indicator === 'rd_intensity');
    expect(intensity?.value).toBeCloseTo((88.39 / 2009) * 100, 9);
    expect(intensity?.year).toBe(2020);
    expect(intensity?.source.location).toContain('rd_expenditure (test.csv:2)');
    expect(derived.find((entry) => entry.indicator === 'invention_patents_per_10k')?.value).toBeCloseTo(3966 / 219.2, 9);
    expect(derived.filter((entry) => entry.year === 2021)).toEqual([]);
  });

  it('never overwrites an observed value', () => {
    const derived = deriveIndicators([record('rd_expenditure', 2020, 88.39), record('gdp', 2020, 2009), record('rd_intensity', 2020, 4.4)], catalog, relationInputs);
    expect(derived.filter((entry) => entry.indicator === 'rd_intensity')).toEqual([]);
  });
});

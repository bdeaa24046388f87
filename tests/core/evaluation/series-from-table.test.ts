/**
 * Reading the series of a forecast or evaluation file: the generic benchmark layout with its own checks,
 * and the region × indicator layout through the usual validation.
 */
import { describe, expect, it } from 'vitest';
import { seriesFromTable } from '../../../src/core/evaluation/series-from-table.js';
import type { TabularFile } from '../../../src/core/validation/tabular-file.js';
import { loadCatalog } from '../../../src/io/load-catalog.js';

const catalog = loadCatalog();
const table = (header: string, rows: string[]): TabularFile => ({ file: 'test.csv', header: header.split(','), headerLine: 1, rows: rows.map((row, index) => ({ line: index + 2, cells: row.split(',') })) });

describe('the generic layout series,year,value[,part]', () => {
  it('makes one generic series per id, sorted by year, with its parts', () => {
    const result = seriesFromTable(table('series,year,value,part', ['A,2021,12,future', 'A,2019,10,history', 'A,2020,11,history', 'B,1975,3.5,history']), catalog);
    expect(result.layout).toBe('generic');
    expect(result.issues).toEqual([]);
    expect(result.series[0]).toMatchObject({ region: 'A', indicator: 'generic', years: [2019, 2020, 2021], values: [10, 11, 12], parts: ['history', 'history', 'future'] });
    expect(result.series[1]!.years).toEqual([1975]);
  });

  it('reports every bad row with the usual codes and lines', () => {
    const result = seriesFromTable(table('series,year,value,part', ['A,2019,ten,history', 'A,20x9,10,history', 'A,1700,10,history', 'A,2020,10,later', 'A,2021,1,history', 'A,2021,2,history', ',2022,1,history']), catalog);
    expect(result.issues.map((issue) => [issue.code, issue.line])).toEqual([
      ['E_NON_NUMERIC_VALUE', 2], ['E_INVALID_YEAR', 3], ['E_YEAR_OUT_OF_RANGE', 4], ['E_INVALID_FIELD', 5], ['E_DUPLICATE_RECORD', 7], ['E_EMPTY_VALUE', 8],
    ]);
  });

  it('names the missing columns', () => {
    const result = seriesFromTable(table('series,value', ['A,1']), catalog);
    expect(result.issues[0]).toMatchObject({ code: 'E_MISSING_COLUMN', line: 1 });
  });
});

describe('the region × indicator layout', () => {
  it('gives each region × indicator its catalogue unit, kind, bounds and forecast group', () => {
    const result = seriesFromTable(table('region,indicator,year,value', ['my-district,万人发明专利拥有量,2021,20', 'my-district,invention_patents_per_10k,2022,22.5', 'my-district,rd_intensity,2022,2.1']), catalog);
    expect(result.layout).toBe('region-indicator');
    const patents = result.series.find((series) => series.indicator === 'invention_patents_per_10k')!;
    expect(patents).toMatchObject({ region: 'my-district', years: [2021, 2022], values: [20, 22.5], indicatorKind: 'ratio', forecastGroup: 'valid_invention_patents' });
    expect(result.series.find((series) => series.indicator === 'rd_intensity')!.bounds).toEqual({ lower: 0, upper: 100 });
  });

  it('reports an unknown indicator as a data file would', () => {
    const result = seriesFromTable(table('region,indicator,year,value', ['my-district,no_such_thing,2021,1']), catalog);
    expect(result.issues[0]!.code).toBe('E_UNKNOWN_INDICATOR');
  });
});

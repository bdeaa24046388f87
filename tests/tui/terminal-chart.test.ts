/**
 * The character fan chart: exact widths, every mark where it belongs, bands nested, axes labelled; and
 * the display-width helpers it relies on for Chinese text.
 */
import { describe, expect, it } from 'vitest';
import type { YearQuantiles } from '../../src/core/simulation/path-quantiles.js';
import { niceStep, niceTicks, tickLabel, yearTicks } from '../../src/tui/chart-axis.js';
import { displayWidth, formatShare, formatSigned, formatValue, padDisplay, truncateDisplay } from '../../src/tui/display-text.js';
import { chartEndYear, chartRowText, drawTerminalChart, type ChartGoal, type ChartProjection } from '../../src/tui/terminal-chart.js';

/** A fan growing 10 % a year from 4.4 in 2020, widening by 8 % of the median a year. */
function fan(): ChartProjection {
  const quantiles: YearQuantiles[] = [];
  for (let year = 2021; year <= 2035; year++) {
    const median = 4.4 * 1.1 ** (year - 2020);
    const spread = median * 0.08 * (year - 2020);
    quantiles.push({ year, p025: median - 2 * spread, p05: median - 1.6 * spread, p10: median - 1.3 * spread, p25: median - 0.7 * spread, p50: median, p75: median + 0.7 * spread, p90: median + 1.3 * spread, p95: median + 1.6 * spread, p975: median + 2 * spread });
  }
  return { history: [{ year: 2015, value: 2.53 }, { year: 2016, value: 3.65 }, { year: 2020, value: 4.4 }], quantiles };
}

const GOAL: ChartGoal = { targetYear: 2025, target: 4.8, baseYear: 2020, baseValue: 4.4 };

describe('drawTerminalChart', () => {
  it.each([[49, 20], [66, 25], [100, 40], [30, 8]])('gives %i × %i characters exactly', (width, height) => {
    const rows = drawTerminalChart(fan(), GOAL, width, height);
    expect(rows).toHaveLength(height);
    for (const row of rows) expect(displayWidth(chartRowText(row))).toBe(width);
  });

  it('draws the history points, the target, both bands, the median and straight path in braille', () => {
    const text = drawTerminalChart(fan(), GOAL, 66, 25).map(chartRowText).join('\n');
    expect(text.match(/●/g)).toHaveLength(3);
    expect(text.match(/◆/g)).toHaveLength(1);
    expect(text).toMatch(/░/);
    expect(text).toMatch(/▒/);
    expect(text).toMatch(/[\u2801-\u28ff]/);
    expect(text).toMatch(/┄/);
  });

  it('puts the target on the row of its value and the column of its year', () => {
    const rows = drawTerminalChart(fan(), GOAL, 66, 25);
    const targetRow = rows.findIndex((row) => chartRowText(row).includes('◆'));
    const line = chartRowText(rows[targetRow]!);
    const labels = rows.map(chartRowText).map((row) => /^\s*([\d.]+)┤/.exec(row)).flatMap((match, index) => (match ? [{ index, value: Number(match[1]) }] : []));
    // the target lies between the tick labels above and below it
    const above = labels.filter((label) => label.index <= targetRow).at(-1)!;
    const below = labels.find((label) => label.index >= targetRow)!;
    expect(above.value).toBeGreaterThanOrEqual(4.8);
    expect(below.value).toBeLessThanOrEqual(4.8);
    // on the year axis, the ◆ sits between the labels of 2024 and 2026
    const axis = chartRowText(rows.at(-1)!);
    const column = line.indexOf('◆');
    expect(column).toBeGreaterThan(axis.indexOf('2024') + 1);
    expect(column).toBeLessThan(axis.indexOf('2026') + 2);
  });

  it('nests the 80 % band inside the 95 % band, one contiguous run per column', () => {
    const rows = drawTerminalChart(fan(), undefined, 66, 25).slice(0, -2).map((row) => [...chartRowText(row)]);
    const width = rows[0]!.length;
    for (let column = 0; column < width; column++) {
      const cells = rows.map((row) => row[column]!).join('');
      if (!cells.includes('▒')) continue;
      expect(cells.replace(/[\u2800-\u28ff]/g, '▒')).toMatch(/^[^░▒]*░*▒+░*[^░▒]*$/);
    }
  });

  it('labels the y axis with round values and the x axis with years', () => {
    const rows = drawTerminalChart(fan(), GOAL, 66, 25).map(chartRowText);
    const ticks = rows.flatMap((row) => /^\s*([\d.]+)┤/.exec(row)?.[1] ?? []).map(Number);
    expect(ticks.length).toBeGreaterThanOrEqual(3);
    const steps = ticks.slice(1).map((value, index) => Number((ticks[index]! - value).toFixed(6)));
    expect(new Set(steps).size).toBe(1);
    expect(rows.at(-2)).toMatch(/└[─┬]+$/);
    expect(rows.at(-1)).toMatch(/2016.*2018.*2020/);
  });

  it('ends a little after the goal year, within the projection', () => {
    expect(chartEndYear(fan(), GOAL)).toBe(2026);
    expect(chartEndYear(fan(), { ...GOAL, targetYear: 2035 })).toBe(2035);
    expect(chartEndYear({ history: [{ year: 2020, value: 1 }], quantiles: [] }, undefined)).toBe(2020);
  });

  it('draws history alone when there is no model, and a placeholder when there is nothing', () => {
    const history = drawTerminalChart({ history: [{ year: 2018, value: 10 }, { year: 2020, value: 12 }], quantiles: [] }, undefined, 40, 12).map(chartRowText);
    expect(history.join('\n').match(/●/g)).toHaveLength(2);
    const empty = drawTerminalChart({ history: [], quantiles: [] }, undefined, 20, 4).map(chartRowText);
    expect(empty).toHaveLength(4);
    for (const row of empty) expect(displayWidth(row)).toBe(20);
  });

  it('keeps to its size when too small to plot', () => {
    for (const row of drawTerminalChart(fan(), GOAL, 10, 4)) expect(displayWidth(chartRowText(row))).toBe(10);
  });
});

describe('axis ticks', () => {
  it('chooses round steps', () => {
    expect(niceStep(10, 5)).toBe(2);
    expect(niceStep(0.9, 4)).toBe(0.25);
    expect(niceStep(7000, 4)).toBe(2000);
    expect(niceTicks(0.3, 9.7, 4)).toEqual([0, 2.5, 5, 7.5, 10]);
    expect(niceTicks(4.4, 4.4, 3).length).toBeGreaterThanOrEqual(2);
  });

  it('labels with the decimals the step needs', () => {
    expect(tickLabel(7.5, [0, 2.5, 5, 7.5])).toBe('7.5');
    expect(tickLabel(2000, [0, 2000, 4000])).toBe('2000');
    expect(tickLabel(0.2, [0, 0.1, 0.2])).toBe('0.2');
  });

  it('spaces year labels at least six columns apart', () => {
    const ticks = yearTicks(2015, 2026, 40, (year) => Math.round(((year - 2015) / 11) * 39));
    expect(ticks.map((tick) => tick.year)).toEqual([2016, 2018, 2020, 2022, 2024, 2026]);
    for (let index = 1; index < ticks.length; index++) expect(ticks[index]!.column - ticks[index - 1]!.column).toBeGreaterThanOrEqual(6);
  });
});

describe('display text', () => {
  it('measures, pads and truncates Chinese by columns', () => {
    expect(displayWidth('渝北区')).toBe(6);
    expect(padDisplay('渝北区', 8)).toBe('渝北区  ');
    expect(padDisplay('渝北区', 4, 'right')).toBe(' 渝…');
    expect(displayWidth(truncateDisplay('R&D经费支出占地区生产总值比重', 10))).toBeLessThanOrEqual(10);
    expect(truncateDisplay('R&D经费支出', 6)).toBe('R&D经…');
  });

  it('formats values, shares and signed changes', () => {
    expect([formatValue(12345.6), formatValue(140.46), formatValue(4.8), formatValue(null)]).toEqual(['12346', '140.5', '4.80', '—']);
    expect(formatShare(0.9306)).toBe('93.1%');
    expect([formatSigned(1.5), formatSigned(-0.5), formatSigned(0)]).toEqual(['+1.5', '−0.5', '+0.0']);
  });
});

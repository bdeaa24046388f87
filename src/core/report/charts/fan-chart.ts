/**
 * The fan chart: an indicator's history and its projection with interval bands, the plan target, the
 * straight path to it and any milestones — the one picture a 中期评估 needs per indicator.
 *
 * Layers, back to front: 95 % band (p2.5–p97.5, lightest) → 80 % band (p10–p90) → 50 % band (p25–p75,
 * darkest) → straight path to the target (dashed) → median projection → history (line with points) →
 * milestones → target (diamond with label). Every layer's colour comes from one shared legend (each layer
 * names its series in a calculated field), so the legend lists exactly the layers drawn, in that order.
 *
 * Each band is named by the share of the simulated distribution it covers: p2.5–p97.5 is the 95 % band.
 */
import type { TopLevelSpec } from 'vega-lite';
import { translate, type Language, type TextKey } from '../messages.js';
import {
  CHART_COLORS, VEGA_LITE_SCHEMA_URL, chartFrame, comparatorSymbol, formatLabelNumber, roundForChart, yearAxis,
  type ChartLayer,
} from './chart-style.js';

export interface YearValue {
  year: number;
  value: number;
}

/** Quantiles of the projected distribution in one year (YearQuantiles from path-quantiles fits). */
export interface FanBand {
  year: number;
  p025: number;
  p10: number;
  p25: number;
  p50: number;
  p75: number;
  p90: number;
  p975: number;
}

export interface ChartTarget {
  year: number;
  value: number;
  /** at-least, above, about, exact, at-most, below (or any text, shown as written). */
  comparator: string;
}

export interface FanChartInput {
  /** the chart title as shown, e.g. "R&D经费支出占地区生产总值比重". */
  title: string;
  /** the unit as shown on the value axis, e.g. "%" or "家". */
  unit: string;
  language: Language;
  /** observations, oldest first. */
  history: YearValue[];
  /** projected quantiles per year, after the last observation. */
  bands: FanBand[];
  target?: ChartTarget;
  /** the even path from the base value to the target (for 序时进度 / time distance). */
  straightPath?: YearValue[];
  milestones?: (YearValue & { label: string })[];
}

type LegendEntry = { key: TextKey; color: string };

function byYear<T extends { year: number }>(points: readonly T[]): T[] {
  return [...points].sort((left, right) => left.year - right.year);
}

/**
 * Bands start where history ends: when the first band year follows the last observation, the observed
 * value is prepended as a zero-width band so the fan opens from the last known point.
 */
function bandsFromLastObservation(history: YearValue[], bands: FanBand[]): FanBand[] {
  const last = history[history.length - 1];
  const first = bands[0];
  if (last === undefined || first === undefined || first.year <= last.year) return bands;
  const v = last.value;
  return [{ year: last.year, p025: v, p10: v, p25: v, p50: v, p75: v, p90: v, p975: v }, ...bands];
}

export function buildFanChart(input: FanChartInput): TopLevelSpec {
  const { language } = input;
  const history = byYear(input.history).map((point) => ({ year: point.year, value: roundForChart(point.value) }));
  const bands = bandsFromLastObservation(history, byYear(input.bands)).map((band) => ({
    year: band.year, p025: roundForChart(band.p025), p10: roundForChart(band.p10), p25: roundForChart(band.p25),
    p50: roundForChart(band.p50), p75: roundForChart(band.p75), p90: roundForChart(band.p90), p975: roundForChart(band.p975),
  }));
  const straightPath = byYear(input.straightPath ?? []).map((point) => ({ year: point.year, value: roundForChart(point.value) }));
  const milestones = byYear(input.milestones ?? []).map((point) => ({ year: point.year, value: roundForChart(point.value), label: point.label }));
  const target = input.target;

  const years = [...history, ...bands, ...straightPath, ...milestones, ...(target ? [target] : [])].map((point) => point.year);
  if (years.length === 0) throw new Error('buildFanChart requires at least one history point, band, milestone or target');

  const valueTitle = translate(language, 'axis.value', { unit: input.unit });
  const y = (field: string) => ({ field, type: 'quantitative' as const, title: valueTitle, scale: { zero: false } });
  const yearTooltip = { field: 'year', type: 'quantitative' as const, title: translate(language, 'axis.year'), format: 'd' };
  const valueTooltip = (field: string, key: TextKey, suffix = '') => ({ field, type: 'quantitative' as const, title: `${translate(language, key)}${suffix}`, format: '.2f' });

  // One legend for every layer: each layer names its series with a calculated field, and every layer
  // carries the same colour definition (domain = the layers drawn, in drawing order), so nothing conflicts.
  const legend: LegendEntry[] = [
    ...(bands.length > 0
      ? [{ key: 'legend.interval-95', color: CHART_COLORS.outerBand }, { key: 'legend.interval-80', color: CHART_COLORS.middleBand }, { key: 'legend.interval-50', color: CHART_COLORS.innerBand }] as const
      : []),
    ...(straightPath.length > 0 ? [{ key: 'legend.straight-path', color: CHART_COLORS.straightPath }] as const : []),
    ...(bands.length > 0 ? [{ key: 'legend.median', color: CHART_COLORS.median }] as const : []),
    ...(history.length > 0 ? [{ key: 'legend.history', color: CHART_COLORS.history }] as const : []),
    ...(milestones.length > 0 ? [{ key: 'legend.milestone', color: CHART_COLORS.milestone }] as const : []),
    ...(target ? [{ key: 'legend.target', color: CHART_COLORS.target }] as const : []),
  ];
  const color = {
    field: 'series', type: 'nominal' as const,
    scale: { domain: legend.map((entry) => translate(language, entry.key)), range: legend.map((entry) => entry.color) },
    legend: { title: null, symbolType: 'square', columns: Math.min(legend.length, 4) },
  };
  const series = (key: TextKey) => [{ calculate: JSON.stringify(translate(language, key)), as: 'series' }];
  const layers: ChartLayer[] = [];

  if (bands.length > 0) {
    const band = (key: TextKey, lower: string, upper: string): ChartLayer => ({
      data: { values: bands },
      transform: series(key),
      mark: { type: 'area', opacity: 1 },
      encoding: { y: y(lower), y2: { field: upper }, color },
    });
    layers.push(band('legend.interval-95', 'p025', 'p975'), band('legend.interval-80', 'p10', 'p90'), band('legend.interval-50', 'p25', 'p75'));
  }
  if (straightPath.length > 0) {
    layers.push({
      data: { values: straightPath },
      transform: series('legend.straight-path'),
      mark: { type: 'line', strokeDash: [6, 4], strokeWidth: 1.5 },
      encoding: { y: y('value'), color, tooltip: [yearTooltip, valueTooltip('value', 'legend.straight-path')] },
    });
  }
  if (bands.length > 0) {
    layers.push({
      data: { values: bands },
      transform: series('legend.median'),
      mark: { type: 'line', strokeWidth: 2.5 },
      encoding: {
        y: y('p50'), color,
        tooltip: [
          yearTooltip, valueTooltip('p50', 'legend.median'),
          valueTooltip('p25', 'legend.interval-50', ' ↓'), valueTooltip('p75', 'legend.interval-50', ' ↑'),
          valueTooltip('p10', 'legend.interval-80', ' ↓'), valueTooltip('p90', 'legend.interval-80', ' ↑'),
          valueTooltip('p025', 'legend.interval-95', ' ↓'), valueTooltip('p975', 'legend.interval-95', ' ↑'),
        ],
      },
    });
  }
  if (history.length > 0) {
    layers.push({
      data: { values: history },
      transform: series('legend.history'),
      mark: { type: 'line', strokeWidth: 2, point: { filled: true, size: 40, opacity: 1 } },
      encoding: { y: y('value'), color, tooltip: [yearTooltip, valueTooltip('value', 'legend.history')] },
    });
  }
  if (milestones.length > 0) {
    layers.push({
      data: { values: milestones },
      layer: [
        { transform: series('legend.milestone'), mark: { type: 'point', shape: 'triangle-up', filled: true, size: 110, opacity: 1 }, encoding: { color, tooltip: [yearTooltip, { field: 'label', type: 'nominal', title: translate(language, 'legend.milestone') }] } },
        { mark: { type: 'text', dy: 14, fontSize: 11, color: CHART_COLORS.milestone }, encoding: { text: { field: 'label', type: 'nominal' } } },
      ],
      encoding: { y: y('value') },
    });
  }
  if (target) {
    const label = translate(language, 'chart.target-label', { comparator: comparatorSymbol(target.comparator), value: formatLabelNumber(target.value), year: target.year });
    layers.push({
      data: { values: [{ year: target.year, value: roundForChart(target.value), label }] },
      layer: [
        { transform: series('legend.target'), mark: { type: 'point', shape: 'diamond', filled: true, size: 160, opacity: 1 }, encoding: { color, tooltip: [{ field: 'label', type: 'nominal', title: translate(language, 'legend.target') }] } },
        { mark: { type: 'text', dy: -14, align: 'right', fontSize: 12, fontWeight: 'bold', color: CHART_COLORS.target }, encoding: { text: { field: 'label', type: 'nominal' } } },
      ],
      encoding: { y: y('value') },
    });
  }

  return {
    $schema: VEGA_LITE_SCHEMA_URL,
    title: { text: input.title, subtitle: translate(language, 'chart.fan.subtitle', { unit: input.unit }) },
    ...chartFrame(),
    encoding: { x: yearAxis(language, years) },
    layer: layers,
  };
}

/**
 * What every chart shares: the Vega-Lite schema address, the fixed size, the CJK-capable font stack, the
 * colours, the integer year axis, and small formatters for labels. Charts are plain data (Vega-Lite
 * specs), so everything here is deterministic: no clock, no locale-dependent formatting.
 */
import type { Config, TopLevelSpec } from 'vega-lite';
import { translate, type Language } from '../messages.js';

/** The schema a spec declares (a string only; nothing fetches it). */
export const VEGA_LITE_SCHEMA_URL = 'https://vega.github.io/schema/vega-lite/v6.json';

/** Noto Sans CJK SC first (installed for headless rendering), then what readers' systems have. */
export const CHART_FONT_FAMILY = 'Noto Sans CJK SC, Source Han Sans SC, PingFang SC, Microsoft YaHei, sans-serif';

/** The plotting area; `autosize: fit` keeps the whole picture at exactly this size. */
export const CHART_WIDTH = 640;
export const CHART_HEIGHT = 360;

/** One layer of a layered spec. */
export type ChartLayer = Extract<TopLevelSpec, { layer: unknown }>['layer'][number];

export const CHART_COLORS = {
  history: '#262626',
  median: '#1f5fa8',
  /** the 50 % band (p25–p75), darkest */
  innerBand: '#86addb',
  /** the 80 % band (p10–p90) */
  middleBand: '#b5cfea',
  /** the 95 % band (p2.5–p97.5), lightest */
  outerBand: '#dde9f6',
  target: '#c0392b',
  straightPath: '#6b7280',
  milestone: '#d97706',
  lowSetting: '#d95f02',
  highSetting: '#1b9e77',
  baseRule: '#262626',
} as const;

/** Colours for scenarios, in order; colour-blind safe (Okabe–Ito). */
export const SCENARIO_PALETTE = ['#0072b2', '#e69f00', '#009e73', '#cc79a7', '#56b4e9', '#d55e00', '#000000'] as const;

/** Fixed sizes and fonts; `autosize: fit` with padding so the picture is exactly width × height. */
export function chartFrame(width = CHART_WIDTH, height = CHART_HEIGHT): { width: number; height: number; autosize: { type: 'fit'; contains: 'padding' }; padding: number; background: string; config: Config } {
  return {
    width,
    height,
    autosize: { type: 'fit', contains: 'padding' },
    padding: 12,
    background: '#ffffff',
    config: {
      font: CHART_FONT_FAMILY,
      view: { stroke: null },
      title: { fontSize: 16, fontWeight: 'bold', anchor: 'start', subtitleFontSize: 12, subtitleColor: '#4b5563', offset: 10 },
      axis: { labelFontSize: 11, titleFontSize: 12, titleFontWeight: 'normal', gridColor: '#e5e7eb', domainColor: '#6b7280', tickColor: '#6b7280' },
      legend: { labelFontSize: 11, titleFontSize: 12, orient: 'bottom', direction: 'horizontal', symbolSize: 120, columnPadding: 16, labelLimit: 260 },
    },
  };
}

/**
 * An x position on integer years: no thousands separator, no fractional ticks, no zero; 16 px of padding
 * so marks in the first and last year (the target diamond) are not cut by the frame.
 */
export function yearAxis(language: Language, years: readonly number[]) {
  const first = Math.min(...years);
  const last = Math.max(...years);
  return {
    field: 'year',
    type: 'quantitative' as const,
    title: translate(language, 'axis.year'),
    scale: { domain: [first, last], nice: false, zero: false, padding: 16 },
    axis: { format: 'd', tickMinStep: 1, labelFlush: true, grid: false },
  };
}

/** The symbol a target label uses for a comparator (at-least → ≥); unknown words pass through. */
export function comparatorSymbol(comparator: string): string {
  const symbols: Record<string, string> = { 'at-least': '≥', above: '>', about: '≈', exact: '', 'at-most': '≤', below: '<' };
  return symbols[comparator] ?? comparator;
}

/** A label number: at most two decimals, trailing zeros dropped, no grouping (4.80 → "4.8"). */
export function formatLabelNumber(value: number): string {
  return String(Number(value.toFixed(2)));
}

/** A probability as a whole percentage (0.624 → "62%"). */
export function formatProbability(probability: number): string {
  return `${Math.round(probability * 100)}%`;
}

/** Rounds a number to 10 significant digits so floating-point noise never reaches a golden file. */
export function roundForChart(value: number): number {
  return Number.isFinite(value) ? Number(value.toPrecision(10)) : value;
}

/**
 * The status summary: one horizontal bar per indicator with its probability of meeting the target,
 * coloured by its progress status (green: achieved / on track … red: moving away / storm / missed, grey:
 * not assessable or no data) — or, with `colorBy: 'outlook'`, by the probability in words (very likely
 * … very unlikely) — the percentage written at the bar's end, and a dotted rule at 50 %. Indicators keep
 * the order they are given in; the legend lists the colours present in canonical order.
 */
import type { TopLevelSpec } from 'vega-lite';
import type { FeasibilityStatus } from '../../feasibility/goal-assessment.js';
import { STATUS_NAMES, statusName, translate, type Language, type StatusName } from '../messages.js';
import { CHART_WIDTH, VEGA_LITE_SCHEMA_URL, chartFrame, formatProbability, roundForChart } from './chart-style.js';

export interface StatusSummaryIndicator {
  /** the indicator id, e.g. "rd_intensity". */
  indicator: string;
  /** the name as shown. */
  label: string;
  /** probability of meeting the target (0–1), or null where none could be computed. */
  probability: number | null;
  status: StatusName;
  /** the probability in words; used with `colorBy: 'outlook'` (missing: no data) */
  outlook?: FeasibilityStatus;
}

export interface StatusSummaryInput {
  title: string;
  /** the line under the title (default: "probability of meeting each target") */
  subtitle?: string;
  language: Language;
  indicators: StatusSummaryIndicator[];
  /** colour the bars by progress status (default) or by outlook */
  colorBy?: 'status' | 'outlook';
}

/** Outlooks in legend order, best first. */
export const OUTLOOK_ORDER: readonly FeasibilityStatus[] = ['achieved', 'very-likely', 'likely', 'uncertain', 'unlikely', 'very-unlikely', 'missed', 'no-data'];

/** Colours of the outlook, from green to red, grey without data. */
export const OUTLOOK_COLORS: Record<FeasibilityStatus, string> = {
  achieved: '#1a7f37', 'very-likely': '#1a7f37', likely: '#2e9e4f', uncertain: '#f0a202', unlikely: '#e07b39', 'very-unlikely': '#c0392b',
  missed: '#c0392b', 'no-data': '#d1d5db',
};

/** Traffic-light colours by how well the status bodes for the target. */
export const STATUS_COLORS: Record<StatusName, string> = {
  achieved: '#1a7f37', 'on-track': '#2e9e4f', 'on-schedule': '#2e9e4f', maintain: '#2e9e4f', sun: '#2e9e4f',
  'moderate-progress': '#9bbf3b', 'fair-progress': '#9bbf3b', 'sun-and-cloud': '#9bbf3b',
  'insufficient-progress': '#f0a202', 'limited-progress': '#f0a202', 'behind-schedule': '#f0a202', accelerate: '#f0a202', cloud: '#f0a202',
  'moving-away': '#c0392b', deterioration: '#c0392b', reverse: '#c0392b', storm: '#c0392b', missed: '#c0392b',
  'not-assessable': '#9ca3af', 'no-data': '#d1d5db',
  'completed-early': '#1a7f37', 'on-schedule-exceed': '#2e9e4f', 'on-schedule-expected': '#9bbf3b', 'behind-or-at-risk': '#f0a202',
  'achieved-early': '#1a7f37', 'ahead-of-expectations': '#2e9e4f', 'in-line': '#9bbf3b', lagging: '#f0a202',
};

export function buildStatusSummaryChart(input: StatusSummaryInput): TopLevelSpec {
  const { language } = input;
  if (input.indicators.length === 0) throw new Error('buildStatusSummaryChart requires at least one indicator');
  const labels = input.indicators.map((indicator) => indicator.label);
  if (new Set(labels).size !== labels.length) throw new Error(`buildStatusSummaryChart requires distinct indicator labels, got ${labels.join(', ')}`);

  const byOutlook = input.colorBy === 'outlook';
  const outlookOf = (indicator: StatusSummaryIndicator): FeasibilityStatus => indicator.outlook ?? 'no-data';
  const colours = byOutlook
    ? OUTLOOK_ORDER.filter((outlook) => input.indicators.some((indicator) => outlookOf(indicator) === outlook)).map((outlook) => ({ name: translate(language, `outlook.${outlook}`), color: OUTLOOK_COLORS[outlook] }))
    : STATUS_NAMES.filter((status) => input.indicators.some((indicator) => indicator.status === status)).map((status) => ({ name: statusName(language, status), color: STATUS_COLORS[status] }));
  const rows = input.indicators.map((indicator) => ({
    indicator: indicator.indicator,
    label: indicator.label,
    probability: indicator.probability === null ? 0 : roundForChart(indicator.probability),
    probabilityText: indicator.probability === null ? translate(language, 'report.not-available') : formatProbability(indicator.probability),
    status: byOutlook ? translate(language, `outlook.${outlookOf(indicator)}`) : statusName(language, indicator.status),
  }));
  const probabilityTitle = translate(language, 'axis.probability');
  const y = { field: 'label', type: 'nominal' as const, title: null, sort: labels, axis: { labelLimit: 260, labelFontSize: 12 } };
  const x = { field: 'probability', type: 'quantitative' as const, title: probabilityTitle, scale: { domain: [0, 1], nice: false }, axis: { format: '.0%', tickCount: 5 } };

  return {
    $schema: VEGA_LITE_SCHEMA_URL,
    title: { text: input.title, subtitle: input.subtitle ?? translate(language, 'chart.status-summary.title') },
    ...chartFrame(CHART_WIDTH, Math.max(180, 108 + 34 * rows.length)),
    data: { values: rows },
    layer: [
      {
        mark: { type: 'bar', height: { band: 0.65 } },
        encoding: {
          x, y,
          color: {
            field: 'status', type: 'nominal', title: translate(language, byOutlook ? 'table.probability' : 'legend.status'),
            scale: { domain: colours.map((entry) => entry.name), range: colours.map((entry) => entry.color) },
            // three to a row: five English class names in one row run past the chart's width and are cut off
            legend: { title: null, columns: 3 },
          },
          tooltip: [
            { field: 'label', type: 'nominal', title: translate(language, 'table.indicator') },
            { field: 'probabilityText', type: 'nominal', title: probabilityTitle },
            { field: 'status', type: 'nominal', title: translate(language, byOutlook ? 'table.probability' : 'table.status') },
          ],
        },
      },
      {
        mark: { type: 'text', align: 'left', dx: 4, fontSize: 11, color: '#374151' },
        encoding: { x, y, text: { field: 'probabilityText', type: 'nominal' } },
      },
      {
        data: { values: [{ half: 0.5 }] },
        mark: { type: 'rule', strokeDash: [2, 3], color: '#6b7280' },
        encoding: { x: { field: 'half', type: 'quantitative' } },
      },
    ],
  };
}

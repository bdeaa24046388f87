/**
 * The tornado chart: how the probability of meeting a target moves when one lever at a time is set to
 * its low or high value, the others staying at the baseline. Each lever gets two bars starting at the
 * base probability — one to the probability at the low setting, one to the probability at the high
 * setting — and levers are sorted by swing |high − low|, widest first (ties by lever id, so the order is
 * deterministic). Levers with a group are shown apart: policy levers (what planners control) first, then
 * risks (what they do not), each labelled with its group and ranked by how far it moves the probability
 * from the base. A vertical rule marks the base probability.
 */
import type { TopLevelSpec } from 'vega-lite';
import { translate, type Language } from '../messages.js';
import { CHART_COLORS, CHART_WIDTH, VEGA_LITE_SCHEMA_URL, chartFrame, formatProbability, roundForChart } from './chart-style.js';

export interface TornadoLever {
  /** the lever id, e.g. "rd-growth". */
  lever: string;
  /** the name as shown, e.g. "研发投入增速 ±2个百分点". */
  label: string;
  /** probability of meeting the target with the lever at its low setting (0–1). */
  low: number;
  /** probability with the lever at its high setting (0–1). */
  high: number;
  /** `policy`: planners control it; `risk`: they do not. Grouped levers are drawn policies first. */
  group?: 'policy' | 'risk';
}

export interface TornadoInput {
  title: string;
  language: Language;
  /** probability with every lever at its baseline setting (0–1). */
  baseProbability: number;
  levers: TornadoLever[];
}

/** Levers ordered by swing, widest first. */
export function sortLeversBySwing(levers: readonly TornadoLever[]): TornadoLever[] {
  return [...levers].sort((left, right) => {
    const difference = Math.abs(right.high - right.low) - Math.abs(left.high - left.low);
    if (difference !== 0) return difference;
    return left.lever < right.lever ? -1 : left.lever > right.lever ? 1 : 0;
  });
}

/** Policy levers first, then risks, each by how far it moves the probability from the base (ties by lever id). */
export function orderLeversByGroup(levers: readonly TornadoLever[], baseProbability: number): TornadoLever[] {
  const reach = (lever: TornadoLever): number => Math.max(Math.abs(lever.low - baseProbability), Math.abs(lever.high - baseProbability));
  const rank = (lever: TornadoLever): number => (lever.group === 'risk' ? 1 : 0);
  return [...levers].sort((left, right) => rank(left) - rank(right) || reach(right) - reach(left) || (left.lever < right.lever ? -1 : left.lever > right.lever ? 1 : 0));
}

/** Height grows with the number of levers so bars keep their thickness. */
function tornadoHeight(leverCount: number): number {
  return Math.max(160, 90 + 44 * leverCount);
}

export function buildTornadoChart(input: TornadoInput): TopLevelSpec {
  const { language } = input;
  const probabilities = [input.baseProbability, ...input.levers.flatMap((lever) => [lever.low, lever.high])];
  for (const probability of probabilities) {
    if (!(probability >= 0 && probability <= 1)) throw new Error(`buildTornadoChart requires probabilities between 0 and 1, got ${probability}`);
  }
  const labels = input.levers.map((lever) => lever.label);
  if (new Set(labels).size !== labels.length) throw new Error(`buildTornadoChart requires distinct lever labels, got ${labels.join(', ')}`);

  const grouped = input.levers.some((lever) => lever.group !== undefined);
  const ordered = (grouped ? orderLeversByGroup(input.levers, input.baseProbability) : sortLeversBySwing(input.levers)).map((lever) =>
    lever.group === undefined ? lever : { ...lever, label: `${translate(language, lever.group === 'policy' ? 'sensitivity.policy-short' : 'sensitivity.risk-kind')} · ${lever.label}` });
  const lowName = translate(language, 'legend.low-setting');
  const highName = translate(language, 'legend.high-setting');
  const base = roundForChart(input.baseProbability);
  const rows = ordered.flatMap((lever) => [
    { lever: lever.lever, label: lever.label, setting: lowName, from: base, to: roundForChart(lever.low), probabilityText: formatProbability(lever.low), side: lever.low < input.baseProbability ? 'left' : 'right' },
    { lever: lever.lever, label: lever.label, setting: highName, from: base, to: roundForChart(lever.high), probabilityText: formatProbability(lever.high), side: lever.high < input.baseProbability ? 'left' : 'right' },
  ]);
  const probabilityTitle = translate(language, 'axis.probability');
  const x = { field: 'from', type: 'quantitative' as const, title: probabilityTitle, scale: { domain: [0, 1], nice: false }, axis: { format: '.0%', tickCount: 5 } };
  const y = { field: 'label', type: 'nominal' as const, title: null, sort: ordered.map((lever) => lever.label), axis: { labelLimit: 220, labelFontSize: 12 } };

  return {
    $schema: VEGA_LITE_SCHEMA_URL,
    title: { text: input.title, subtitle: translate(language, 'chart.tornado.subtitle', { probability: formatProbability(input.baseProbability) }) },
    ...chartFrame(CHART_WIDTH, tornadoHeight(ordered.length)),
    layer: [
      {
        data: { values: rows },
        mark: { type: 'bar' },
        encoding: {
          x, x2: { field: 'to' }, y,
          yOffset: { field: 'setting', type: 'nominal', sort: [lowName, highName] },
          color: {
            field: 'setting', type: 'nominal', title: translate(language, 'legend.setting'),
            scale: { domain: [lowName, highName], range: [CHART_COLORS.lowSetting, CHART_COLORS.highSetting] },
            legend: { title: null },
          },
          tooltip: [
            { field: 'label', type: 'nominal', title: translate(language, 'sensitivity.lever') },
            { field: 'setting', type: 'nominal', title: translate(language, 'legend.setting') },
            { field: 'probabilityText', type: 'nominal', title: probabilityTitle },
          ],
        },
      },
      // probability labels just outside each bar's end: left of bars that point left, right of the others
      ...(['left', 'right'] as const).map((side) => ({
        data: { values: rows },
        transform: [{ filter: `datum.side === '${side}'` }],
        mark: { type: 'text' as const, fontSize: 10, align: side === 'left' ? ('right' as const) : ('left' as const), dx: side === 'left' ? -4 : 4, color: '#374151' },
        encoding: {
          x: { field: 'to', type: 'quantitative' as const }, y,
          yOffset: { field: 'setting', type: 'nominal' as const, sort: [lowName, highName] },
          text: { field: 'probabilityText', type: 'nominal' as const },
        },
      })),
      {
        data: { values: [{ base, label: translate(language, 'legend.base-probability') }] },
        mark: { type: 'rule', color: CHART_COLORS.baseRule, strokeWidth: 1.5 },
        encoding: { x: { field: 'base', type: 'quantitative' } },
      },
    ],
  };
}

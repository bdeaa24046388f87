/**
 * The scenario comparison chart: one median line per scenario with its 80 % band (p10–p90) shaded in the
 * scenario's colour, and the target drawn as a dashed rule with a labelled diamond in the target year.
 * Scenarios keep the order they are given in (baseline first, by convention), in legend and colours.
 */
import type { TopLevelSpec } from 'vega-lite';
import { translate, type Language } from '../messages.js';
import {
  CHART_COLORS, SCENARIO_PALETTE, VEGA_LITE_SCHEMA_URL, chartFrame, comparatorSymbol, formatLabelNumber, roundForChart,
  yearAxis, type ChartLayer,
} from './chart-style.js';
import type { ChartTarget } from './fan-chart.js';

export interface ScenarioPoint {
  year: number;
  p10: number;
  p50: number;
  p90: number;
}

export interface ScenarioSeries {
  /** the scenario id, e.g. "baseline". */
  scenario: string;
  /** the name as shown, e.g. "基准情景". */
  label: string;
  points: ScenarioPoint[];
}

export interface ScenarioComparisonInput {
  title: string;
  unit: string;
  language: Language;
  scenarios: ScenarioSeries[];
  target?: ChartTarget;
}

export function buildScenarioComparisonChart(input: ScenarioComparisonInput): TopLevelSpec {
  const { language } = input;
  if (input.scenarios.length === 0) throw new Error('buildScenarioComparisonChart requires at least one scenario');
  const labels = input.scenarios.map((series) => series.label);
  if (new Set(labels).size !== labels.length) throw new Error(`buildScenarioComparisonChart requires distinct scenario labels, got ${labels.join(', ')}`);

  const rows = input.scenarios.flatMap((series, order) =>
    [...series.points]
      .sort((left, right) => left.year - right.year)
      .map((point) => ({
        scenario: series.scenario, label: series.label, order, year: point.year,
        p10: roundForChart(point.p10), p50: roundForChart(point.p50), p90: roundForChart(point.p90),
      })),
  );
  const target = input.target;
  const years = [...rows.map((row) => row.year), ...(target ? [target.year] : [])];
  if (years.length === 0) throw new Error('buildScenarioComparisonChart requires at least one scenario point');

  const x = yearAxis(language, years);
  const valueTitle = translate(language, 'axis.value', { unit: input.unit });
  const y = (field: string) => ({ field, type: 'quantitative' as const, title: valueTitle, scale: { zero: false } });
  const scenarioName = translate(language, 'legend.scenario');
  const scale = { domain: labels, range: labels.map((_, index) => SCENARIO_PALETTE[index % SCENARIO_PALETTE.length] as string) };
  // Lines own the legend (stroke symbols); the bands' legend is switched off and legends are resolved
  // independently, so the legend shows the line colour rather than the pale band.
  // Long scenario names wrap into rows of at most three, so a five-scenario legend stays inside the frame.
  const color = { field: 'label', type: 'nominal' as const, title: scenarioName, scale, legend: { title: null, symbolType: 'stroke', symbolStrokeWidth: 3, columns: Math.min(labels.length, 3) } };
  const bandColor = { field: 'label', type: 'nominal' as const, title: scenarioName, scale, legend: null };

  const layers: ChartLayer[] = [
    {
      mark: { type: 'area', opacity: 0.12 },
      encoding: { x, y: y('p10'), y2: { field: 'p90' }, color: bandColor, detail: { field: 'label', type: 'nominal' } },
    },
    {
      mark: { type: 'line', strokeWidth: 2.5, point: { filled: true, size: 30, opacity: 1 } },
      encoding: {
        x, y: y('p50'), color,
        tooltip: [
          { field: 'label', type: 'nominal', title: scenarioName },
          { field: 'year', type: 'quantitative', title: translate(language, 'axis.year'), format: 'd' },
          { field: 'p50', type: 'quantitative', title: translate(language, 'legend.median'), format: '.2f' },
          { field: 'p10', type: 'quantitative', title: `${translate(language, 'legend.interval-80')} ↓`, format: '.2f' },
          { field: 'p90', type: 'quantitative', title: `${translate(language, 'legend.interval-80')} ↑`, format: '.2f' },
        ],
      },
    },
  ];
  if (target) {
    const label = translate(language, 'chart.target-label', { comparator: comparatorSymbol(target.comparator), value: formatLabelNumber(target.value), year: target.year });
    const targetRow = { year: target.year, value: roundForChart(target.value), label };
    layers.push(
      { data: { values: [targetRow] }, mark: { type: 'rule', strokeDash: [4, 4], color: CHART_COLORS.target, strokeWidth: 1.2 }, encoding: { y: y('value') } },
      { data: { values: [targetRow] }, mark: { type: 'point', shape: 'diamond', filled: true, size: 150, opacity: 1, color: CHART_COLORS.target }, encoding: { x, y: y('value') } },
      { data: { values: [targetRow] }, mark: { type: 'text', dy: -14, align: 'right', fontSize: 12, fontWeight: 'bold', color: CHART_COLORS.target }, encoding: { x, y: y('value'), text: { field: 'label', type: 'nominal' } } },
    );
  }

  return {
    $schema: VEGA_LITE_SCHEMA_URL,
    title: { text: input.title, subtitle: translate(language, 'chart.scenario.subtitle', { unit: input.unit }) },
    ...chartFrame(),
    data: { values: rows },
    resolve: { legend: { color: 'independent' } },
    layer: layers,
  };
}

/**
 * The report's charts, as named Vega-Lite specs (each becomes `<name>.vl.json`, `.svg` and `.png`):
 * - `status-summary`: the probability of every main goal still ahead (14th plan and later), coloured by
 *   the probability in words;
 * - `fan-<indicator>`: one fan chart per indicator with observations and a goal ahead — history, the
 *   main scenario's 50/80/95 % bands up to the main goal's year, the target, the straight path to it and
 *   the milestones before it;
 * - `scenario-comparison-<indicator>`: every scenario's median and 80 % band for the (up to four) first
 *   indicators in report order with a goal ahead — the core indicators, when the region has them;
 * - `sensitivity-<indicator>`: tornado charts for the (up to three) goals whose probability swings most.
 * Pure: the same model and language give the same specs.
 */
import type { TopLevelSpec } from 'vega-lite';
import { straightPathValue } from '../assessment/schedule-progress.js';
import { buildFanChart, type ChartTarget, type FanChartInput } from './charts/fan-chart.js';
import { buildScenarioComparisonChart, type ScenarioSeries } from './charts/scenario-comparison.js';
import { buildStatusSummaryChart } from './charts/status-summary.js';
import { buildTornadoChart } from './charts/tornado.js';
import { comparatorSymbol, formatLabelNumber } from './charts/chart-style.js';
import { translate, unitName, type Language } from './messages.js';
import type { ChartGoal, IndicatorForecast, ReportModel, SensitivityRow } from './report-model.js';

export interface ReportChart {
  /** the file name without extension, also the chart's id in index.html */
  name: string;
  /** the chart's title as shown (for screen readers and Markdown captions) */
  title: string;
  /** the indicator the chart is about, if one */
  indicator?: string;
  kind: 'status-summary' | 'fan' | 'scenario-comparison' | 'sensitivity';
  spec: TopLevelSpec;
}

export const MAXIMUM_COMPARISON_CHARTS = 4;
export const MAXIMUM_TORNADO_CHARTS = 3;

const isLevel = (goal: ChartGoal): boolean => goal.kind !== 'cumulative-target';

function target(goal: ChartGoal): ChartTarget {
  return { year: goal.year, value: goal.value, comparator: goal.comparator };
}

function goalLabel(goal: ChartGoal, language: Language): string {
  const parameters = { comparator: comparatorSymbol(goal.comparator), value: formatLabelNumber(goal.value), year: goal.year };
  return translate(language, goal.kind === 'milestone' ? 'chart.milestone-label' : 'chart.target-label', parameters);
}

export function fanChartInput(forecast: IndicatorForecast, language: Language): FanChartInput | undefined {
  const main = forecast.mainGoal;
  const quantiles = forecast.scenarios[0]?.quantiles ?? [];
  if (main === null || quantiles.length === 0) return undefined;
  // The fan ends at the main goal (the plan's end): later goals (2035) would stretch the time axis and
  // let the widening bands flatten everything before them; they are in the tables.
  const levelGoals = forecast.otherGoals.filter((goal) => isLevel(goal) && goal.year < main.year);
  const input: FanChartInput = {
    title: forecast.name[language], unit: unitName(language, forecast.unit), language,
    history: forecast.history, bands: quantiles.filter((row) => row.year <= main.year),
  };
  if (isLevel(main)) {
    input.target = target(main);
    if (main.baseYear !== null && main.baseValue !== null && main.baseYear < main.year) {
      const path = { baseYear: main.baseYear, baseValue: main.baseValue, targetYear: main.year, targetValue: main.value };
      input.straightPath = Array.from({ length: main.year - main.baseYear + 1 }, (_, index) => ({ year: main.baseYear! + index, value: straightPathValue(path, main.baseYear! + index) }));
    }
  }
  if (levelGoals.length > 0) input.milestones = levelGoals.map((goal) => ({ year: goal.year, value: goal.value, label: goalLabel(goal, language) }));
  return input;
}

function scenarioSeries(model: ReportModel, forecast: IndicatorForecast, language: Language, lastYear: number): ScenarioSeries[] {
  const last = forecast.history[forecast.history.length - 1];
  return forecast.scenarios.map(({ scenario, quantiles }) => {
    const summary = model.meta.scenarios.find((candidate) => candidate.id === scenario);
    const points = quantiles.filter((row) => row.year <= lastYear).map((row) => ({ year: row.year, p10: row.p10, p50: row.p50, p90: row.p90 }));
    // Lines start from the last observation, so every scenario visibly leaves the same point.
    if (last !== undefined && points.length > 0 && points[0]!.year > last.year) points.unshift({ year: last.year, p10: last.value, p50: last.value, p90: last.value });
    return { scenario, label: summary?.label[language] ?? scenario, points };
  });
}

function tornadoCandidates(rows: readonly SensitivityRow[]): SensitivityRow[] {
  const swing = (row: SensitivityRow): number => Math.max(0, ...row.levers.map((lever) => Math.abs(lever.high - lever.low)));
  // rows arrive in report order; a stable sort keeps that order among equal swings
  const drawable = (row: SensitivityRow): boolean => [row.baseProbability, ...row.levers.flatMap((lever) => [lever.low, lever.high])].every(Number.isFinite);
  return rows.filter((row) => row.levers.length > 0 && drawable(row) && swing(row) > 0).sort((left, right) => swing(right) - swing(left)).slice(0, MAXIMUM_TORNADO_CHARTS);
}

/** Indicator labels for the status chart: the name, with the id added where two names coincide. */
function distinctLabels(names: readonly { indicator: string; label: string }[]): string[] {
  return names.map(({ indicator, label }) => (names.filter((other) => other.label === label).length > 1 ? `${label} (${indicator})` : label));
}

/** The fan charts of these forecasts (the report's, or indicatorForecasts' of the main scenario alone: the same). */
export function fanCharts(forecasts: readonly IndicatorForecast[], language: Language): ReportChart[] {
  return forecasts.flatMap((forecast): ReportChart[] => {
    const input = fanChartInput(forecast, language);
    return input ? [{ name: `fan-${forecast.indicator}`, title: translate(language, 'chart.fan.title', { indicator: input.title }), indicator: forecast.indicator, kind: 'fan', spec: buildFanChart(input) }] : [];
  });
}

export function buildReportCharts(model: ReportModel, language: Language = model.meta.language): ReportChart[] {
  const charts: ReportChart[] = [];
  const mainScenario = model.meta.scenarios[0];
  // 14th-plan (and later) main goals only: a 13th-plan goal simulated from older data belongs to its own table
  const mainGoals = model.goals.filter((row) => row.isMainGoal && row.basis === 'simulated' && row.section === 'current');
  if (mainGoals.length > 0) {
    const labels = distinctLabels(mainGoals.map((row) => ({ indicator: row.indicator, label: row.name[language] })));
    const title = translate(language, 'chart.status-summary.region-title', { region: model.meta.regionName[language] });
    const subtitle = translate(language, 'report.main-scenario', { scenario: mainScenario?.label[language] ?? model.meta.mainScenario });
    charts.push({
      name: 'status-summary', title, kind: 'status-summary',
      spec: buildStatusSummaryChart({
        title, subtitle, language, colorBy: 'outlook',
        indicators: mainGoals.map((row, index) => ({ indicator: row.indicator, label: labels[index]!, probability: row.probability, status: row.status, outlook: row.outlook })),
      }),
    });
  }
  charts.push(...fanCharts(model.forecasts, language));
  const compared = model.forecasts.filter((forecast) => forecast.mainGoal !== null && forecast.scenarios.length > 1 && forecast.scenarios.every((entry) => entry.quantiles.length > 0)).slice(0, MAXIMUM_COMPARISON_CHARTS);
  for (const forecast of compared) {
    const goal = forecast.mainGoal!;
    const title = translate(language, 'chart.scenario.title', { indicator: forecast.name[language] });
    charts.push({
      name: `scenario-comparison-${forecast.indicator}`, title, indicator: forecast.indicator, kind: 'scenario-comparison',
      spec: buildScenarioComparisonChart({
        title, unit: unitName(language, forecast.unit), language, scenarios: scenarioSeries(model, forecast, language, goal.year),
        ...(isLevel(goal) ? { target: target(goal) } : {}),
      }),
    });
  }
  for (const row of tornadoCandidates(model.sensitivity)) {
    const title = translate(language, 'chart.tornado.title', { indicator: row.name[language] });
    charts.push({
      name: `sensitivity-${row.indicator}`, title, indicator: row.indicator, kind: 'sensitivity',
      spec: buildTornadoChart({ title, language, baseProbability: row.baseProbability, levers: row.levers.map((lever) => ({ lever: lever.lever, group: lever.control, label: lever.label[language], low: lever.low, high: lever.high })) }),
    });
  }
  return charts;
}

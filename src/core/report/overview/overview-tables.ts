/**
 * The overview's tables and chart, in either language: the status classes per region (columns: every
 * class that occurs, in each preset's order), the main goals side by side (one row per indicator, one
 * column per region: the goal and its probability, coloured), and the reports with their evaluation.
 */
import type { TopLevelSpec } from 'vega-lite';
import { VEGA_LITE_SCHEMA_URL, chartFrame } from '../charts/chart-style.js';
import { STATUS_COLORS } from '../charts/status-summary.js';
import { statusName, translate, type Language, type StatusName } from '../messages.js';
import type { ReportTable } from '../report-tables.js';
import { formatChance, goalText, OUTLOOK_COLORS, outlookName } from '../report-text.js';
import type { OverviewModel } from './overview-model.js';

function statusesOf(model: OverviewModel): StatusName[] {
  const order: StatusName[] = [];
  for (const region of model.regions) for (const entry of region.statusCounts) if (!order.includes(entry.status)) order.push(entry.status);
  return order;
}

export function overviewStatusTable(model: OverviewModel, language: Language): ReportTable {
  const statuses = statusesOf(model);
  return {
    id: 'overview-status',
    headers: [translate(language, 'overview.region'), ...statuses.map((status) => statusName(language, status))],
    rows: model.regions.map((region) => [
      { text: region.name[language] },
      ...statuses.map((status) => {
        const count = region.statusCounts.find((entry) => entry.status === status)?.count;
        return { text: count === undefined ? null : String(count), ...(count ? { color: STATUS_COLORS[status] } : {}) };
      }),
    ]),
    numericColumns: statuses.map((_, index) => index + 1),
  };
}

export function overviewGoalsTable(model: OverviewModel, language: Language): ReportTable {
  return {
    id: 'overview-goals',
    headers: [translate(language, 'table.indicator'), ...model.regions.map((region) => region.name[language])],
    rows: model.indicators.map((indicator) => [
      { text: indicator.name[language] },
      ...model.regions.map((region) => {
        const goal = region.mainGoals.find((entry) => entry.indicator === indicator.indicator);
        if (goal === undefined) return { text: null };
        const probability = goal.probability === null ? outlookName(language, goal.outlook) : formatChance(goal.probability)!;
        return { text: translate(language, 'overview.goal-cell', { goal: goalText(goal, language), probability }), color: OUTLOOK_COLORS[goal.outlook] };
      }),
    ]),
    numericColumns: [],
  };
}

export function overviewReportsTable(model: OverviewModel, language: Language): ReportTable {
  return {
    id: 'overview-reports',
    headers: [translate(language, 'overview.region'), translate(language, 'overview.evaluation'), translate(language, 'overview.data-year'), translate(language, 'table.preset'), translate(language, 'overview.report')],
    rows: model.regions.map((region) => [
      { text: region.name[language] },
      { text: `${region.plan === null ? '' : region.plan[language]}${language === 'en' && region.plan !== null ? ' ' : ''}${translate(language, `overview.kind.${region.kind}`)}` },
      { text: region.year === null ? null : String(region.year) },
      { text: translate(language, `preset.${region.preset as 'schedule'}`) },
      { text: `${region.link}/index.html` },
    ]),
    numericColumns: [2],
  };
}

/** Stacked bars: each region's goals by status class, in the classes' colours. */
/** Pixels of the overview chart's frame outside the bars and the legend's rows: title, axis, legend title, padding. */
const OVERVIEW_CHART_CHROME = 150;

export function overviewStatusChart(model: OverviewModel, language: Language): TopLevelSpec {
  const statuses = statusesOf(model);
  const values = model.regions.flatMap((region) => region.statusCounts.filter((entry) => entry.count > 0).map((entry) => ({
    region: region.name[language], status: statusName(language, entry.status), order: statuses.indexOf(entry.status), count: entry.count,
  })));
  const title = translate(language, 'overview.chart-title');
  return {
    $schema: VEGA_LITE_SCHEMA_URL,
    // the frame holds the title, the axis and the two-column legend besides the bars: room for each
    ...chartFrame(640, OVERVIEW_CHART_CHROME + 20 * Math.ceil(statuses.length / 2) + 44 * Math.max(2, model.regions.length)),
    title: { text: title },
    data: { values },
    mark: { type: 'bar' },
    encoding: {
      y: { field: 'region', type: 'nominal', title: null, sort: model.regions.map((region) => region.name[language]) },
      x: { field: 'count', type: 'quantitative', stack: 'zero', title: translate(language, 'overview.goal-count') },
      color: {
        field: 'status', type: 'nominal', title: translate(language, 'legend.status'),
        scale: { domain: statuses.map((status) => statusName(language, status)), range: statuses.map((status) => STATUS_COLORS[status]) },
        legend: { orient: 'bottom', columns: 2, labelLimit: 320 },
      },
      order: { field: 'order', type: 'quantitative' },
      tooltip: [{ field: 'region', type: 'nominal' }, { field: 'status', type: 'nominal' }, { field: 'count', type: 'quantitative' }],
    },
  } as TopLevelSpec;
}

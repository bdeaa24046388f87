/**
 * The overview page's sections (reports/index.html) for buildHtmlDocument: the status classes per region
 * with the stacked-bar chart, the main goals side by side, and the reports with links to each. Text is
 * escaped here (the core cannot use the render layer's helpers). Pure.
 */
import type { TopLevelSpec } from 'vega-lite';
import { translate, type Language } from '../messages.js';
import { escapeText, htmlReportTable, REPORT_TABLE_STYLE } from '../report-html-sections.js';
import type { OverviewModel } from './overview-model.js';
import { overviewGoalsTable, overviewReportsTable, overviewStatusChart, overviewStatusTable } from './overview-tables.js';

export interface OverviewHtmlSection {
  id: string;
  heading: string;
  html: string;
  charts: { id: string; title: string; spec: TopLevelSpec }[];
}

export const OVERVIEW_CHART_ID = 'overview-status';

/** The reports table with each report's folder as a link. */
function reportsHtml(model: OverviewModel, language: Language): string {
  const table = overviewReportsTable(model, language);
  const head = `<thead><tr>${table.headers.map((header) => `<th>${escapeText(header)}</th>`).join('')}</tr></thead>`;
  const body = table.rows.map((row, index) => {
    const link = `${model.regions[index]!.link}/index.html`;
    const cells = row.slice(0, -1).map((cell) => `<td>${cell.text === null ? '—' : escapeText(cell.text)}</td>`).join('');
    return `<tr>${cells}<td><a href="${escapeText(encodeURI(link))}">${escapeText(translate(language, 'overview.open'))}</a> <code>${escapeText(link)}</code></td></tr>`;
  }).join('');
  return `<div class="table-wrap" style="overflow-x:auto"><table data-table="${table.id}">${head}<tbody>${body}</tbody></table></div>`;
}

export function overviewHtmlSections(model: OverviewModel, language: Language): OverviewHtmlSection[] {
  const paragraph = (key: 'overview.status-intro' | 'overview.goals-intro') => `<p>${escapeText(translate(language, key))}</p>`;
  return [
    {
      id: 'status', heading: translate(language, 'overview.status-section'),
      html: `${REPORT_TABLE_STYLE}${paragraph('overview.status-intro')}${htmlReportTable(overviewStatusTable(model, language))}`,
      charts: [{ id: OVERVIEW_CHART_ID, title: translate(language, 'overview.chart-title'), spec: overviewStatusChart(model, language) }],
    },
    { id: 'goals', heading: translate(language, 'overview.goals-section'), html: `${paragraph('overview.goals-intro')}${htmlReportTable(overviewGoalsTable(model, language))}`, charts: [] },
    { id: 'reports', heading: translate(language, 'overview.reports-section'), html: reportsHtml(model, language), charts: [] },
  ];
}

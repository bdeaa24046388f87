/**
 * The sections of index.html: the report outline (report-outline.ts) as HTML for buildHtmlDocument
 * (src/render/html-document.ts) — tables with coloured status and outlook cells, paragraphs, lists and
 * the charts of each section (their specs; the edge adds the pre-rendered SVG). All text is escaped
 * here, because the core cannot use the render layer's escapeHtml (it reads files). Pure.
 */
import type { TopLevelSpec } from 'vega-lite';
import type { ReportChart } from './report-charts.js';
import type { ReportModel } from './report-model.js';
import { reportOutline, type OutlineBlock } from './report-outline.js';
import type { ReportTable, TableCell } from './report-tables.js';
import { textColorOn } from './report-text.js';

/** Structurally an HtmlSection of src/render/html-document.ts. */
export interface ReportHtmlSection {
  id: string;
  heading: string;
  html: string;
  charts: { id: string; title: string; spec: TopLevelSpec }[];
}

export function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** Compact report tables (many columns in a printable width, smaller still on paper); numbers and pills never break. */
export const REPORT_TABLE_STYLE = '<style>table[data-table]{font-size:.8rem}table[data-table] td.number{white-space:nowrap}.status-pill{display:inline-block;padding:0 .45em;border-radius:.3em}sup.source-ref{color:#4b5563;font-size:.7em;margin-left:.1em}.source-files{font-size:.75rem;color:#6b7280;border-top:1px solid #e5e7eb;margin-top:1.2rem;padding-top:.4rem;word-break:break-all}.source-files ol{list-style:none;padding-left:0;margin:.2rem 0}@media print{table[data-table]{font-size:7.5pt}}</style>';

function cellHtml(tag: 'td' | 'th', cell: TableCell, numeric: boolean): string {
  const references = cell.sources === undefined || cell.sources.length === 0 ? '' : `<sup class="source-ref">[${cell.sources.join(',')}]</sup>`;
  const text = cell.text === null ? '—' : `${escapeText(cell.text)}${references}`;
  const classes = numeric ? ' class="number"' : '';
  if (!cell.color) return `<${tag}${classes}>${text}</${tag}>`;
  // a pill in the status colour; inline style is allowed by the page's Content-Security-Policy
  return `<${tag}${classes}><span class="status-pill" style="background:${cell.color};color:${textColorOn(cell.color)}">${text}</span></${tag}>`;
}

export function htmlReportTable(table: ReportTable): string {
  const numeric = new Set(table.numericColumns);
  const head = `<thead><tr>${table.headers.map((header, column) => cellHtml('th', { text: header }, numeric.has(column))).join('')}</tr></thead>`;
  const body = `<tbody>${table.rows.map((row) => `<tr>${row.map((cell, column) => cellHtml('td', cell, numeric.has(column))).join('')}</tr>`).join('')}</tbody>`;
  return `<div class="table-wrap" style="overflow-x:auto"><table data-table="${escapeText(table.id)}">${head}${body}</table></div>`;
}

function blockHtml(entry: OutlineBlock): string {
  switch (entry.type) {
    case 'paragraph':
      return `<p>${escapeText(entry.text)}</p>`;
    case 'list':
      return `<ul>${entry.items.map((item) => `<li>${escapeText(item)}</li>`).join('')}</ul>`;
    case 'subheading':
      return `<h3>${escapeText(entry.text)}</h3>`;
    case 'table':
      return htmlReportTable(entry.table);
    case 'footnotes':
      // the sources' file names and addresses: small print, kept apart from the report's text
      return `<div class="source-files"><p>${escapeText(entry.heading)}</p><ol>${entry.items.map((item) => `<li>${escapeText(item)}</li>`).join('')}</ol></div>`;
  }
}

export function reportHtmlSections(model: ReportModel, charts: readonly ReportChart[]): ReportHtmlSection[] {
  const byName = new Map(charts.map((chart) => [chart.name, chart]));
  return reportOutline(model, charts, model.meta.language).map((section, index) => ({
    id: section.id,
    heading: section.heading,
    html: `${index === 0 ? REPORT_TABLE_STYLE : ''}${section.blocks.map(blockHtml).join('\n')}`,
    charts: section.charts.map((chart) => ({ id: chart.name, title: chart.title, spec: byName.get(chart.name)!.spec })),
  }));
}

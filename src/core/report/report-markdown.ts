/**
 * report.md: the report outline (report-outline.ts) as GitHub-flavoured Markdown. Tables are pipe
 * tables; a coloured cell gets a coloured mark (🟢 🟡 🟠 🔴 ⚪) before its text; charts are images of the
 * rendered files (charts/<name>.png, or .svg when PNGs were not rendered). Every text is escaped
 * (markdownText): names, sources and notes come from users' files and scenario files, and a Markdown
 * renderer that passes HTML through would otherwise run a `<script>` written in a cell. Pure.
 */
import { translate } from './messages.js';
import type { ReportChart } from './report-charts.js';
import type { ReportModel } from './report-model.js';
import { reportHeading, reportOutline, type OutlineBlock } from './report-outline.js';
import type { ReportTable, TableCell } from './report-tables.js';
import { colorMark } from './report-text.js';

export interface MarkdownOptions {
  /** the folder of the chart files, relative to report.md */
  chartFolder: string;
  /** the picture format the Markdown links to */
  imageExtension: 'png' | 'svg';
}

/**
 * Text as Markdown shows it literally: no raw HTML (< and > become entities, and so does an & that would
 * start one), no link or image syntax ([ and ] are escaped).
 */
export function markdownText(text: string): string {
  return text
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[[\]]/g, (bracket) => `\\${bracket}`);
}

/** Text safe inside a Markdown table cell: escaped, no pipe, no line break. */
function cellText(cell: TableCell): string {
  const references = cell.sources === undefined || cell.sources.length === 0 ? '' : ` [${cell.sources.join(',')}]`;
  const text = markdownText(`${cell.text ?? '—'}${cell.text === null ? '' : references}`).replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
  return cell.color ? `${colorMark(cell.color)} ${text}` : text;
}

export function markdownTable(table: ReportTable): string {
  const numeric = new Set(table.numericColumns);
  const header = `| ${table.headers.map((header) => markdownText(header).replace(/\|/g, '\\|')).join(' | ')} |`;
  const rule = `|${table.headers.map((_, column) => (numeric.has(column) ? ' ---: ' : ' --- ')).join('|')}|`;
  return [header, rule, ...table.rows.map((row) => `| ${row.map(cellText).join(' | ')} |`)].join('\n');
}

function block(entry: OutlineBlock): string {
  switch (entry.type) {
    case 'paragraph':
      return markdownText(entry.text);
    case 'list':
      return entry.items.map((item) => `- ${markdownText(item)}`).join('\n');
    case 'subheading':
      return `### ${markdownText(entry.text)}`;
    case 'table':
      return markdownTable(entry.table);
    case 'footnotes':
      return [`*${markdownText(entry.heading)}*`, '', ...entry.items.map((item) => `- ${markdownText(item)}`)].join('\n');
  }
}

export function reportMarkdown(model: ReportModel, charts: readonly ReportChart[], options: MarkdownOptions): string {
  const language = model.meta.language;
  const heading = reportHeading(model, language);
  const parts: string[] = [`# ${markdownText(heading.title)}`, markdownText(heading.subtitle)];
  const outline = reportOutline(model, charts, language);
  parts.push(`## ${translate(language, 'report.contents')}`, outline.map((section, index) => `${index + 1}. [${markdownText(section.heading)}](#${section.id})`).join('\n'));
  for (const section of outline) {
    parts.push(`<a id="${section.id}"></a>\n\n## ${markdownText(section.heading)}`);
    for (const entry of section.blocks) parts.push(block(entry));
    for (const chart of section.charts) parts.push(`![${markdownText(chart.title.replace(/[[\]]/g, ''))}](${options.chartFolder}/${chart.name}.${options.imageExtension})`);
  }
  parts.push('---', markdownText(heading.footer));
  return `${parts.join('\n\n')}\n`;
}

/**
 * Builds the report's index.html: one self-contained file that reads offline and prints well. The
 * minified vega, vega-lite and vega-embed builds are inlined from node_modules; the chart specs travel
 * in a JSON block and are drawn by vegaEmbed as SVG with Vega's expression interpreter (`ast: true`),
 * so the page needs no eval and no network. A strict Content-Security-Policy forbids every fetch.
 *
 * Text given here (titles, headings) is escaped; section bodies are HTML the caller built, and should
 * be made with `escapeHtml` / `htmlTable` from this file.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { TopLevelSpec } from 'vega-lite';
import type { Language } from '../core/report/messages.js';
import { translate } from '../core/report/messages.js';

export interface HtmlChart {
  /** an id unique in the document: letters, digits, '-' and '_'. */
  id: string;
  /** the chart's name for screen readers (and the static picture's label). */
  title: string;
  spec: TopLevelSpec;
  /** a pre-rendered SVG (from renderSvg) shown when scripts cannot run; hidden once the live chart draws. */
  staticSvg?: string;
}

export interface HtmlSection {
  /** anchor for the contents list; default section-1, section-2, … */
  id?: string;
  heading: string;
  /** trusted HTML (tables, paragraphs) built with escapeHtml / htmlTable. */
  html?: string;
  charts?: HtmlChart[];
}

export interface HtmlDocumentInput {
  title: string;
  language: Language;
  /** a line under the title, e.g. the region and the as-of year. */
  subtitle?: string;
  sections: HtmlSection[];
  /** a line at the end, e.g. the version and seed. */
  footer?: string;
}

/** The browser builds of the chart libraries, as script text. */
export interface VegaBrowserBundles {
  vega: string;
  vegaLite: string;
  vegaEmbed: string;
}

export const CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; font-src data:";

const PAGE_FONT_STACK = '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans", sans-serif';

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** A table with escaped cells; numeric columns are right-aligned; null cells show "—". */
export function htmlTable(table: { caption?: string; headers: string[]; rows: (string | number | null)[][]; numericColumns?: number[] }): string {
  const numeric = new Set(table.numericColumns ?? []);
  const cell = (tag: 'th' | 'td', value: string | number | null, column: number) =>
    `<${tag}${numeric.has(column) ? ' class="number"' : ''}>${value === null ? '—' : escapeHtml(String(value))}</${tag}>`;
  return [
    '<table>',
    table.caption === undefined ? '' : `<caption>${escapeHtml(table.caption)}</caption>`,
    `<thead><tr>${table.headers.map((header, column) => cell('th', header, column)).join('')}</tr></thead>`,
    `<tbody>${table.rows.map((row) => `<tr>${row.map((value, column) => cell('td', value, column)).join('')}</tr>`).join('')}</tbody>`,
    '</table>',
  ].join('');
}

/** Makes script text safe inside <script>…</script>: no closing tag, no comment opener, no source map. */
function scriptText(source: string): string {
  return source.replace(/^\/\/# sourceMappingURL=.*$/gm, '').replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}

/** Reads the minified browser builds next to each package's entry point in node_modules. */
export function readVegaBrowserBundles(): VegaBrowserBundles {
  const require = createRequire(import.meta.url);
  const read = (packageName: string, file: string) => readFileSync(join(dirname(require.resolve(packageName)), file), 'utf8');
  return {
    vega: read('vega', 'vega.min.js'),
    vegaLite: read('vega-lite', 'vega-lite.min.js'),
    vegaEmbed: read('vega-embed', 'vega-embed.min.js'),
  };
}

const STYLE = `
:root { color-scheme: light; }
body { font-family: ${PAGE_FONT_STACK}; color: #1f2937; background: #fff; line-height: 1.6; max-width: 900px; margin: 2rem auto; padding: 0 1.25rem; }
h1 { font-size: 1.7rem; margin: 0 0 .25rem; }
.subtitle { color: #4b5563; margin: 0 0 1.5rem; }
h2 { font-size: 1.3rem; border-bottom: 2px solid #1f5fa8; padding-bottom: .2rem; margin-top: 2.2rem; }
nav.contents ol { padding-left: 1.4rem; }
table { border-collapse: collapse; width: 100%; margin: 1rem 0; font-size: .92rem; }
caption { text-align: left; font-weight: bold; margin-bottom: .3rem; }
th, td { border: 1px solid #d1d5db; padding: .3rem .5rem; vertical-align: top; }
th { background: #eef3f9; text-align: left; }
td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; }
figure.chart { margin: 1.5rem 0; }
figure.chart svg { max-width: 100%; height: auto; }
figure.chart.is-rendered .chart-static, figure.chart.is-rendered noscript { display: none; }
figure.chart.has-failed .chart-view::after { content: attr(data-failure); color: #c0392b; }
footer { margin-top: 3rem; color: #6b7280; font-size: .85rem; border-top: 1px solid #e5e7eb; padding-top: .6rem; }
@page { size: A4; margin: 16mm 14mm; }
@media print {
  html, body { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  body { max-width: none; margin: 0; padding: 0; font-size: 10.5pt; }
  h2, h3 { break-after: avoid; page-break-after: avoid; }
  figure.chart, tr, caption { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
  a { color: inherit; text-decoration: none; }
}`;

const EMBED_SCRIPT = `(function () {
  var charts = JSON.parse(document.getElementById('plancast-chart-specs').textContent);
  var failed = 0;
  function fail(chart, view, error) {
    var message = String(error && error.message || error);
    failed += 1;
    view.parentNode.classList.add('has-failed');
    view.setAttribute('data-failure', message);
    console.error('chart ' + chart.id + ' could not be drawn: ' + message);
  }
  var drawing = charts.map(function (chart) {
    var view = document.getElementById(chart.id);
    try {
      return vegaEmbed(view, chart.spec, { actions: false, renderer: 'svg', ast: true }).then(
        function () { view.parentNode.classList.add('is-rendered'); },
        function (error) { fail(chart, view, error); }
      );
    } catch (error) {
      fail(chart, view, error);
      return Promise.resolve();
    }
  });
  Promise.all(drawing).then(function () {
    document.documentElement.setAttribute('data-charts-failed', String(failed));
    document.documentElement.setAttribute('data-charts-ready', 'true');
  });
})();`;

function chartFigure(chart: HtmlChart, language: Language): string {
  const id = escapeHtml(chart.id);
  const staticPicture = chart.staticSvg === undefined ? '' : `<div class="chart-static">${chart.staticSvg}</div>`;
  return `<figure class="chart" role="img" aria-label="${escapeHtml(chart.title)}"><div class="chart-view" id="${id}"></div>${staticPicture}<noscript>${escapeHtml(translate(language, 'report.charts-need-javascript'))}</noscript></figure>`;
}

/** The whole page as one string; pass `bundles` to avoid re-reading node_modules for every report. */
export function buildHtmlDocument(input: HtmlDocumentInput, bundles: VegaBrowserBundles = readVegaBrowserBundles()): string {
  const charts = input.sections.flatMap((section) => section.charts ?? []);
  const seen = new Set<string>();
  for (const chart of charts) {
    if (!/^[A-Za-z][\w-]*$/.test(chart.id)) throw new Error(`chart id "${chart.id}" must start with a letter and hold only letters, digits, '-' and '_'`);
    if (seen.has(chart.id)) throw new Error(`chart id "${chart.id}" is used twice`);
    seen.add(chart.id);
  }
  const sectionIds = input.sections.map((section, index) => section.id ?? `section-${index + 1}`);
  const contents = input.sections.map((section, index) => `<li><a href="#${escapeHtml(sectionIds[index] ?? '')}">${escapeHtml(section.heading)}</a></li>`).join('');
  const body = input.sections
    .map((section, index) => `<section id="${escapeHtml(sectionIds[index] ?? '')}"><h2>${escapeHtml(section.heading)}</h2>${section.html ?? ''}${(section.charts ?? []).map((chart) => chartFigure(chart, input.language)).join('')}</section>`)
    .join('\n');
  // JSON inside a non-executed script block: escape '<' so no "</script>" can end it early.
  const specs = JSON.stringify(charts.map((chart) => ({ id: chart.id, spec: chart.spec }))).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
  const libraries = charts.length === 0 ? '' : [bundles.vega, bundles.vegaLite, bundles.vegaEmbed].map((source) => `<script>${scriptText(source)}</script>`).join('\n');
  return `<!DOCTYPE html>
<html lang="${input.language === 'zh' ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(input.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header><h1>${escapeHtml(input.title)}</h1>${input.subtitle === undefined ? '' : `<p class="subtitle">${escapeHtml(input.subtitle)}</p>`}</header>
<nav class="contents"><h2>${escapeHtml(translate(input.language, 'report.contents'))}</h2><ol>${contents}</ol></nav>
<main>
${body}
</main>
${input.footer === undefined ? '' : `<footer>${escapeHtml(input.footer)}</footer>`}
<script type="application/json" id="plancast-chart-specs">${specs}</script>
${libraries}
<script>${EMBED_SCRIPT}</script>
</body>
</html>
`;
}

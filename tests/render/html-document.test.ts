/**
 * The index.html string, without a browser: self-contained (libraries inlined, no external reference),
 * a strict Content-Security-Policy, escaped text, and chart specs that survive the trip through a
 * <script> block. (tests/render/html-in-browser.test.ts opens it in Chromium.)
 */
import { describe, expect, it } from 'vitest';
import { buildFanChart } from '../../src/core/report/charts/fan-chart.js';
import { CONTENT_SECURITY_POLICY, buildHtmlDocument, escapeHtml, htmlTable, readVegaBrowserBundles } from '../../src/render/html-document.js';
import { yubeiIntensityFan } from '../report/chart-samples.js';

const bundles = readVegaBrowserBundles();
const hostileTitle = 'R&D <b>强度</b></script><script>alert(1)</script>';
const spec = buildFanChart({ ...yubeiIntensityFan, title: hostileTitle });
const html = buildHtmlDocument(
  { title: hostileTitle, language: 'zh', subtitle: '数据截至2023年', sections: [{ heading: '指标图表 <1>', html: '<p>正文</p>', charts: [{ id: 'fan-rd-intensity', title: hostileTitle, spec }] }], footer: 'plancast 0.1.0' },
  bundles,
);

describe('readVegaBrowserBundles', () => {
  it('reads the minified browser builds of vega, vega-lite and vega-embed', () => {
    expect(bundles.vega.length).toBeGreaterThan(200_000);
    expect(bundles.vegaLite).toContain('vegaLite');
    expect(bundles.vegaEmbed).toContain('vegaEmbed');
  });
});

describe('buildHtmlDocument', () => {
  it('declares a strict Content-Security-Policy that forbids network access', () => {
    expect(CONTENT_SECURITY_POLICY).toMatch(/default-src 'none'/);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|unsafe-eval|\*/);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`);
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));
  });

  it('is self-contained: the libraries are inlined and nothing is referenced outside the file', () => {
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href=|<img[^>]+src="http|@import|sourceMappingURL/);
    expect(html).toContain(bundles.vegaEmbed.slice(0, 200));
    expect(html).toMatch(/renderer: 'svg'/);
    expect(html).toMatch(/actions: false/);
  });

  it('escapes text, so a title cannot open a tag or close a script', () => {
    expect(html).toContain(`<title>${escapeHtml(hostileTitle)}</title>`);
    expect(html).toContain('<h2>指标图表 &lt;1&gt;</h2>');
    expect(html).not.toContain('<script>alert(1)');
    expect(html.match(/<\/script>/g)?.length).toBe(html.match(/<script[ >]/g)?.length);
  });

  it('carries each chart spec intact in a JSON block', () => {
    const block = /<script type="application\/json" id="plancast-chart-specs">([^]*?)<\/script>/.exec(html)?.[1] ?? '';
    expect(JSON.parse(block)).toEqual([{ id: 'fan-rd-intensity', spec: JSON.parse(JSON.stringify(spec)) }]);
    expect(html).toContain('<div class="chart-view" id="fan-rd-intensity"></div>');
  });

  it('prints well: A4 pages, charts kept whole, colours kept, a CJK font stack', () => {
    expect(html).toMatch(/@media print[^]*break-inside: avoid/);
    expect(html).toMatch(/print-color-adjust: exact/);
    expect(html).toMatch(/@page \{ size: A4/);
    expect(html).toMatch(/font-family: "Noto Sans CJK SC"/);
    expect(html).toContain('<html lang="zh-CN">');
  });

  it('refuses chart ids that are unsafe or repeated', () => {
    const chart = { id: 'x', title: 't', spec };
    expect(() => buildHtmlDocument({ title: 't', language: 'en', sections: [{ heading: 'h', charts: [{ ...chart, id: 'a"b' }] }] }, bundles)).toThrow(/must start with a letter/);
    expect(() => buildHtmlDocument({ title: 't', language: 'en', sections: [{ heading: 'h', charts: [chart, chart] }] }, bundles)).toThrow(/used twice/);
  });

  it('leaves the libraries out of a report without charts, and still marks the page ready', () => {
    const plain = buildHtmlDocument({ title: 'Summary', language: 'en', sections: [{ heading: 'Table', html: '<p>x</p>' }] }, bundles);
    expect(plain.length).toBeLessThan(10_000);
    expect(plain).toContain('data-charts-ready');
    expect(plain).toContain('<html lang="en">');
  });
});

describe('htmlTable', () => {
  it('escapes every cell, right-aligns numeric columns and shows null as —', () => {
    const table = htmlTable({ caption: '表1 <指标>', headers: ['指标', '最新值'], rows: [['R&D强度', 4.61], ['<i>x</i>', null]], numericColumns: [1] });
    expect(table).toBe(
      '<table><caption>表1 &lt;指标&gt;</caption><thead><tr><th>指标</th><th class="number">最新值</th></tr></thead>' +
        '<tbody><tr><td>R&amp;D强度</td><td class="number">4.61</td></tr><tr><td>&lt;i&gt;x&lt;/i&gt;</td><td class="number">—</td></tr></tbody></table>',
    );
  });
});

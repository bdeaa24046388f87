/**
 * Charts drawn from a template (src/render/chart-templates.ts: the spec compiled and parsed once with its
 * texts and inline data as tokens, then filled in) must be the charts compiled and parsed alone: the same SVG,
 * byte for byte, and the same warnings, for every chart of the example reports, whichever chart of a
 * template comes first.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TopLevelSpec } from 'vega-lite';
import { describe, expect, it } from 'vitest';
import { buildFanChart } from '../../src/core/report/charts/fan-chart.js';
import { ChartTemplateCache, fillTemplate, splitChart, type ChartTemplate } from '../../src/render/chart-templates.js';
import { renderSvg } from '../../src/render/render-svg.js';
import * as samples from '../report/chart-samples.js';

const EXAMPLES = join(import.meta.dirname, '..', '..', 'reports', 'examples');

function exampleCharts(): [string, TopLevelSpec][] {
  const charts: [string, TopLevelSpec][] = [];
  for (const report of readdirSync(EXAMPLES, { withFileTypes: true }).filter((entry) => entry.isDirectory())) {
    const folder = join(EXAMPLES, report.name, 'charts');
    for (const file of readdirSync(folder).filter((name) => name.endsWith('.vl.json')).sort()) {
      charts.push([`${report.name}/${file}`, JSON.parse(readFileSync(join(folder, file), 'utf8')) as TopLevelSpec]);
    }
  }
  return charts;
}

describe('charts drawn from templates', () => {
  it('are the charts compiled alone, for every chart of the example reports, in either order', async () => {
    const charts = exampleCharts();
    expect(charts.length).toBeGreaterThanOrEqual(40);
    // most charts share a template with another (fan charts of indicators that start in the same year)
    expect(new Set(charts.map(([, spec]) => splitChart(spec)?.key)).size).toBeLessThan(charts.length / 2);
    for (const [name, spec] of [...charts, ...[...charts].reverse()]) {
      const alone = await renderSvg(spec, { templates: false });
      const fromTemplate = await renderSvg(spec);
      expect(fromTemplate.svg, name).toBe(alone.svg);
      expect(fromTemplate.warnings, name).toEqual(alone.warnings);
    }
  }, 60_000);

  it('keep each chart\'s own texts and data (two charts of one template differ as they should)', async () => {
    const first = buildFanChart(samples.yubeiIntensityFan);
    const second = buildFanChart({
      ...samples.yubeiIntensityFan,
      title: '每万人口发明专利拥有量',
      unit: '件',
      bands: samples.yubeiIntensityFan.bands.map((band) => ({ ...band, p50: band.p50 * 2, p975: band.p975 * 2 })),
    });
    expect(splitChart(second)?.key).toBe(splitChart(first)?.key);
    const [a, b] = [await renderSvg(first), await renderSvg(second)];
    expect(a.svg).not.toBe(b.svg);
    expect(b.svg).toContain('每万人口发明专利拥有量');
    expect(b.svg).not.toContain('R&amp;D经费支出占地区生产总值比重');
    expect(b.svg).toBe((await renderSvg(second, { templates: false })).svg);
  });

  it('fall back to compiling alone when a text would need escaping, with the same picture', async () => {
    for (const title of ['The plan\'s "core" targets', 'a \\ b', 'two\nlines', 'tab\there']) {
      const spec = buildFanChart({ ...samples.yubeiIntensityFanEnglish, title });
      expect(splitChart(spec), title).toBeUndefined();
      expect((await renderSvg(spec)).svg).toBe((await renderSvg(spec, { templates: false })).svg);
    }
  });
});

describe('splitChart', () => {
  const spec = {
    title: { text: 'Same', subtitle: 'Other' },
    data: { values: [{ x: 1 }, { x: 2 }] },
    mark: 'line',
    encoding: {
      x: { field: 'x', type: 'quantitative', title: 'Same', axis: { values: [1, 2] } },
      y: { field: 'y', type: 'quantitative' },
    },
    layer: [{ data: { values: [{ x: 1 }, { x: 2 }] }, mark: { type: 'text', text: 'Other' } }],
  } as unknown as TopLevelSpec;

  it('gives one token to each distinct text and one marker to each distinct inline data set', () => {
    const parts = splitChart(spec)!;
    expect(parts.texts).toEqual(['Same', 'Other']);
    expect(parts.values).toEqual(['[{"x":1},{"x":2}]']);
    const template = JSON.parse(parts.key) as Record<string, any>;
    expect(template.title).toEqual({ text: 'plancastText0x', subtitle: 'plancastText1x' });
    expect(template.encoding.x.title).toBe('plancastText0x');
    expect(template.data.values).toEqual([{ plancastValues: 0 }]);
    expect(template.layer[0].data.values).toEqual([{ plancastValues: 0 }]);
    expect(template.layer[0].mark.text).toBe('plancastText1x');
  });

  it('leaves what the compiler reads as structure in the template: fields, types, an axis\'s tick values', () => {
    const template = JSON.parse(splitChart(spec)!.key) as Record<string, any>;
    expect(template.encoding.x.axis.values).toEqual([1, 2]);
    expect(template.encoding.x.field).toBe('x');
    expect(template.mark).toBe('line');
    const other = splitChart({ ...spec, mark: 'point' } as TopLevelSpec)!;
    expect(other.key).not.toBe(splitChart(spec)!.key);
  });

  it('refuses a text that holds the tokens\' own words', () => {
    expect(splitChart({ ...spec, title: 'plancastText0x' } as TopLevelSpec)).toBeUndefined();
  });
});

describe('fillTemplate', () => {
  const parts = splitChart({ title: 'A', data: { values: [{ v: 1 }] }, mark: 'point' } as unknown as TopLevelSpec)!;

  it('puts the texts and data back', () => {
    const template: ChartTemplate = { runtime: '{"t":"plancastText0x!","d":[{"plancastValues":0}]}', warnings: [] };
    expect(fillTemplate(template, parts)).toEqual({ t: 'A!', d: [{ v: 1 }] });
  });

  it('gives nothing when a token or marker did not come through as it went in', () => {
    expect(fillTemplate({ runtime: '{"t":"plancastText7x"}', warnings: [] }, parts)).toBeUndefined();
    expect(fillTemplate({ runtime: '{"d":[{"plancastValues":0,"x":1}]}', warnings: [] }, parts)).toBeUndefined();
  });
});

describe('ChartTemplateCache', () => {
  const parts = (title: string) => splitChart({ title, mark: title.length > 3 ? 'point' : 'line' } as unknown as TopLevelSpec)!;
  const template: ChartTemplate = { runtime: '{}', warnings: [] };

  it('makes a template once per shape, remembers the ones that cannot be made, and forgets on request', () => {
    const cache = new ChartTemplateCache();
    let made = 0;
    const make = () => { made += 1; return template; };
    expect(cache.templateOf(parts('ab'), make)).toBe(template);
    expect(cache.templateOf(parts('cd'), make)).toBe(template); // same shape, other text
    expect(made).toBe(1);
    expect(cache.templateOf(parts('long title'), () => { made += 1; return undefined; })).toBeUndefined();
    expect(cache.templateOf(parts('long title'), make)).toBeUndefined();
    expect(made).toBe(2);
    cache.forget(parts('ab'));
    expect(cache.templateOf(parts('ab'), make)).toBeUndefined();
  });

  it('starts again when full', () => {
    const cache = new ChartTemplateCache(1);
    let made = 0;
    const make = () => { made += 1; return template; };
    cache.templateOf(parts('ab'), make);
    cache.templateOf(parts('long title'), make);
    cache.templateOf(parts('ab'), make);
    expect(made).toBe(3);
  });
});

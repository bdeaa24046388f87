/**
 * Report assembly on the bundled data (few paths, so quick): every goal of the region is in the model —
 * 14th-plan goals with their probability, 13th-plan goals judged on observations, goals without data as
 * "no data" — everything sorted and serialisable, the same model twice; the charts chosen from it
 * validate against the Vega-Lite schema and compile without a warning; the Markdown, HTML and CSV
 * renderings hold every indicator; an English report has no Chinese outside names and sources.
 */
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { compareIndicators } from '../../src/core/report/indicator-order.js';
import { buildReportCharts } from '../../src/core/report/report-charts.js';
import { reportCsvFiles } from '../../src/core/report/report-csv.js';
import { reportHtmlSections } from '../../src/core/report/report-html-sections.js';
import { reportMarkdown } from '../../src/core/report/report-markdown.js';
import type { ReportModel } from '../../src/core/report/report-model.js';
import { reportOutline } from '../../src/core/report/report-outline.js';
import { compileSpec } from '../../src/render/compile-spec.js';
import { assembleFor } from './report-fixture.js';
import { schemaProblems } from './vega-lite-schema.js';

const CJK = /[\u2e80-\u9fff\uff00-\uff60\u3000-\u303f]/u;
let zh: Awaited<ReturnType<typeof assembleFor>>;
let en: ReportModel;
beforeAll(async () => {
  zh = await assembleFor('yubei', 'zh');
  en = (await assembleFor('yubei', 'en')).model;
  schemaProblems({});
});

describe('assembleReport (yubei)', () => {
  it('has a row for every goal: one per goal of an observed indicator, a "no data" row per goal without data', () => {
    const { prepared } = zh.context;
    const observedGoals = prepared.indicators.reduce((sum, indicator) => sum + indicator.goals.length, 0);
    expect(zh.model.goals).toHaveLength(observedGoals + prepared.goalsWithoutData.length);
    expect(zh.model.goals.filter((row) => row.status === 'no-data')).toHaveLength(prepared.goalsWithoutData.length);
    for (const goal of prepared.goalsWithoutData) expect(zh.model.goals.some((row) => row.indicator === goal.indicator && row.targetYear === goal.year && row.status === 'no-data')).toBe(true);
  });

  it('judges the 13th-plan goals on observations and the 14th-plan goals on the simulated paths', () => {
    const previous = zh.model.goals.find((row) => row.indicator === 'rd_intensity' && row.targetYear === 2020)!;
    expect(previous).toMatchObject({ section: 'previous', basis: 'observed', status: 'achieved', outlook: 'achieved', probability: 1, latestValue: 4.4, target: 3.5 });
    const current = zh.model.goals.find((row) => row.indicator === 'rd_intensity' && row.targetYear === 2025)!;
    expect(current).toMatchObject({ section: 'current', basis: 'simulated', isMainGoal: true, baseYear: 2020, baseValue: 4.4, target: 4.8 });
    expect(current.attainment).toBeCloseTo(4.4 / 4.8, 10);
    expect(current.requiredGrowth).toBeCloseTo((4.8 / 4.4) ** (1 / 5) - 1, 10);
    expect(current.probability).toBeGreaterThanOrEqual(0);
    expect(current.probability).toBeLessThanOrEqual(1);
    expect(current.source.line).toBeGreaterThan(0);
  });

  it('sorts: 14th-plan goals before 13th-plan ones, core indicators first, then by year', () => {
    const sections = zh.model.goals.map((row) => row.section);
    expect(sections.indexOf('previous')).toBeGreaterThan(sections.lastIndexOf('current'));
    const current = zh.model.goals.filter((row) => row.section === 'current');
    for (let index = 1; index < current.length; index++) expect(compareIndicators(current[index - 1]!.indicator, current[index]!.indicator)).toBeLessThanOrEqual(0);
    expect(zh.model.forecasts[0]?.indicator).toBe('rd_expenditure');
  });

  it('is the same model twice, and survives a JSON round trip unchanged (no NaN, no undefined)', async () => {
    const again = await assembleFor('yubei', 'zh');
    expect(JSON.stringify(again.model)).toBe(JSON.stringify(zh.model));
    expect(JSON.parse(JSON.stringify(zh.model))).toEqual(zh.model);
  });

  it('keeps every scenario, the main one first, with quantiles from 2.5 % to 97.5 %', () => {
    expect(zh.model.meta.scenarios.map((scenario) => scenario.id)).toEqual(['baseline', 'plan-path', 'conservative', 'accelerated', 'downturn-shock']);
    const forecast = zh.model.forecasts.find((entry) => entry.indicator === 'rd_intensity')!;
    expect(forecast.scenarios.map((entry) => entry.scenario)).toEqual(zh.model.meta.scenarios.map((scenario) => scenario.id));
    const row = forecast.scenarios[0]!.quantiles.find((entry) => entry.year === 2025)!;
    expect(row.p025).toBeLessThanOrEqual(row.p25);
    expect(row.p75).toBeLessThanOrEqual(row.p975);
    expect(zh.model.comparison.filter((entry) => entry.indicator === 'rd_intensity' && entry.targetYear === 2025)).toHaveLength(5);
  });

  it('traces every goal to its source, and lists the records behind the report', () => {
    for (const row of zh.model.goals) expect(zh.model.provenance.some((record) => record.indicator === row.indicator && record.year === row.targetYear && record.document === row.source.document && record.line === (row.source.line ?? null))).toBe(true);
    expect(zh.model.provenance.every((record) => record.document !== '')).toBe(true);
  });

  it('describes the chosen model of every indicator with goals, with where its spread came from', () => {
    expect(zh.model.models.map((row) => row.indicator)).toEqual(zh.model.forecasts.map((forecast) => forecast.indicator));
    for (const row of zh.model.models) expect(row.intervalSource).not.toBeNull();
  });

  it('names each calibrated indicator’s reference class: its own, its declared group’s, or the general one', () => {
    const classOf = (indicator: string) => zh.model.models.find((row) => row.indicator === indicator)!.referenceClass;
    expect(classOf('rd_intensity')).toMatchObject({ corpus: 'provinces-dev', classId: 'rd_intensity', match: 'own', series: 20 });
    // named for a reader: the corpus by its description, the class by its indicator's name (none for the general class)
    expect(classOf('rd_intensity')!.corpusName.zh).toMatch(/^各省科技统计序列/);
    expect(classOf('rd_intensity')!.className?.zh).toBe('R&D经费支出占地区生产总值比重');
    expect(classOf('invention_patents_per_10k')).toMatchObject({ classId: 'valid_invention_patents', match: 'group' });
    expect(classOf('invention_patents_per_10k')!.className?.zh).toBe('有效发明专利拥有量');
    expect(classOf('high_tech_enterprises')).toMatchObject({ corpus: 'm1-yearly', classId: 'general', match: 'general', className: null });
  });
});

describe('the methods appendix', () => {
  const methodsOf = (model: ReportModel, language: 'zh' | 'en') => reportOutline(model, [], language).find((section) => section.id === 'methods')!;
  const tableOf = (model: ReportModel, language: 'zh' | 'en', id: string) =>
    methodsOf(model, language).blocks.flatMap((block) => (block.type === 'table' && block.table.id === id ? [block.table] : []))[0]!;

  it('shows nominal against observed coverage on both reference corpora, cross-fitted rows first, in Chinese and English', () => {
    const chinese = tableOf(zh.model, 'zh', 'calibration');
    const english = tableOf(en, 'en', 'calibration');
    expect(chinese.rows.length).toBe(8);
    expect(english.rows.slice(0, 4).map((row) => row.slice(0, 3).map((entry) => entry.text))).toEqual([
      ['m1-yearly', 'cross-fitted', '80 %'], ['m1-yearly', 'cross-fitted', '95 %'], ['provinces-dev', 'cross-fitted', '80 %'], ['provinces-dev', 'cross-fitted', '95 %'],
    ]);
    expect(chinese.rows[0]![1]!.text).toBe('交叉拟合');
    for (const row of english.rows) expect(Number(row[3]!.text!.replace(' %', ''))).toBeGreaterThan(50);
  });

  it('says, per indicator of the goals, where the spread came from, in both languages', () => {
    const chinese = tableOf(zh.model, 'zh', 'interval-sources');
    const english = tableOf(en, 'en', 'interval-sources');
    const row = (table: typeof chinese, name: string) => table.rows.find((entry) => entry[0]!.text === name)!;
    expect(row(chinese, '高新技术企业数量')[2]!.text).toContain('本指标无专属参照类');
    expect(row(english, 'High-tech enterprises')[2]!.text).toContain('no class of its own');
    expect(row(english, 'High-tech enterprises')[3]!.text).toMatch(/^error quantiles calibrated on a reference class/);
  });
});

describe('the report charts', () => {
  it('are one fan per indicator with a goal ahead, a status summary, up to four comparisons and three tornados', () => {
    const charts = buildReportCharts(zh.model);
    const withGoalAhead = zh.model.forecasts.filter((forecast) => forecast.mainGoal !== null).map((forecast) => `fan-${forecast.indicator}`);
    expect(charts.filter((chart) => chart.kind === 'fan').map((chart) => chart.name)).toEqual(withGoalAhead);
    expect(charts.filter((chart) => chart.kind === 'status-summary')).toHaveLength(1);
    expect(charts.filter((chart) => chart.kind === 'scenario-comparison').map((chart) => chart.name)).toEqual(['scenario-comparison-rd_expenditure', 'scenario-comparison-rd_intensity', 'scenario-comparison-invention_patents_per_10k', 'scenario-comparison-high_tech_enterprises']);
    expect(charts.filter((chart) => chart.kind === 'sensitivity').length).toBeLessThanOrEqual(3);
    expect(new Set(charts.map((chart) => chart.name)).size).toBe(charts.length);
  });

  it.each([['zh'], ['en']] as const)('validate against the Vega-Lite schema and compile without a warning (%s)', (language) => {
    for (const chart of buildReportCharts(language === 'zh' ? zh.model : en)) {
      expect(schemaProblems(chart.spec), chart.name).toEqual([]);
      expect(compileSpec(chart.spec).warnings, chart.name).toEqual([]);
    }
  });

  it('draw the 50/80/95 % bands, the target and the straight path in the fan charts', () => {
    const fan = buildReportCharts(zh.model).find((chart) => chart.name === 'fan-rd_intensity')!;
    const text = JSON.stringify(fan.spec);
    for (const label of ['50%区间', '80%区间', '95%区间', '达标直线路径', '2025年目标 4.8']) expect(text).toContain(label);
  });

  it('in English carry no Chinese at all', () => {
    for (const chart of buildReportCharts(en)) expect(JSON.stringify(chart.spec).match(CJK)?.[0], chart.name).toBeUndefined();
  });
});

describe('the renderings', () => {
  const names = (model: ReportModel, language: 'zh' | 'en') => [...new Set(model.goals.map((row) => row.name[language]))];

  it('report.md and the HTML sections name every indicator of the region', () => {
    const charts = buildReportCharts(zh.model);
    const markdown = reportMarkdown(zh.model, charts, { chartFolder: 'charts', imageExtension: 'png' });
    const html = reportHtmlSections(zh.model, charts).map((section) => section.html).join('\n');
    for (const name of names(zh.model, 'zh')) {
      expect(markdown, name).toContain(name);
      expect(html, name).toContain(name.replace(/&/g, '&amp;'));
    }
    expect(markdown).toContain('![');
    expect(markdown).toContain('charts/fan-rd_intensity.png');
  });

  it('in English use no Chinese in headings, paragraphs, lists, table headers and the assessment tables', () => {
    const outline = reportOutline(en, buildReportCharts(en));
    const texts = outline.flatMap((section) => [section.heading, ...section.charts.map((chart) => chart.title), ...section.blocks.flatMap((block) => {
      if (block.type === 'table') return block.table.headers;
      if (block.type === 'list') return block.items;
      if (block.type === 'footnotes') return [block.heading, ...block.items];
      return [block.text];
    })]);
    // as in the catalogue, English may quote a Chinese term in brackets: "Time-elapsed schedule (序时进度)"
    for (const text of texts) expect(text.replace(/\([^)]*\)/g, '').match(CJK)?.[0], text).toBeUndefined();
    const goalTables = outline.flatMap((section) => section.blocks).filter((block) => block.type === 'table' && ['goals-evaluated', 'goals-earlier', 'goals-long-range', 'measures', 'models', 'sensitivity', 'scenario-comparison'].includes(block.table.id));
    for (const block of goalTables) if (block.type === 'table') for (const row of block.table.rows) for (const cell of row) expect(cell.text?.match(CJK)?.[0], `${block.table.id}: ${cell.text}`).toBeUndefined();
  });

  it('writes CSV by RFC 4180 with a byte-order mark, one row per goal, readable back', () => {
    const files = reportCsvFiles(zh.model);
    expect(Object.keys(files).sort()).toEqual(['conflicts.csv', 'forecasts.csv', 'goals.csv', 'models.csv', 'provenance.csv', 'scenario-comparison.csv', 'sensitivity.csv']);
    const goals = files['goals.csv']!;
    expect(goals.startsWith('\uFEFFregion,indicator,name,')).toBe(true);
    expect(goals.endsWith('\r\n')).toBe(true);
    const rows = parse(goals.slice(1), { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(zh.model.goals.length);
    expect(rows.find((row) => row.indicator === 'rd_intensity' && row.target_year === '2025')).toMatchObject({ target: '4.8', base_value: '4.4', main_goal: 'true' });
    const provenance = parse(files['provenance.csv']!.slice(1), { columns: true }) as Record<string, string>[];
    expect(provenance).toHaveLength(zh.model.provenance.length);
  });
});

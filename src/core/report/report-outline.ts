/**
 * The report's outline: its sections in reading order, each a list of blocks (paragraphs, lists, tables,
 * sub-headings, footnotes) followed by its charts. report.md, index.html, report.docx and report.xlsx are
 * all renderings of this one outline, so they cannot drift apart. Charts come last in a section because
 * that is where the HTML document places them.
 *
 *   The evaluation (evaluation/evaluation-outline.ts): 一、总体进展 · the indicator table · 二、存在问题与原因
 *   · 三、对策建议与目标调整 · [四、target proposals for a later plan]
 *   Annexes: 1 charts · 2 scenarios · 3 sensitivity · 4 data sources (documents by title, file names as
 *   footnotes; every value's source) · 5 conflicts with their reasons · 6 methods (formulas, evaluation
 *   rules, preset, the calibration table, interval sources, run) · 7 the model of each indicator
 */
import type { ReportChart } from './report-charts.js';
import { translate, type Language } from './messages.js';
import type { ReportModel } from './report-model.js';
import { presetLabel } from './report-text.js';
import { calibrationTable, comparisonTable, intervalSourceTable, modelTable, runSettingsTable, scenarioTable, sensitivityTable, type ReportTable } from './report-tables.js';
import { evaluationSections } from './evaluation/evaluation-outline.js';
import { conflictsTable, documentFiles, documentsTable, valuesTable } from './evaluation/evaluation-tables.js';

export type OutlineBlock =
  | { type: 'paragraph'; text: string }
  | { type: 'list'; items: string[] }
  | { type: 'subheading'; text: string }
  | { type: 'table'; table: ReportTable }
  /** small print at the end of a section: the file names of the sources */
  | { type: 'footnotes'; heading: string; items: string[] };

export interface OutlineSection {
  id: string;
  heading: string;
  blocks: OutlineBlock[];
  charts: Pick<ReportChart, 'name' | 'title'>[];
}

/** The title by the kind of evaluation and the plan evaluated. */
export function reportTitle(model: ReportModel, language: Language): string {
  const region = model.meta.regionName[language];
  const { kind, plan } = model.evaluation;
  if (plan !== null && plan.hasOwnGoals) return translate(language, `evaluation.title.${kind}`, { region, plan: plan.name[language] });
  return translate(language, kind === 'final' ? 'evaluation.title.final-general' : 'evaluation.title.mid-term-general', { region });
}

/** The title, the line under it and the closing line, the same in every rendering. */
export function reportHeading(model: ReportModel, language: Language = model.meta.language): { title: string; subtitle: string; footer: string } {
  const { meta } = model;
  const year = meta.asOfYear ?? meta.dataYear;
  const subtitle = [
    ...(year !== null ? [translate(language, 'report.as-of', { year })] : []),
    translate(language, 'report.main-scenario', { scenario: meta.scenarios[0]?.label[language] ?? meta.mainScenario }),
    translate(language, 'report.assessment-method', { preset: presetLabel(model, language) }),
  ];
  return {
    title: reportTitle(model, language),
    subtitle: subtitle.join(' · '),
    footer: `${translate(language, 'report.generated-by', { version: meta.plancastVersion })} · ${translate(language, 'meta.seed')} ${meta.seed} · ${meta.generator} · ${translate(language, 'meta.paths')} ${meta.pathCount}`,
  };
}

function tableOrNothing(table: ReportTable, heading?: string): OutlineBlock[] {
  if (table.rows.length === 0) return [];
  return [...(heading ? [{ type: 'subheading' as const, text: heading }] : []), { type: 'table', table }];
}

function chartsOf(charts: readonly ReportChart[], kind: ReportChart['kind']): Pick<ReportChart, 'name' | 'title'>[] {
  return charts.filter((chart) => chart.kind === kind).map(({ name, title }) => ({ name, title }));
}

function annexSections(model: ReportModel, charts: readonly ReportChart[], language: Language): OutlineSection[] {
  const t = (key: Parameters<typeof translate>[1]) => translate(language, key as 'report.summary');
  const presetName = presetLabel(model, language);
  return [
    { id: 'charts', heading: t('annex.charts'), blocks: [{ type: 'paragraph', text: t('report.charts-intro') }], charts: chartsOf(charts, 'fan') },
    {
      id: 'scenarios', heading: t('annex.scenarios'),
      blocks: [{ type: 'table', table: scenarioTable(model, language) }, ...(model.comparison.length > 0 ? [{ type: 'paragraph' as const, text: t('scenario.comparison-intro') }, { type: 'table' as const, table: comparisonTable(model, language) }] : [])],
      charts: chartsOf(charts, 'scenario-comparison'),
    },
    {
      id: 'sensitivity', heading: t('annex.sensitivity'),
      blocks: [{ type: 'paragraph', text: t('sensitivity.explanation') }, { type: 'paragraph', text: t('sensitivity.groups') }, ...tableOrNothing(sensitivityTable(model, language))],
      charts: chartsOf(charts, 'sensitivity'),
    },
    {
      id: 'provenance', heading: t('annex.sources'),
      blocks: [
        { type: 'paragraph', text: t('sources.intro') },
        ...tableOrNothing(documentsTable(model, language)),
        ...tableOrNothing(valuesTable(model, language), t('sources.values')),
        ...(model.evaluation.documents.length > 0 ? [{ type: 'footnotes' as const, heading: t('sources.files'), items: documentFiles(model, language) }] : []),
      ],
      charts: [],
    },
    {
      id: 'conflicts', heading: t('annex.conflicts'),
      blocks: model.conflicts.length > 0 ? [{ type: 'table', table: conflictsTable(model, language) }] : [{ type: 'paragraph', text: t('provenance.no-conflicts') }],
      charts: [],
    },
    {
      id: 'methods', heading: t('annex.methods'),
      blocks: [
        { type: 'subheading', text: t('methods.formulas') },
        { type: 'list', items: [t('methods.cagr'), t('methods.required-growth'), t('methods.attainment'), t('methods.straight-path'), t('methods.cumulative'), t('methods.cumulative-schedule'), t('methods.passed-goals'), t('methods.binding-warning'), translate(language, 'methods.probability', { paths: model.meta.pathCount, seed: String(model.meta.seed), generator: model.meta.generator }), t('methods.intervals'), t('methods.main-goal')] },
        { type: 'subheading', text: t('methods.evaluation') },
        { type: 'list', items: [t('methods.evaluation-kind'), t('methods.halfway'), t('methods.gap'), t('methods.decomposition'), t('methods.levers'), t('methods.adjusted-targets')] },
        { type: 'subheading', text: t('table.preset') },
        { type: 'paragraph', text: `${translate(language, 'methods.preset-used', { preset: presetName })} ${t(`methods.preset.${model.meta.preset}`)}` },
        { type: 'paragraph', text: t('methods.not-assessable') },
        ...(model.calibration.length > 0
          ? [{ type: 'subheading' as const, text: t('methods.calibration-table') }, { type: 'paragraph' as const, text: t('methods.calibration') }, { type: 'paragraph' as const, text: t('methods.calibration-intro') }, { type: 'table' as const, table: calibrationTable(model, language) }]
          : []),
        ...tableOrNothing(intervalSourceTable(model, language), t('methods.interval-sources')),
        { type: 'subheading', text: t('report.run-settings') },
        { type: 'table', table: runSettingsTable(model, language) },
        { type: 'paragraph', text: t('meta.manifest') },
      ],
      charts: [],
    },
    { id: 'models', heading: t('annex.models'), blocks: [{ type: 'paragraph', text: t('model.intro') }, ...tableOrNothing(modelTable(model, language))], charts: [] },
  ];
}

export function reportOutline(model: ReportModel, charts: readonly ReportChart[], language: Language = model.meta.language): OutlineSection[] {
  return [...evaluationSections(model, charts, language), ...annexSections(model, charts, language)];
}

/**
 * The report's outline: its sections in reading order, each a list of blocks (paragraphs, lists, tables,
 * sub-headings) followed by its charts. report.md and index.html are both renderings of this one
 * outline, so they cannot drift apart. Charts come last in a section because that is where the HTML
 * document places them.
 *
 *   1 Summary (counts, binding-goal warnings, status chart) · 2 Progress of the indicators (the current
 *   plan's goals and later ones; the earlier plans' results — each table headed by the calendar's plan names)
 *   3 Charts (one fan per indicator) · 4 Scenarios · 5 Sensitivity · 6 Models
 *   Appendix A: provenance and conflicts · Appendix B: methods (formulas, preset, calibration, interval sources, run)
 */
import type { ReportChart } from './report-charts.js';
import { translate, type Language } from './messages.js';
import type { ReportModel } from './report-model.js';
import { presetLabel } from './report-text.js';
import {
  calibrationTable, comparisonTable, conflictTable, goalsWithoutDataTable, goalTable, intervalSourceTable, modelTable, provenanceTable, runSettingsTable, scenarioTable, sensitivityTable,
  type ReportTable,
} from './report-tables.js';

export type OutlineBlock =
  | { type: 'paragraph'; text: string }
  | { type: 'list'; items: string[] }
  | { type: 'subheading'; text: string }
  | { type: 'table'; table: ReportTable };

export interface OutlineSection {
  id: string;
  heading: string;
  blocks: OutlineBlock[];
  charts: Pick<ReportChart, 'name' | 'title'>[];
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
    title: translate(language, 'report.title', { region: meta.regionName[language] }),
    subtitle: subtitle.join(' · '),
    footer: `${translate(language, 'report.generated-by', { version: meta.plancastVersion })} · ${translate(language, 'meta.seed')} ${meta.seed} · ${meta.generator} · ${translate(language, 'meta.paths')} ${meta.pathCount}`,
  };
}

const ON_TRACK = new Set(['on-track', 'on-schedule', 'maintain', 'sun', 'on-schedule-exceed', 'on-schedule-expected', 'ahead-of-expectations', 'in-line']);
const ACHIEVED = new Set(['achieved', 'completed-early', 'achieved-early']);

/** The separator of a list of names: 、 in Chinese, a comma in English. */
function listSeparator(language: Language): string {
  return language === 'zh' ? '、' : ', ';
}

/** "“十四五”、2035年远景目标": the names of the plans of a section's goals, in calendar order. */
function sectionPlans(model: ReportModel, section: 'current' | 'previous', language: Language): string {
  const ids = new Set(model.goals.filter((row) => row.section === section && row.planPeriod !== null).map((row) => row.planPeriod));
  return model.meta.plans.filter((plan) => ids.has(plan.id)).map((plan) => plan.name[language]).join(listSeparator(language));
}

function sectionHeading(model: ReportModel, section: 'current' | 'previous', language: Language): string {
  const plans = sectionPlans(model, section, language);
  if (plans === '') return translate(language, 'report.indicator-table');
  return translate(language, section === 'current' ? 'report.plan-goals' : 'report.plan-results', { plans });
}

function summaryBlocks(model: ReportModel, language: Language): OutlineBlock[] {
  const current = model.goals.filter((row) => row.section === 'current');
  const withData = current.filter((row) => row.status !== 'no-data');
  const ahead = withData.filter((row) => row.basis === 'simulated');
  const count = (predicate: (row: (typeof current)[number]) => boolean) => ahead.filter(predicate).length;
  const blocks: OutlineBlock[] = [
    { type: 'paragraph', text: translate(language, 'report.summary-counts', { total: withData.length, achieved: withData.filter((row) => ACHIEVED.has(row.status)).length, onTrack: withData.filter((row) => ON_TRACK.has(row.status)).length }) },
    {
      type: 'paragraph',
      text: translate(language, 'report.summary-outlook', {
        goals: ahead.length, veryLikely: count((row) => row.outlook === 'very-likely'), likely: count((row) => row.outlook === 'likely'),
        uncertain: count((row) => row.outlook === 'uncertain'), unlikely: count((row) => row.outlook === 'unlikely' || row.outlook === 'very-unlikely'),
      }),
    },
  ];
  const notAssessable = ahead.filter((row) => row.status === 'not-assessable').length;
  if (notAssessable > 0) blocks.push({ type: 'paragraph', text: translate(language, 'report.summary-no-progress', { count: notAssessable }) });
  const noData = current.length - withData.length;
  if (noData > 0) blocks.push({ type: 'paragraph', text: translate(language, 'report.summary-no-data', { count: noData }) });
  const warned = model.goals.filter((row) => row.bindingWarning !== null);
  if (warned.length > 0) blocks.push({ type: 'paragraph', text: translate(language, 'report.binding-warnings', { count: warned.length, names: warned.map((row) => `${row.name[language]} ${row.targetYear}`).join(listSeparator(language)) }) });
  return blocks;
}

function tableOrNothing(table: ReportTable, heading?: string): OutlineBlock[] {
  if (table.rows.length === 0) return [];
  return [...(heading ? [{ type: 'subheading' as const, text: heading }] : []), { type: 'table', table }];
}

function chartsOf(charts: readonly ReportChart[], kind: ReportChart['kind']): Pick<ReportChart, 'name' | 'title'>[] {
  return charts.filter((chart) => chart.kind === kind).map(({ name, title }) => ({ name, title }));
}

export function reportOutline(model: ReportModel, charts: readonly ReportChart[], language: Language = model.meta.language): OutlineSection[] {
  const t = (key: Parameters<typeof translate>[1]) => translate(language, key as 'report.summary');
  const presetName = presetLabel(model, language);
  return [
    { id: 'summary', heading: t('report.summary'), blocks: summaryBlocks(model, language), charts: chartsOf(charts, 'status-summary') },
    {
      id: 'indicators', heading: t('report.indicator-table'),
      blocks: [
        ...tableOrNothing(goalTable(model, 'current', language), sectionHeading(model, 'current', language)),
        ...tableOrNothing(goalTable(model, 'previous', language), sectionHeading(model, 'previous', language)),
        ...tableOrNothing(goalsWithoutDataTable(model, language), t('report.goals-without-data')),
      ],
      charts: [],
    },
    { id: 'charts', heading: t('report.charts'), blocks: [{ type: 'paragraph', text: t('report.charts-intro') }], charts: chartsOf(charts, 'fan') },
    {
      id: 'scenarios', heading: t('scenario.section'),
      blocks: [{ type: 'table', table: scenarioTable(model, language) }, ...(model.comparison.length > 0 ? [{ type: 'paragraph' as const, text: t('scenario.comparison-intro') }, { type: 'table' as const, table: comparisonTable(model, language) }] : [])],
      charts: chartsOf(charts, 'scenario-comparison'),
    },
    {
      id: 'sensitivity', heading: t('sensitivity.section'),
      blocks: [{ type: 'paragraph', text: t('sensitivity.explanation') }, { type: 'paragraph', text: t('sensitivity.groups') }, ...tableOrNothing(sensitivityTable(model, language))],
      charts: chartsOf(charts, 'sensitivity'),
    },
    { id: 'models', heading: t('model.section'), blocks: [{ type: 'paragraph', text: t('model.intro') }, ...tableOrNothing(modelTable(model, language))], charts: [] },
    {
      id: 'provenance', heading: t('provenance.section'),
      blocks: [
        { type: 'paragraph', text: t('provenance.intro') },
        ...tableOrNothing(provenanceTable(model, language)),
        { type: 'subheading', text: t('provenance.conflicts') },
        ...(model.conflicts.length > 0 ? [{ type: 'table' as const, table: conflictTable(model, language) }] : [{ type: 'paragraph' as const, text: t('provenance.no-conflicts') }]),
      ],
      charts: [],
    },
    {
      id: 'methods', heading: t('methods.section'),
      blocks: [
        { type: 'subheading', text: t('methods.formulas') },
        { type: 'list', items: [t('methods.cagr'), t('methods.required-growth'), t('methods.attainment'), t('methods.straight-path'), t('methods.cumulative'), t('methods.cumulative-schedule'), t('methods.passed-goals'), t('methods.binding-warning'), translate(language, 'methods.probability', { paths: model.meta.pathCount, seed: String(model.meta.seed), generator: model.meta.generator }), t('methods.intervals'), t('methods.main-goal')] },
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
  ];
}

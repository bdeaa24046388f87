/**
 * The evaluation proper, as outline sections (report-outline.ts renders them before the annexes):
 *
 *   一、总体进展 (paragraphs, the status chart) · the indicator table of the evaluated plan (each year's
 *   actual with its source), the long-range goals, goals already set for a later plan, earlier plans'
 *   results, goals without data · 二、存在问题与原因 · 三、对策建议与目标调整 · [四、<plan>目标建议]
 */
import { translate, type Language } from '../messages.js';
import type { ReportModel } from '../report-model.js';
import type { OutlineBlock, OutlineSection } from '../report-outline.js';
import type { ReportTable } from '../report-tables.js';
import { formatChance } from '../report-text.js';
import type { ReportChart } from '../report-charts.js';
import { goalsWithoutDataTable, indicatorTable, measuresTable } from './evaluation-tables.js';
import { listSeparator, measureParagraph, problemParagraph, progressParagraphs } from './evaluation-text.js';
import { reachableTable, rulesTable } from './proposal-tables.js';
import type { ReferenceClassInfo, TargetProposals } from './target-proposal-model.js';

const paragraph = (text: string): OutlineBlock => ({ type: 'paragraph', text });

function tableBlocks(table: ReportTable, heading?: string): OutlineBlock[] {
  if (table.rows.length === 0) return [];
  return [...(heading !== undefined ? [{ type: 'subheading' as const, text: heading }] : []), { type: 'table', table }];
}

function planNames(model: ReportModel, ids: readonly string[], language: Language): string {
  const plans = new Set(model.goals.filter((row) => ids.includes(row.goalId)).map((row) => row.planPeriod));
  return model.meta.plans.filter((plan) => plans.has(plan.id)).map((plan) => plan.name[language]).join(listSeparator(language));
}

function summaryParagraphs(model: ReportModel, language: Language): OutlineBlock[] {
  const rows = model.goals.filter((row) => model.evaluation.groups.evaluated.includes(row.goalId));
  const ahead = rows.filter((row) => row.basis === 'simulated');
  const count = (predicate: (row: (typeof rows)[number]) => boolean) => ahead.filter(predicate).length;
  const blocks: OutlineBlock[] = [];
  if (ahead.length > 0) {
    blocks.push(paragraph(translate(language, 'report.summary-outlook', {
      goals: ahead.length, veryLikely: count((row) => row.outlook === 'very-likely'), likely: count((row) => row.outlook === 'likely'),
      uncertain: count((row) => row.outlook === 'uncertain'), unlikely: count((row) => row.outlook === 'unlikely' || row.outlook === 'very-unlikely'),
    })));
  }
  const warned = model.goals.filter((row) => row.bindingWarning !== null);
  if (warned.length > 0) blocks.push(paragraph(translate(language, 'report.binding-warnings', { count: warned.length, names: warned.map((row) => `${row.name[language]} ${row.targetYear}`).join(listSeparator(language)) })));
  const notAssessable = rows.filter((row) => row.status === 'not-assessable').length;
  if (notAssessable > 0) blocks.push(paragraph(translate(language, 'report.summary-no-progress', { count: notAssessable })));
  const noData = model.goals.filter((row) => row.status === 'no-data').length;
  if (noData > 0) blocks.push(paragraph(translate(language, 'report.summary-no-data', { count: noData })));
  return blocks;
}

function tableSection(model: ReportModel, language: Language): OutlineSection {
  const { evaluation } = model;
  const plan = evaluation.plan;
  const heading = plan !== null && plan.hasOwnGoals ? translate(language, 'evaluation.table', { plan: plan.name[language] }) : translate(language, 'evaluation.table-general');
  const main = indicatorTable(model, evaluation.groups.evaluated, language, true, 'goals-evaluated');
  const blocks: OutlineBlock[] = [
    ...(main.rows.length > 0 ? [{ type: 'table' as const, table: main }, paragraph(translate(language, 'evaluation.table-note'))] : []),
    ...tableBlocks(indicatorTable(model, evaluation.groups['long-range'], language, false, 'goals-long-range'), planNames(model, evaluation.groups['long-range'], language)),
    ...tableBlocks(indicatorTable(model, evaluation.groups.next, language, false, 'goals-next'), translate(language, 'evaluation.next-table', { plans: planNames(model, evaluation.groups.next, language) })),
    ...tableBlocks(indicatorTable(model, evaluation.groups.earlier, language, false, 'goals-earlier'), translate(language, 'report.plan-results', { plans: planNames(model, evaluation.groups.earlier, language) })),
    ...tableBlocks(goalsWithoutDataTable(model, language), translate(language, 'report.goals-without-data')),
  ];
  return { id: 'indicators', heading, blocks, charts: [] };
}

function problemsSection(model: ReportModel, language: Language): OutlineSection {
  const { problems, riskThreshold } = model.evaluation;
  const threshold = formatChance(riskThreshold)!;
  const blocks: OutlineBlock[] = problems.length === 0
    ? [paragraph(translate(language, 'evaluation.no-problems', { threshold }))]
    : [paragraph(translate(language, 'evaluation.problems-intro', { count: problems.length, threshold })), { type: 'list', items: problems.map((problem) => problemParagraph(model, problem, language)) }];
  return { id: 'problems', heading: translate(language, 'evaluation.problems'), blocks, charts: [] };
}

function measuresSection(model: ReportModel, language: Language): OutlineSection {
  const { proposals, riskThreshold } = model.evaluation;
  const threshold = formatChance(riskThreshold)!;
  const blocks: OutlineBlock[] = proposals.length === 0
    ? [paragraph(translate(language, 'evaluation.no-measures', { threshold }))]
    : [
        paragraph(translate(language, 'evaluation.measures-intro', { count: proposals.length, threshold })),
        { type: 'list', items: proposals.map((proposal) => measureParagraph(model, proposal, language)) },
        { type: 'table', table: measuresTable(model, language) },
        paragraph(translate(language, 'evaluation.congress-note')),
      ];
  return { id: 'measures', heading: translate(language, 'evaluation.measures'), blocks, charts: [] };
}

/** Each reference class the proposals compare with, its size and the indicators compared with it. */
function referenceClassItems(proposals: TargetProposals, language: Language): string[] {
  const byClass = new Map<string, { reference: ReferenceClassInfo; names: string[] }>();
  for (const proposal of proposals.indicators) {
    if (proposal.reference === null) continue;
    const key = `${proposal.reference.corpus}/${proposal.reference.classId}`;
    const entry = byClass.get(key) ?? { reference: proposal.reference, names: [] };
    entry.names.push(proposal.name[language]);
    byClass.set(key, entry);
  }
  return [...byClass.values()].map(({ reference, names }) => translate(language, 'proposal.reference-class', {
    name: reference.match === 'general' || reference.className === null
      ? translate(language, 'proposal.reference-general', { corpus: reference.corpusName[language] })
      : translate(language, 'proposal.reference-named', { corpus: reference.corpusName[language], name: reference.className[language] }),
    series: reference.series, windows: reference.windows, names: names.join(listSeparator(language)),
  }));
}

function proposalsSection(model: ReportModel, language: Language): OutlineSection | undefined {
  const proposals = model.evaluation.targetProposals;
  if (proposals === null) return undefined;
  const { plan } = proposals;
  const heading = translate(language, 'proposal.section', { number: language === 'zh' ? '四、' : '4. ', plan: plan.name[language] });
  if (proposals.indicators.length === 0) return { id: 'target-proposals', heading, blocks: [paragraph(translate(language, 'proposal.none'))], charts: [] };
  const confidences = proposals.confidences.map((confidence) => formatChance(confidence)!).join(language === 'zh' ? '和' : ' and ');
  const blocks: OutlineBlock[] = [paragraph(translate(language, 'proposal.intro', { year: plan.lastYear, first: plan.firstYear, last: plan.lastYear, confidences }))];
  const classes = referenceClassItems(proposals, language);
  if (classes.length > 0) blocks.push(paragraph(translate(language, 'proposal.reference-corpus')), { type: 'list', items: classes });
  const projected = proposals.indicators.filter((proposal) => proposal.base !== null && !proposal.base.observed);
  if (projected.length > 0) blocks.push(paragraph(translate(language, 'proposal.base-projected', { year: plan.baseYear, names: projected.map((proposal) => proposal.name[language]).join(listSeparator(language)) })));
  blocks.push({ type: 'subheading', text: translate(language, 'proposal.reachable-table') }, { type: 'table', table: reachableTable(proposals, language) });
  blocks.push({ type: 'subheading', text: translate(language, 'proposal.rules-table') }, paragraph(translate(language, 'proposal.rules-intro')), { type: 'table', table: rulesTable(proposals, language) });
  blocks.push(paragraph(translate(language, 'evaluation.congress-note')));
  return { id: 'target-proposals', heading, blocks, charts: [] };
}

/** The evaluation's sections in reading order. */
export function evaluationSections(model: ReportModel, charts: readonly Pick<ReportChart, 'name' | 'title' | 'kind'>[], language: Language): OutlineSection[] {
  const progress: OutlineSection = {
    id: 'progress', heading: translate(language, 'evaluation.progress'),
    blocks: [...progressParagraphs(model, language).map(paragraph), ...summaryParagraphs(model, language)],
    charts: charts.filter((chart) => chart.kind === 'status-summary').map(({ name, title }) => ({ name, title })),
  };
  const proposals = proposalsSection(model, language);
  return [progress, tableSection(model, language), problemsSection(model, language), measuresSection(model, language), ...(proposals ? [proposals] : [])];
}

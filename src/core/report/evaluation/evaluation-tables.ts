/**
 * The evaluation's tables as display text (report-tables.ts's cells, rendered alike in HTML, Markdown,
 * Word and Excel): the indicator table with each year's actual and its source number, the measures
 * (levers and the targets reachable at 50 % and 80 %), the documents annex, every value's source by
 * document number and table, and the conflicts with their reasons from the catalogue.
 */
import { translate, unitName, type Language } from '../messages.js';
import type { GoalRow, ReportModel } from '../report-model.js';
import type { ReportTable, TableCell } from '../report-tables.js';
import { formatChance, formatShare, formatValue, goalText, OUTLOOK_COLORS, outlookName, statusColor, statusName } from '../report-text.js';
import type { DocumentRow } from './evaluation-model.js';

const cell = (text: string | number | null, extra: Omit<TableCell, 'text'> = {}): TableCell => ({ text: text === null ? null : String(text), ...extra });

export function attributeText(attribute: string | null, language: Language): string | null {
  return attribute === 'expected' || attribute === 'binding' ? translate(language, `attribute.${attribute}`) : null;
}

/** The status in words, with the reason a goal is not assessable. */
export function statusWords(row: GoalRow, language: Language): string {
  const name = statusName(language, row.status);
  if (row.status !== 'not-assessable' || row.statusReason === null) return name;
  const reason = translate(language, `reason.${row.statusReason as 'no-base'}`);
  return language === 'zh' ? `${name}（${reason}）` : `${name} (${reason})`;
}

function rowsOf(model: ReportModel, ids: readonly string[]): GoalRow[] {
  const wanted = new Set(ids);
  return model.goals.filter((row) => wanted.has(row.goalId) && row.status !== 'no-data');
}

function growthCell(row: GoalRow, language: Language): TableCell {
  if (row.kind === 'cumulative-target' && row.yearlyAmountNeeded !== null) {
    const value = formatValue(row.yearlyAmountNeeded);
    return cell(value === null ? null : language === 'zh' ? `每年${value}` : `${value} a year`);
  }
  return cell(formatShare(row.requiredGrowth));
}

function achievedCell(model: ReportModel, row: GoalRow, language: Language): TableCell {
  const problem = model.evaluation.problems.find((entry) => entry.goalId === row.goalId);
  const since = problem?.achievedGrowth ?? sinceBase(row);
  if (since !== null) return cell(formatShare(since));
  const history = formatShare(row.historicalGrowth);
  return cell(history === null ? null : translate(language, 'table.historical-mark', { value: history }));
}

/** Compound growth from the base to the latest observation, where one lies after the base. */
function sinceBase(row: GoalRow): number | null {
  const { baseYear, baseValue, latestYear, latestValue } = row;
  if (baseYear === null || baseValue === null || latestYear === null || latestValue === null || !(latestYear > baseYear) || !(baseValue > 0) || !(latestValue > 0)) return null;
  return Math.expm1(Math.log(latestValue / baseValue) / (latestYear - baseYear));
}

/**
 * The indicator table of a group of goals: name, unit, attribute, base, each year's actual with its
 * source (the evaluated plan's table only), goal, 完成进度, 序时进度, status, probability, growth required
 * and achieved.
 */
/** The base value's source, where the yearly actuals hold the base year. */
function baseSources(actuals: readonly { year: number; source: number }[], baseYear: number | null): number[] {
  const base = actuals.find((entry) => entry.year === baseYear);
  return base !== undefined && base.source > 0 ? [base.source] : [];
}

export function indicatorTable(model: ReportModel, ids: readonly string[], language: Language, withYears: boolean, id: string): ReportTable {
  const { evaluation } = model;
  const years = withYears ? evaluation.yearColumns : [];
  const baseYear = evaluation.plan?.baseYear ?? null;
  const rows = rowsOf(model, ids).map((row) => {
    const actuals = evaluation.actuals.find((entry) => entry.indicator === row.indicator)?.values ?? [];
    const base = formatValue(row.baseValue);
    const baseText = base === null ? null : row.baseYear !== null && (row.baseYear !== baseYear || !withYears) ? (language === 'zh' ? `${base}（${row.baseYear}）` : `${base} (${row.baseYear})`) : base;
    return [
      cell(row.name[language]),
      cell(unitName(language, row.unit) || null),
      cell(attributeText(row.attribute, language)),
      cell(baseText, { sources: baseSources(actuals, row.baseYear) }),
      ...years.map((year) => {
        const value = actuals.find((entry) => entry.year === year);
        return value === undefined ? cell(null) : cell(`${formatValue(value.value)}${value.estimate ? '*' : ''}`, { sources: value.source > 0 ? [value.source] : [] });
      }),
      cell(goalText(row, language)),
      cell(formatShare(row.distanceCovered)),
      cell(formatShare(row.timeElapsed)),
      cell(statusWords(row, language), { color: statusColor(row.status) }),
      cell(row.probability === null ? outlookName(language, row.outlook) : `${formatChance(row.probability)} ${outlookName(language, row.outlook)}`, { color: OUTLOOK_COLORS[row.outlook] }),
      growthCell(row, language),
      achievedCell(model, row, language),
    ];
  });
  const yearStart = 4;
  return {
    id,
    headers: [
      translate(language, 'table.indicator'), translate(language, 'table.unit-column'), translate(language, 'table.attribute'),
      withYears && baseYear !== null ? translate(language, 'table.base-in', { year: baseYear }) : translate(language, 'table.base'),
      ...years.map((year) => translate(language, 'table.actual-in', { year })),
      translate(language, 'table.goal'), translate(language, 'table.progress'), translate(language, 'table.time-elapsed'), translate(language, 'table.status'),
      translate(language, 'table.probability'), translate(language, 'table.required-growth'), translate(language, 'table.achieved-growth'),
    ],
    rows,
    numericColumns: [3, ...years.map((_, index) => yearStart + index), yearStart + years.length + 1, yearStart + years.length + 2, yearStart + years.length + 5, yearStart + years.length + 6],
  };
}

/** A source as a reader cites it: "［1］表1 …" (the document's number in the annex and the table). */
export function sourceText(model: ReportModel, document: string, location: string, language: Language): string {
  const row = model.evaluation.documents.find((entry) => entry.id === document);
  const number = row?.number ?? 0;
  // a public page is cited by its number alone: the page is the place
  return row?.kind === 'web-page' || location === '' ? translate(language, 'source.number', { number }) : translate(language, 'source.cited', { number, location });
}

/** Goals of indicators without data: what they are and where the plan states them. */
export function goalsWithoutDataTable(model: ReportModel, language: Language): ReportTable {
  const rows = model.goals.filter((row) => row.status === 'no-data').map((row) => [
    cell(row.name[language]), cell(unitName(language, row.unit) || null), cell(goalText(row, language)), cell(attributeText(row.attribute, language)),
    cell(sourceText(model, row.source.document, row.source.location, language)),
  ]);
  return {
    id: 'goals-without-data',
    headers: [translate(language, 'table.indicator'), translate(language, 'table.unit-column'), translate(language, 'table.goal'), translate(language, 'table.attribute'), translate(language, 'sources.source')],
    rows, numericColumns: [],
  };
}

/** 三: one row per goal below the threshold — levers, the targets reachable at 50 % and 80 %, its standing. */
export function measuresTable(model: ReportModel, language: Language): ReportTable {
  const { evaluation } = model;
  const confidences = evaluation.proposalConfidences;
  const rows = evaluation.proposals.map((proposal) => {
    const row = model.goals.find((goal) => goal.goalId === proposal.goalId)!;
    const policy = proposal.levers.filter((lever) => lever.control === 'policy').slice(0, 2);
    return [
      cell(row.name[language]),
      cell(goalText(row, language)),
      cell(formatChance(proposal.probability), { color: OUTLOOK_COLORS[row.outlook] }),
      cell(policy.length === 0 ? null : policy.map((lever) => {
        const range = `${formatChance(Math.min(lever.low, lever.high))}–${formatChance(Math.max(lever.low, lever.high))}`;
        return language === 'zh' ? `${lever.label.zh}（${range}）` : `${lever.label.en} (${range})`;
      }).join(language === 'zh' ? '；' : '; ')),
      ...confidences.map((confidence) => {
        const adjusted = proposal.adjusted.find((entry) => entry.confidence === confidence);
        if (adjusted === undefined) return cell(null);
        const value = formatValue(adjusted.value)!;
        return cell(adjusted.growth === null ? value : translate(language, 'evaluation.value-with-growth', { value, growth: formatShare(adjusted.growth)! }));
      }),
      cell(translate(language, proposal.binding ? 'evaluation.proposal-binding' : 'evaluation.proposal-for-congress')),
    ];
  });
  return {
    id: 'measures',
    headers: [
      translate(language, 'table.indicator'), translate(language, 'table.goal'), translate(language, 'table.probability'), translate(language, 'evaluation.main-levers'),
      ...confidences.map((confidence) => translate(language, 'evaluation.adjusted-at', { confidence: formatChance(confidence)! })), translate(language, 'evaluation.proposal-status'),
    ],
    rows, numericColumns: [2],
  };
}

function documentTitle(row: DocumentRow, language: Language): string {
  return row.titleIsDescription ? translate(language, 'sources.described', { title: row.title[language] }) : row.title[language];
}

function documentDate(row: DocumentRow, language: Language): string | null {
  if (row.date !== null && row.published !== null && row.published !== row.date) return translate(language, 'sources.published', { date: row.date, published: row.published });
  if (row.date !== null) return row.date;
  return row.published === null ? null : translate(language, 'sources.published-only', { published: row.published });
}

/** The documents annex: number, title, issuer, document number, date, tables cited (no file names). */
export function documentsTable(model: ReportModel, language: Language): ReportTable {
  return {
    id: 'documents',
    headers: [translate(language, 'sources.number'), translate(language, 'sources.title'), translate(language, 'sources.issuer'), translate(language, 'sources.document-number'), translate(language, 'sources.date'), translate(language, 'sources.tables')],
    rows: model.evaluation.documents.map((row) => [
      cell(`[${row.number}]`), cell(documentTitle(row, language)), cell(row.issuer?.[language] ?? null), cell(row.documentNumber), cell(documentDate(row, language)),
      cell(row.locations.length === 0 ? null : row.locations.join(language === 'zh' ? '；' : '; ')),
    ]),
    numericColumns: [],
  };
}

/** The footnote of the documents annex: each source's file name or page address, by number. */
/** A seed document's file name: its number and a content hash ("000_c283ab80a0b54373.txt"). */
const SEED_DOCUMENT_FILE = /^(\d{3})_[0-9a-f]{16}\.txt$/;

/** The footnotes: each source's page address or file; an archived original by its number (a hash file name means nothing to a reader). */
export function documentFiles(model: ReportModel, language: Language): string[] {
  return model.evaluation.documents.map((row) => {
    const seed = SEED_DOCUMENT_FILE.exec(row.file);
    return `[${row.number}] ${seed === null ? row.file : translate(language, 'sources.seed-copy', { number: seed[1]!, file: row.file })}`;
  });
}

/** Every value behind the report with its source by number and table, line and the number as written. */
export function valuesTable(model: ReportModel, language: Language): ReportTable {
  const rows = model.provenance.map((row) => [
    cell(row.name[language]), cell(row.year), cell(translate(language, `record-kind.${row.kind}`)), cell(formatValue(row.value)),
    cell(sourceText(model, row.document, row.location, language)), cell(row.line), cell(row.asWritten),
    cell(row.used ? (row.conflictGroup ? translate(language, 'provenance.value-used') : null) : translate(language, 'provenance.superseded'), row.used ? {} : { color: '#f3f4f6' }),
  ]);
  return {
    id: 'provenance',
    headers: [translate(language, 'table.indicator'), translate(language, 'table.year'), translate(language, 'table.kind'), translate(language, 'table.value'), translate(language, 'sources.source'), translate(language, 'provenance.line'), translate(language, 'provenance.as-written'), translate(language, 'table.note')],
    rows, numericColumns: [3, 5],
  };
}

/** The conflicts: each source's value by number, the value used, and why (a catalogue key, or the user's own note). */
export function conflictsTable(model: ReportModel, language: Language): ReportTable {
  const rows = model.conflicts.map((row) => {
    const reason = model.evaluation.conflictReasons.find((entry) => entry.group === row.group)?.reason ?? null;
    const sources = row.values.map((value) => `${translate(language, 'source.value-in', { value: formatValue(value.value) ?? '', year: value.year, source: sourceText(model, value.document, value.location, language) })}${value.preferred ? ' ✓' : ''}`);
    const userData = row.values.some((value) => model.evaluation.documents.find((document) => document.id === value.document)?.kind === 'user-data');
    // a bundled conflict without a key keeps its curator's note (English) in the English report only; a user's note is in the user's own words
    const why = reason !== null ? translate(language, `conflict-reason.${reason}`) : row.reason !== null && (language === 'en' || userData) ? row.reason : translate(language, 'conflict.reason-unkeyed');
    return [cell(row.name[language]), cell(sources.join(language === 'zh' ? '；' : '; ')), cell(formatValue(row.valueUsed)), cell(why)];
  });
  return {
    id: 'conflicts',
    headers: [translate(language, 'table.indicator'), translate(language, 'provenance.values'), translate(language, 'provenance.value-used'), translate(language, 'conflict.note')],
    rows, numericColumns: [2],
  };
}

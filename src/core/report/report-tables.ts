/**
 * The report's tables as display text (the same in report.md and index.html): the goals of the 14th
 * and the 13th plan (base, latest, target, 完成率, 序时进度, status with colour, probability, required
 * growth), the scenario comparison, the sensitivity, the model table, the run settings, the provenance
 * of every value and the conflicts between sources. Cells are text; a cell may carry a colour.
 */
import { formatLabelNumber } from './charts/chart-style.js';
import { translate, unitName, type Language } from './messages.js';
import type { GoalRow, GoalSection, ReportModel } from './report-model.js';
import { formatChance, formatShare, formatValue, goalText, OUTLOOK_COLORS, outlookName, presetLabel, statusColor, statusName, valueInYear } from './report-text.js';

export interface TableCell {
  text: string | null;
  /** a background colour (status and outlook cells) */
  color?: string;
  /** the numbers of the value's sources in the documents annex, shown as a superscript [n] */
  sources?: number[];
}

export interface ReportTable {
  id: string;
  headers: string[];
  rows: TableCell[][];
  /** columns to right-align */
  numericColumns: number[];
}

const cell = (text: string | number | null, color?: string): TableCell => ({ text: text === null ? null : String(text), ...(color ? { color } : {}) });

/** "名称（单位）" / "Name (unit)". */
export function indicatorLabel(name: { zh: string; en: string }, unit: string, language: Language): string {
  const shown = unitName(language, unit);
  if (shown === '') return name[language];
  return language === 'zh' ? `${name.zh}（${shown}）` : `${name.en} (${shown})`;
}

function growth(rate: number | null): string | null {
  return formatShare(rate);
}

/** The status in words, with the reason a goal is not assessable ("无法评估（基期之后尚无观测值）"). */
function statusText(row: GoalRow, language: Language): string {
  const name = statusName(language, row.status);
  if (row.status !== 'not-assessable' || row.statusReason === null) return name;
  const reason = translate(language, `reason.${row.statusReason as 'no-base'}`);
  return language === 'zh' ? `${name}（${reason}）` : `${name} (${reason})`;
}

/** What a cumulative goal still needs each remaining year: "每年87" / "87 a year" (never a growth rate). */
function yearlyAmountText(amount: number, language: Language): string | null {
  const value = formatValue(amount);
  return value === null ? null : language === 'zh' ? `每年${value}` : `${value} a year`;
}

/** A cumulative goal's running sum so far: "累计63" / "63 in total". */
function runningTotalText(sum: number, language: Language): string | null {
  const value = formatValue(sum);
  return value === null ? null : language === 'zh' ? `累计${value}` : `${value} in total`;
}

function attributeText(row: GoalRow, language: Language): string | null {
  return row.attribute === 'expected' || row.attribute === 'binding' ? translate(language, `attribute.${row.attribute}`) : null;
}

export function goalTable(model: ReportModel, section: GoalSection, language: Language): ReportTable {
  const t = (key: 'table.indicator' | 'table.attribute' | 'table.base' | 'table.latest' | 'table.goal' | 'table.attainment' | 'table.distance-covered' | 'table.time-elapsed' | 'table.status' | 'table.warning' | 'table.probability' | 'table.required-growth' | 'table.historical-growth') => translate(language, key);
  const rows = model.goals.filter((row) => row.section === section && row.status !== 'no-data').map((row: GoalRow) => [
    cell(indicatorLabel(row.name, row.unit, language)),
    cell(attributeText(row, language)),
    cell(valueInYear(row.baseValue, row.baseYear, language)),
    cell(row.kind === 'cumulative-target' && row.cumulativeSoFar !== null ? runningTotalText(row.cumulativeSoFar, language) : valueInYear(row.latestValue, row.latestYear, language)),
    cell(goalText(row, language)),
    cell(formatShare(row.attainment)),
    cell(formatShare(row.distanceCovered)),
    cell(formatShare(row.timeElapsed)),
    cell(statusText(row, language), statusColor(row.status)),
    cell(row.bindingWarning === null ? null : `⚠ ${translate(language, `warning.${row.bindingWarning}`)}`, row.bindingWarning === null ? undefined : '#c0392b'),
    cell(row.probability === null ? outlookName(language, row.outlook) : `${formatChance(row.probability)} ${outlookName(language, row.outlook)}`, OUTLOOK_COLORS[row.outlook]),
    cell(row.kind === 'cumulative-target' && row.yearlyAmountNeeded !== null ? yearlyAmountText(row.yearlyAmountNeeded, language) : growth(row.requiredGrowth)),
    cell(growth(row.historicalGrowth)),
  ]);
  return {
    id: `goals-${section}`,
    headers: [t('table.indicator'), t('table.attribute'), t('table.base'), t('table.latest'), t('table.goal'), t('table.attainment'), t('table.distance-covered'), t('table.time-elapsed'), t('table.status'), t('table.warning'), t('table.probability'), t('table.required-growth'), t('table.historical-growth')],
    rows,
    numericColumns: [5, 6, 7, 11, 12],
  };
}

/** Goals of indicators the data has no observation of: what they are and where they are written. */
export function goalsWithoutDataTable(model: ReportModel, language: Language): ReportTable {
  const rows = model.goals.filter((row) => row.status === 'no-data').map((row) => [
    cell(indicatorLabel(row.name, row.unit, language)),
    cell(goalText(row, language)),
    cell(attributeText(row, language)),
    cell(`${row.source.document}${row.source.line === undefined ? '' : `:${row.source.line}`}`),
    cell(row.source.location),
  ]);
  return {
    id: 'goals-without-data',
    headers: [translate(language, 'table.indicator'), translate(language, 'table.goal'), translate(language, 'table.attribute'), translate(language, 'table.source'), translate(language, 'provenance.location')],
    rows,
    numericColumns: [],
  };
}

export function comparisonTable(model: ReportModel, language: Language): ReportTable {
  const scenarios = model.meta.scenarios;
  const keyOf = (row: { indicator: string; kind: string; targetYear: number; target: number }) => `${row.indicator}|${row.kind}|${row.targetYear}|${row.target}`;
  const keys = [...new Set(model.comparison.map(keyOf))];
  const rows = keys.map((key) => {
    const entries = model.comparison.filter((row) => keyOf(row) === key);
    const first = entries[0]!;
    const unit = model.forecasts.find((forecast) => forecast.indicator === first.indicator)?.unit ?? '';
    return [
      cell(indicatorLabel(first.name, unit, language)),
      cell(goalText(first, language)),
      ...scenarios.map((scenario) => {
        const entry = entries.find((row) => row.scenario === scenario.id);
        return entry ? cell(formatChance(entry.probability), OUTLOOK_COLORS[entry.outlook]) : cell(null);
      }),
    ];
  });
  return {
    id: 'scenario-comparison',
    headers: [translate(language, 'table.indicator'), translate(language, 'table.goal'), ...scenarios.map((scenario) => scenario.label[language])],
    rows,
    numericColumns: scenarios.map((_, index) => index + 2),
  };
}

export function scenarioTable(model: ReportModel, language: Language): ReportTable {
  return {
    id: 'scenarios',
    headers: [translate(language, 'scenario.name'), translate(language, 'scenario.extends'), translate(language, 'scenario.levers')],
    rows: model.meta.scenarios.map((scenario, index) => [
      cell(`${scenario.label[language]}${index === 0 ? ` — ${translate(language, 'scenario.main')}` : ''}`),
      cell(scenario.chain.length > 1 ? scenario.chain.slice(0, -1).map((id) => model.meta.scenarios.find((known) => known.id === id)?.label[language] ?? id).join(' → ') : null),
      cell(scenario.levers[language].length === 0 ? translate(language, 'scenario.no-levers') : scenario.levers[language].join('; ')),
    ]),
    numericColumns: [],
  };
}

export function sensitivityTable(model: ReportModel, language: Language): ReportTable {
  const rows = model.sensitivity.flatMap((row) => row.levers.map((lever, index) => [
    cell(index === 0 ? row.name[language] : ''),
    cell(index === 0 ? `${row.goalYear}` : ''),
    cell(index === 0 ? formatChance(row.baseProbability) : ''),
    cell(translate(language, lever.control === 'policy' ? 'sensitivity.policy-kind' : 'sensitivity.risk-kind')),
    cell(lever.label[language]),
    cell(formatChance(lever.low)),
    cell(formatChance(lever.high)),
    cell(Number.isFinite(lever.high - lever.low) ? `${Math.round(Math.max(Math.abs(lever.low - row.baseProbability), Math.abs(lever.high - row.baseProbability)) * 100)}` : null),
  ]));
  return {
    id: 'sensitivity',
    headers: [translate(language, 'table.indicator'), translate(language, 'table.target-year'), translate(language, 'legend.base-probability'), translate(language, 'sensitivity.control'), translate(language, 'sensitivity.lever'), translate(language, 'sensitivity.low'), translate(language, 'sensitivity.high'), translate(language, 'sensitivity.moves-points')],
    rows,
    numericColumns: [2, 5, 6, 7],
  };
}

export function modelTable(model: ReportModel, language: Language): ReportTable {
  const rows = model.models.map((row) => [
    cell(row.name[language]),
    cell(row.firstYear === null ? '0' : `${row.observations} (${row.firstYear === row.lastYear ? row.firstYear : `${row.firstYear}–${row.lastYear}`})`),
    cell(row.familyLabel ? `${row.familyLabel[language]} (${row.family})` : row.family),
    cell(translate(language, `model.criterion.${row.criterion}`)),
    cell(translate(language, `model.evidence.${row.evidence}`)),
    cell(row.aicc === null ? null : row.aicc.toFixed(2)),
    cell(row.backtestError === null ? null : `${formatLabelNumber(row.backtestError)}% (n=${row.backtestScoredPoints})`),
    cell(row.backtestCoverage === null ? null : row.backtestCoverage.map((entry) => `${entry.level}%: ${entry.covered}/${entry.total}`).join(', ')),
    cell(row.intervalSource === null ? null : translate(language, `interval-source.${row.intervalSource as 'pooled'}`)),
  ]);
  return {
    id: 'models',
    headers: [translate(language, 'table.indicator'), translate(language, 'model.observations'), translate(language, 'model.family'), translate(language, 'model.criterion'), translate(language, 'model.evidence'), translate(language, 'model.aicc'), translate(language, 'model.backtest-error'), translate(language, 'model.holdout-coverage'), translate(language, 'model.interval-source')],
    rows,
    numericColumns: [5, 6],
  };
}

export function provenanceTable(model: ReportModel, language: Language): ReportTable {
  const rows = model.provenance.map((row) => [
    cell(row.name[language]),
    cell(row.year),
    cell(translate(language, `record-kind.${row.kind}`)),
    cell(formatValue(row.value)),
    cell(row.document === 'derived' ? translate(language, 'provenance.derived') : row.document),
    cell(row.location),
    cell(row.line),
    cell(row.asWritten),
    cell(row.used ? (row.conflictGroup ? translate(language, 'provenance.value-used') : null) : translate(language, 'provenance.superseded'), row.used ? undefined : '#f3f4f6'),
  ]);
  return {
    id: 'provenance',
    headers: [translate(language, 'table.indicator'), translate(language, 'table.year'), translate(language, 'table.kind'), translate(language, 'table.value'), translate(language, 'provenance.document'), translate(language, 'provenance.location'), translate(language, 'provenance.line'), translate(language, 'provenance.as-written'), translate(language, 'table.note')],
    rows,
    numericColumns: [3, 6],
  };
}

export function conflictTable(model: ReportModel, language: Language): ReportTable {
  const rows = model.conflicts.map((row) => [
    cell(row.name[language]),
    cell(row.values.map((value) => `${formatValue(value.value)} (${value.year}, ${value.document}${value.line === null ? '' : `:${value.line}`}${value.preferred ? ' ✓' : ''})`).join('; ')),
    cell(formatValue(row.valueUsed)),
    cell(row.reason),
  ]);
  return {
    id: 'conflicts',
    headers: [translate(language, 'table.indicator'), translate(language, 'provenance.values'), translate(language, 'provenance.value-used'), translate(language, 'provenance.reason')],
    rows,
    numericColumns: [2],
  };
}

export function intervalSourceTable(model: ReportModel, language: Language): ReportTable {
  const referenceClass = (row: ReportModel['models'][number]): string | null =>
    row.referenceClass === null ? null : translate(language, `reference-class.${row.referenceClass.match}`, language === 'zh'
      ? { corpus: row.referenceClass.corpusName.zh, name: row.referenceClass.className?.zh ?? row.referenceClass.classId, series: row.referenceClass.series }
      : { corpus: row.referenceClass.corpus, name: row.referenceClass.classId, series: row.referenceClass.series });
  return {
    id: 'interval-sources',
    headers: [translate(language, 'table.indicator'), translate(language, 'model.family'), translate(language, 'model.reference-class'), translate(language, 'model.interval-source')],
    rows: model.models.map((row) => [
      cell(row.name[language]),
      cell(row.familyLabel?.[language] ?? row.family),
      cell(referenceClass(row)),
      cell(row.intervalSource === null ? null : `${translate(language, `interval-source.${row.intervalSource as 'pooled'}`)}${row.intervalSourceDescription && language === 'en' ? `: ${row.intervalSourceDescription}` : ''}`),
    ]),
    numericColumns: [],
  };
}

export function calibrationTable(model: ReportModel, language: Language): ReportTable {
  return {
    id: 'calibration',
    headers: ['calibration.corpus', 'calibration.learned', 'calibration.nominal', 'calibration.observed', 'calibration.points'].map((key) => translate(language, key as 'calibration.corpus')),
    rows: model.calibration.map((row) => [
      // a Chinese reader gets the corpus described; English keeps its id, as in the benchmarks README
      cell(language === 'zh' ? row.corpusName.zh : row.corpus),
      cell(translate(language, `calibration.${row.learnedFrom}`)),
      cell(`${row.level} %`),
      cell(`${(row.observed * 100).toFixed(1)} %`),
      cell(row.points),
    ]),
    numericColumns: [2, 3, 4],
  };
}

export function runSettingsTable(model: ReportModel, language: Language): ReportTable {
  const { meta } = model;
  const pairs: [string, string | null][] = [
    [translate(language, 'meta.version'), `plancast ${meta.plancastVersion}`],
    [translate(language, 'meta.seed'), String(meta.seed)],
    [translate(language, 'meta.generator'), meta.generator],
    [translate(language, 'meta.paths'), String(meta.pathCount)],
    [translate(language, 'meta.model-spec'), meta.modelSpec],
    [translate(language, 'table.preset'), presetLabel(model, language)],
    [translate(language, 'meta.as-of'), meta.asOfYear === null ? null : String(meta.asOfYear)],
    [translate(language, 'meta.data-year'), meta.dataYear === null ? null : String(meta.dataYear)],
    [translate(language, 'scenario.main'), meta.scenarios[0]?.label[language] ?? meta.mainScenario],
  ];
  return { id: 'run-settings', headers: [translate(language, 'table.item'), translate(language, 'table.value')], rows: pairs.map(([key, value]) => [cell(key), cell(value)]), numericColumns: [] };
}

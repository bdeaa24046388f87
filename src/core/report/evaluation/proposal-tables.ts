/**
 * The tables of target proposals for a later plan (the report's 十五五目标建议 and `plancast propose`): the
 * values reachable with each probability under each scenario, with the growth they imply and the share of
 * comparable series that grew as fast; the planners' common rules beside them.
 */
import { translate, unitName, type Language } from '../messages.js';
import type { ReportTable, TableCell } from '../report-tables.js';
import { comparatorSymbol } from '../charts/chart-style.js';
import { formatChance, formatShare, formatValue } from '../report-text.js';
import type { IndicatorProposal, PlannerRule, ReachableValue, TargetProposals } from './target-proposal-model.js';

const cell = (text: string | null): TableCell => ({ text });

function indicatorName(proposal: IndicatorProposal, language: Language): string {
  const unit = unitName(language, proposal.unit);
  return unit === '' ? proposal.name[language] : language === 'zh' ? `${proposal.name.zh}（${unit}）` : `${proposal.name.en} (${unit})`;
}

function baseText(proposal: IndicatorProposal, language: Language): string | null {
  if (proposal.base === null) return null;
  const value = formatValue(proposal.base.value)!;
  return proposal.base.observed ? value : translate(language, 'proposal.projected-mark', { value });
}

export function reachableCell(value: ReachableValue | undefined, language: Language): TableCell {
  if (value === undefined) return cell(null);
  const shown = formatValue(value.value)!;
  const growth = formatShare(value.growthOverPlan ?? value.growthFromLatest) ?? '—';
  return cell(value.referenceShare === null
    ? translate(language, 'proposal.cell-no-reference', { value: shown, growth })
    : translate(language, 'proposal.cell', { value: shown, growth, share: formatShare(value.referenceShare)! }));
}

export function reachableTable(proposals: TargetProposals, language: Language): ReportTable {
  const rows = proposals.indicators.flatMap((proposal) => proposal.scenarios.map((scenario, index) => [
    cell(index === 0 ? indicatorName(proposal, language) : ''),
    cell(index === 0 ? baseText(proposal, language) : ''),
    cell(scenario.label[language]),
    ...proposals.confidences.map((confidence) => reachableCell(scenario.values.find((value) => value.confidence === confidence), language)),
  ]));
  return {
    id: 'proposals-reachable',
    headers: [
      translate(language, 'table.indicator'), translate(language, 'proposal.base', { year: proposals.plan.baseYear }), translate(language, 'scenario.name'),
      ...proposals.confidences.map((confidence) => translate(language, 'proposal.at-confidence', { confidence: formatChance(confidence)!, year: proposals.plan.lastYear })),
    ],
    rows, numericColumns: [1],
  };
}

function ruleCell(rule: PlannerRule | undefined, language: Language): TableCell {
  if (rule === undefined) return cell(null);
  const value = formatValue(rule.value)!;
  const growth = formatShare(rule.growthOverPlan);
  let text = growth === null ? value : translate(language, 'evaluation.value-with-growth', { value, growth });
  if (rule.rule === 'cascade' && rule.detail?.parent !== undefined) {
    const how = rule.detail.share !== undefined && rule.detail.shareYear !== undefined
      ? translate(language, 'proposal.cascade-share', { parent: rule.detail.parent[language], share: formatShare(rule.detail.share)!, year: rule.detail.shareYear })
      : translate(language, 'proposal.cascade-level', { parent: rule.detail.parent[language] });
    text = language === 'zh' ? `${text}；${how}` : `${text}; ${how}`;
  }
  return cell(text);
}

export function rulesTable(proposals: TargetProposals, language: Language): ReportTable {
  const rules: PlannerRule['rule'][] = ['trend', 'doubling', 'cascade'];
  return {
    id: 'proposals-rules',
    headers: [translate(language, 'table.indicator'), translate(language, 'proposal.base', { year: proposals.plan.baseYear }), ...rules.map((rule) => translate(language, `proposal.rule.${rule}`)), translate(language, 'proposal.existing-goal')],
    rows: proposals.indicators.map((proposal) => [
      cell(indicatorName(proposal, language)), cell(baseText(proposal, language)),
      ...rules.map((rule) => ruleCell(proposal.rules.find((entry) => entry.rule === rule), language)),
      cell(proposal.existingGoal === null ? null : `${comparatorSymbol(proposal.existingGoal.comparator)}${formatValue(proposal.existingGoal.value)}`),
    ]),
    numericColumns: [1],
  };
}

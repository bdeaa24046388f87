/** What `plancast propose` does (the command's options are in commands/propose.ts): target proposals as a table or JSON. */
import { openWorkspace } from '../../app/workspace.js';
import { projectionInputs } from '../../app/projection-request.js';
import { PlancastError } from '../../core/errors.js';
import { runProposal } from '../../core/jobs/run-proposal.js';
import type { IndicatorProposal, PlannerRule, ReachableValue, TargetProposals } from '../../core/report/evaluation/target-proposal-model.js';
import { formatValue } from '../../core/report/report-text.js';
import { formatIssue } from '../../core/validation/validation-issue.js';
import type { CliIo } from '../cli-io.js';
import { formatTable } from '../format-table.js';
import { projectionRequest, workspaceOptions, type ProjectionOptions } from '../projection-options.js';

export interface ProposeOptions extends ProjectionOptions {
  confidence?: number[];
  scenario: string[];
  json?: boolean;
}

/** The scenarios a proposal compares when none is named (plan-path is left out: it meets the targets by construction). */
export const PROPOSAL_SCENARIOS = ['baseline', 'conservative', 'accelerated', 'downturn-shock'] as const;

const percent = (share: number | null): string => (share === null ? '—' : `${(share * 100).toFixed(1)}%`);

function valueCell(value: ReachableValue | undefined): string {
  if (value === undefined) return '—';
  const growth = value.growthOverPlan ?? value.growthFromLatest;
  const reference = value.referenceShare === null ? '' : `; ${percent(value.referenceShare)} as fast`;
  return `${formatValue(value.value)} (${percent(growth)}/yr${reference})`;
}

function ruleText(rule: PlannerRule): string {
  const value = `${formatValue(rule.value)}${rule.growthOverPlan === null ? '' : ` (${percent(rule.growthOverPlan)}/yr)`}`;
  if (rule.rule === 'trend') return `trend ${value}, history's ${percent(rule.detail?.growth ?? null)}/yr continued`;
  if (rule.rule === 'doubling') return `doubling ${value}`;
  const how = rule.detail?.share !== undefined ? `${percent(rule.detail.share)} of ${rule.detail.parent?.en} in ${rule.detail.shareYear}` : `${rule.detail?.parent?.en}'s level`;
  return `cascade ${value}, ${how} (its target ${formatValue(rule.detail?.parentTarget ?? null)})`;
}

function referenceText(proposal: IndicatorProposal): string {
  const reference = proposal.reference;
  if (reference === null) return 'none';
  const windows = `${reference.series} series, ${reference.windows} five-year windows`;
  if (reference.match === 'general') return `no class of its own: the general class of ${reference.corpus} (${windows})`;
  return `${reference.match === 'group' ? `its forecast group ${reference.classId}` : reference.classId} of ${reference.corpus} (${windows})`;
}

function indicatorBlock(proposal: IndicatorProposal, proposals: TargetProposals): string {
  const base = proposal.base === null ? 'no base value' : `base ${proposal.base.year}: ${formatValue(proposal.base.value)}${proposal.base.observed ? '' : ' (projected median)'}`;
  const existing = proposal.existingGoal === null ? '' : `; goal already in the data: ${formatValue(proposal.existingGoal.value)} by ${proposal.existingGoal.year}`;
  const header = ['scenario', ...proposals.confidences.map((confidence) => `${Math.round(confidence * 100)} % sure`)];
  const rows = proposal.scenarios.map((scenario) => [scenario.scenario, ...proposals.confidences.map((confidence) => valueCell(scenario.values.find((value) => value.confidence === confidence)))]);
  const rules = proposal.rules.length === 0 ? 'no rule applies' : proposal.rules.map(ruleText).join(' · ');
  const cascade = proposal.rules.some((rule) => rule.rule === 'cascade') ? '' : ' · cascade: no parent-region target for this plan in the data';
  return [
    `${proposal.name.zh} ${proposal.name.en} (${proposal.indicator}, ${proposal.unit}) — latest ${formatValue(proposal.latest.value)} (${proposal.latest.year}); ${base}${existing}`,
    formatTable(header, rows),
    `comparable series: ${referenceText(proposal)}`,
    `rules: ${rules}${cascade}`,
  ].join('\n');
}

export async function proposeAction(io: CliIo, options: ProposeOptions): Promise<void> {
  if (options.plan === undefined) throw new PlancastError('E_PROPOSE_NO_PLAN', 'propose needs --plan: the plan to propose targets for', { remedy: 'name a five-year plan of the calendar (seeds/plans.yaml, or yours with --plans)' });
  const workspace = await openWorkspace(workspaceOptions(options));
  for (const issue of workspace.dataset.warnings) io.err(`warning: ${formatIssue(issue)}`);
  const scenarios = options.scenario.length > 0 ? options.scenario : [...PROPOSAL_SCENARIOS];
  const inputs = projectionInputs(workspace, { ...projectionRequest(options), scenarios });
  const confidences = options.confidence ?? [0.5, 0.8];
  const proposals = runProposal({ ...inputs, plan: options.plan, confidences, referenceGrowth: workspace.referenceGrowth });
  if (options.json) {
    io.out(JSON.stringify({ settings: inputs.settings, scenarios: inputs.scenarios.map((scenario) => scenario.id), ...proposals }, null, 2));
    return;
  }
  const { plan } = proposals;
  io.out(`${proposals.region}: targets for the ${plan.name.en} (${plan.firstYear}–${plan.lastYear}, base ${plan.baseYear}) — the ${plan.lastYear} value reached with ${confidences.map((confidence) => `${Math.round(confidence * 100)} %`).join(' and ')} probability under each scenario (${inputs.settings.pathCount} paths, seed ${inputs.settings.seed})`);
  io.out("Each cell: value (yearly growth over the plan from its base; share of the comparable series' five-year windows that grew at least as fast a year).");
  io.out(`Comparable series: the five-year windows of the series in the indicator's reference class of the calibrated forecasts' reference corpora (models/reference-growth.json); each indicator names its class.`);
  io.out('These are proposals: targets are for the people\'s congress to decide.\n');
  io.out(proposals.indicators.map((proposal) => indicatorBlock(proposal, proposals)).join('\n\n'));
}

/** What `plancast feasibility` does (the command's options are in commands/feasibility.ts). */
import { openWorkspace } from '../../app/workspace.js';
import { formatIssue } from '../../core/validation/validation-issue.js';
import { projectRequest } from '../../app/projection-request.js';
import { goalAssessmentsUnder } from '../../core/jobs/run-projection.js';
import type { CliIo } from '../cli-io.js';
import { formatTable } from '../format-table.js';
import { GOAL_ALIGN, GOAL_HEADER, goalRow, goalText } from '../format-goals.js';
import { projectionRequest, workspaceOptions, type ProjectionOptions } from '../projection-options.js';

export interface FeasibilityOptions extends ProjectionOptions {
  scenario: string;
  indicator?: string;
  json?: boolean;
}

export async function feasibilityAction(io: CliIo, options: FeasibilityOptions): Promise<void> {
  const workspace = await openWorkspace(workspaceOptions(options));
  for (const issue of workspace.dataset.warnings) io.err(`warning: ${formatIssue(issue)}`);
  const result = projectRequest(workspace, { ...projectionRequest(options), scenarios: [options.scenario], indicators: 'with-goals' });
  const scenario = result.scenarios[0]!.scenario;
  const goals = goalAssessmentsUnder(result);
  if (options.json) {
    io.out(JSON.stringify({
      region: result.region, scenario: scenario.id, settings: result.settings, generator: result.generator, modelSpec: result.modelSpec,
      goals,
      currentPlan: result.prepared.currentPlan ?? null,
      goalsWithoutData: result.goalsWithoutData.map((goal) => ({ goalId: goal.id, region: goal.region, indicator: goal.indicator, targetYear: goal.year, target: goal.value, comparator: goal.comparator, kind: goal.kind, planPeriod: goal.planPeriod ?? null, attribute: goal.record.attribute ?? null, status: 'no-data' })),
    }, null, 2));
    return;
  }
  const names = new Map(result.scenarios[0]!.indicators.map((indicator) => [indicator.indicator, indicator.name.zh]));
  const asOf = result.settings.asOfYear !== undefined ? `, as of ${result.settings.asOfYear}` : '';
  const presetOrigin = result.settings.presetChosenBy === 'region-default' ? ' (the default for Chongqing\'s regions, from regions.yaml; --preset chooses another)' : '';
  const current = result.prepared.currentPlan;
  const plan = current !== undefined ? `; current plan ${current.id} (${current.firstYear}–${current.lastYear}, base ${current.baseYear})` : '';
  io.out(`${result.region}: ${goals.length} goals under ${scenario.id} (${scenario.label.en})${asOf} — ${result.settings.pathCount} paths, seed ${result.settings.seed}, preset ${result.settings.preset}${presetOrigin}${plan}\n`);
  const ordered = [...goals].sort((a, b) => a.targetYear - b.targetYear || a.indicator.localeCompare(b.indicator));
  io.out(formatTable(GOAL_HEADER, ordered.map((goal) => goalRow(goal, names.get(goal.indicator) ?? '')), [...GOAL_ALIGN]));
  io.out('* milestone. P(meet) is the share of simulated paths meeting the goal; goals whose year is observed are judged on that year\'s value.');
  const warned = goals.filter((goal) => goal.bindingWarning !== null);
  if (warned.length > 0) io.out(`! ${warned.length} binding (约束性) goal${warned.length === 1 ? ' is' : 's are'} at risk: ${warned.map((goal) => `${goal.indicator} ${goal.targetYear} (${goal.bindingWarning})`).join(', ')}`);
  if (result.goalsWithoutData.length > 0) {
    io.out(`\n${result.goalsWithoutData.length} goals cannot be assessed: no observation of their indicator in ${result.region} (supply actuals with --data):`);
    io.out(result.goalsWithoutData.map((goal) => `  ${goal.indicator} ${goal.year} ${goalText({ comparator: goal.comparator, target: goal.value, kind: goal.kind, periodStart: goal.periodStart ?? null, targetYear: goal.year })}`).join('\n'));
  }
}

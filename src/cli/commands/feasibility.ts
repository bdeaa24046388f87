/**
 * `plancast feasibility --region R [--scenario S] [--as-of YEAR] [--preset P] [--json]`: every plan goal of
 * the region — the probability of meeting it, the growth it needs against history, its status, when it
 * is reached, and where it stands on schedule (序时进度 or a statistical office's preset).
 */
import type { Command } from 'commander';
import { projectScenario } from '../../core/pipeline/project-scenario.js';
import { RANDOM_GENERATOR } from '../../core/pipeline/projection-settings.js';
import { loadScenario } from '../../io/load-scenarios.js';
import type { CliIo } from '../cli-io.js';
import { formatTable } from '../format-table.js';
import { GOAL_ALIGN, GOAL_HEADER, goalRow, goalText } from '../format-goals.js';
import { addProjectionOptions, prepareFromOptions, type ProjectionOptions } from '../projection-options.js';
import { addJsonOption } from './shared-options.js';

export function registerFeasibilityCommand(program: Command, io: CliIo): void {
  const command = program
    .command('feasibility')
    .description('the probability of meeting each plan goal of a region, required vs historical growth, status and schedule')
    .option('--scenario <scenario>', 'scenario id or YAML file (default baseline)', 'baseline')
    .option('--indicator <indicator>', 'only this indicator (id or Chinese name)');
  addJsonOption(addProjectionOptions(command)).action(async (options: ProjectionOptions & { scenario: string; indicator?: string; json?: boolean }) => {
    const scenario = loadScenario(options.scenario);
    const context = await prepareFromOptions(options);
    const projection = projectScenario(context.prepared, scenario);
    const goals = projection.indicators.flatMap((indicator) => indicator.goals);
    if (options.json) {
      io.out(JSON.stringify({
        region: options.region, scenario: scenario.id, settings: context.settings, generator: RANDOM_GENERATOR, modelSpec: context.spec.name,
        goals,
        goalsWithoutData: context.prepared.goalsWithoutData.map((goal) => ({ region: goal.region, indicator: goal.indicator, targetYear: goal.year, target: goal.value, comparator: goal.comparator, kind: goal.kind, status: 'no-data' })),
      }, null, 2));
      return;
    }
    const names = new Map(projection.indicators.map((indicator) => [indicator.indicator, indicator.name.zh]));
    const asOf = context.settings.asOfYear !== undefined ? `, as of ${context.settings.asOfYear}` : '';
    io.out(`${options.region}: ${goals.length} goals under ${scenario.id} (${scenario.label.en})${asOf} — ${context.settings.pathCount} paths, seed ${context.settings.seed}, preset ${context.settings.preset}\n`);
    const ordered = [...goals].sort((a, b) => a.targetYear - b.targetYear || a.indicator.localeCompare(b.indicator));
    io.out(formatTable(GOAL_HEADER, ordered.map((goal) => goalRow(goal, names.get(goal.indicator) ?? '')), [...GOAL_ALIGN]));
    io.out('* milestone. P(meet) is the share of simulated paths meeting the goal; goals whose year is observed are judged on the observation.');
    if (context.prepared.goalsWithoutData.length > 0) {
      io.out(`\n${context.prepared.goalsWithoutData.length} goals cannot be assessed: no observation of their indicator in ${options.region} (supply actuals with --data):`);
      io.out(context.prepared.goalsWithoutData.map((goal) => `  ${goal.indicator} ${goal.year} ${goalText({ comparator: goal.comparator, target: goal.value, kind: goal.kind, periodStart: goal.periodStart ?? null, targetYear: goal.year })}`).join('\n'));
    }
  });
}

/**
 * `plancast compare --region R --scenarios a,b,c`: the main goal of every indicator under several
 * scenarios side by side — probability and median projection — on the same common random numbers, so
 * the differences are the scenarios'.
 */
import type { Command } from 'commander';
import { mainGoal } from '../../core/pipeline/main-goal.js';
import { projectScenario } from '../../core/pipeline/project-scenario.js';
import { RANDOM_GENERATOR } from '../../core/pipeline/projection-settings.js';
import { loadScenario } from '../../io/load-scenarios.js';
import type { CliIo } from '../cli-io.js';
import { formatNumber, formatTable } from '../format-table.js';
import { goalText } from '../format-goals.js';
import { addProjectionOptions, prepareFromOptions, type ProjectionOptions } from '../projection-options.js';
import { addJsonOption } from './shared-options.js';
import { parseScenarioList } from '../option-parsers.js';

export function registerCompareCommand(program: Command, io: CliIo): void {
  const command = program
    .command('compare')
    .description('compare scenarios: each indicator\'s main goal, its probability and median under every scenario')
    .option('--scenarios <list>', 'comma-separated scenario ids or YAML files', parseScenarioList, ['baseline', 'plan-path', 'conservative', 'accelerated', 'downturn-shock']);
  addJsonOption(addProjectionOptions(command)).action(async (options: ProjectionOptions & { scenarios: string[]; json?: boolean }) => {
    const scenarios = options.scenarios.map((id) => loadScenario(id));
    const context = await prepareFromOptions(options);
    const projections = scenarios.map((scenario) => projectScenario(context.prepared, scenario));
    const rows = context.prepared.indicators.flatMap((prepared, index) => {
      const goal = mainGoal(prepared.goals, prepared.series.years[prepared.series.years.length - 1]);
      if (goal === undefined) return [];
      const perScenario = projections.map((projection) => {
        const indicator = projection.indicators[index]!;
        const assessment = indicator.goals.find((candidate) => candidate.targetYear === goal.year && candidate.kind === goal.kind && candidate.target === goal.value)!;
        const median = indicator.quantiles.find((row) => row.year === goal.year)?.p50 ?? null;
        return { scenario: projection.scenario.id, probability: assessment.probability, status: assessment.status, median };
      });
      return [{ indicator: prepared.definition.id, name: prepared.definition.name, goal: { year: goal.year, target: goal.value, comparator: goal.comparator, kind: goal.kind }, scenarios: perScenario }];
    });
    if (options.json) {
      io.out(JSON.stringify({ region: options.region, settings: context.settings, generator: RANDOM_GENERATOR, scenarios: scenarios.map((scenario) => ({ id: scenario.id, label: scenario.label, chain: scenario.chain })), indicators: rows }, null, 2));
      return;
    }
    io.out(`${options.region}: P(meet main goal) and median in the goal year, by scenario — ${context.settings.pathCount} paths, seed ${context.settings.seed}, common random numbers\n`);
    io.out(formatTable(['indicator', 'goal', ...scenarios.map((scenario) => scenario.id)], rows.map((row) => [
      `${row.indicator} ${row.name.zh}`,
      `${row.goal.year} ${goalText({ comparator: row.goal.comparator, target: row.goal.target, kind: row.goal.kind, periodStart: null, targetYear: row.goal.year })}`,
      ...row.scenarios.map((entry) => entry.probability === null ? '–' : `${(entry.probability * 100).toFixed(0)} %${entry.median !== null ? ` (${formatNumber(entry.median, 3)})` : ''}`),
    ]), ['left', 'left', ...scenarios.map(() => 'right' as const)]));
  });
}

/** What `plancast compare` does (the command's options are in commands/compare.ts). */
import { projectRequest } from '../../app/projection-request.js';
import { openWorkspace } from '../../app/workspace.js';
import type { CliIo } from '../cli-io.js';
import { goalText } from '../format-goals.js';
import { formatNumber, formatTable } from '../format-table.js';
import { projectionRequest, workspaceOptions, type ProjectionOptions } from '../projection-options.js';

export interface CompareOptions extends ProjectionOptions {
  scenarios: string[];
  json?: boolean;
}

export async function compareAction(io: CliIo, options: CompareOptions): Promise<void> {
  const workspace = await openWorkspace(workspaceOptions(options));
  const result = projectRequest(workspace, { ...projectionRequest(options), scenarios: options.scenarios, indicators: 'with-goals' });
  const rows = result.goals.filter((goal) => goal.isMainGoal).map((goal) => {
    const main = goal.assessments[0]!.assessment;
    const perScenario = goal.assessments.map(({ scenario, assessment }, index) => {
      const indicator = result.scenarios[index]!.indicators.find((candidate) => candidate.indicator === goal.indicator);
      const median = indicator?.quantiles.find((row) => row.year === goal.year)?.p50 ?? null;
      return { scenario, probability: assessment.probability, status: assessment.status, median };
    });
    const definition = workspace.dataset.catalog.indicators.get(goal.indicator)!;
    return { goalId: goal.id, indicator: goal.indicator, name: definition.name, goal: { year: goal.year, target: main.target, comparator: main.comparator, kind: goal.kind }, scenarios: perScenario };
  });
  const scenarios = result.scenarios.map((projection) => projection.scenario);
  if (options.json) {
    io.out(JSON.stringify({ region: result.region, settings: result.settings, generator: result.generator, scenarios: scenarios.map((scenario) => ({ id: scenario.id, label: scenario.label, chain: scenario.chain })), indicators: rows }, null, 2));
    return;
  }
  io.out(`${result.region}: P(meet main goal) and median in the goal year, by scenario — ${result.settings.pathCount} paths, seed ${result.settings.seed}, common random numbers\n`);
  io.out(formatTable(['indicator', 'goal', ...scenarios.map((scenario) => scenario.id)], rows.map((row) => [
    `${row.indicator} ${row.name.zh}`,
    `${row.goal.year} ${goalText({ comparator: row.goal.comparator, target: row.goal.target, kind: row.goal.kind, periodStart: null, targetYear: row.goal.year })}`,
    ...row.scenarios.map((entry) => entry.probability === null ? '–' : `${(entry.probability * 100).toFixed(0)} %${entry.median !== null ? ` (${formatNumber(entry.median, 3)})` : ''}`),
  ]), ['left', 'left', ...scenarios.map(() => 'right' as const)]));
}

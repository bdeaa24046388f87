/** What `plancast project` does (the command's options are in commands/project.ts). */
import { projectRequest } from '../../app/projection-request.js';
import { openWorkspace } from '../../app/workspace.js';
import type { CliIo } from '../cli-io.js';
import { quantileAt } from '../format-goals.js';
import { formatNumber, formatTable } from '../format-table.js';
import { projectionRequest, workspaceOptions, type ProjectionOptions } from '../projection-options.js';

export interface ProjectOptions extends ProjectionOptions {
  scenario: string;
  indicator?: string;
  json?: boolean;
}

export async function projectAction(io: CliIo, options: ProjectOptions): Promise<void> {
  const workspace = await openWorkspace(workspaceOptions(options));
  const result = projectRequest(workspace, { ...projectionRequest(options), scenarios: [options.scenario] });
  const projection = result.scenarios[0]!;
  const scenario = projection.scenario;
  if (options.json) {
    io.out(JSON.stringify({ settings: result.settings, generator: result.generator, modelSpec: result.modelSpec, ...projection }, null, 2));
    return;
  }
  io.out(`${result.region} under ${scenario.id} (${scenario.label.en}) — ${result.settings.pathCount} paths, seed ${result.settings.seed}; median [10–90 %]\n`);
  // the columns: the end of the current plan and the end of the calendar (seeds/plans.yaml)
  const planEnd = result.prepared.currentPlan?.lastYear;
  const columns = [...new Set([planEnd, result.settings.horizonEndYear].filter((year): year is number => year !== undefined))];
  io.out(formatTable(['indicator', 'unit', 'latest', ...columns.map(String), 'model', 'spread from'], projection.indicators.map((indicator) => {
    const last = indicator.history[indicator.history.length - 1];
    return [`${indicator.indicator} ${indicator.name.zh}`, indicator.unit, last ? `${formatNumber(last.value)} (${last.year})` : '–', ...columns.map((year) => quantileAt(indicator, year)), indicator.model.family ?? 'none', indicator.model.intervalSource ?? '–'];
  }), ['left', 'left', 'right', ...columns.map(() => 'right' as const), 'left', 'left']));
  const noModel = projection.indicators.filter((indicator) => indicator.model.family === null);
  if (noModel.length > 0) io.out(`\nnot projected (no model could be fitted): ${noModel.map((indicator) => indicator.indicator).join(', ')}`);
}

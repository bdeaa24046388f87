/**
 * `plancast project --region R [--scenario S] [--paths N] [--seed N] [--json]`: every indicator of the
 * region projected under a scenario — median and 80 % range by year, the model behind it.
 */
import type { Command } from 'commander';
import { projectScenario } from '../../core/pipeline/project-scenario.js';
import { RANDOM_GENERATOR } from '../../core/pipeline/projection-settings.js';
import { loadScenario } from '../../io/load-scenarios.js';
import type { CliIo } from '../cli-io.js';
import { formatNumber, formatTable } from '../format-table.js';
import { quantileAt } from '../format-goals.js';
import { addProjectionOptions, prepareFromOptions, type ProjectionOptions } from '../projection-options.js';
import { addJsonOption } from './shared-options.js';

export function registerProjectCommand(program: Command, io: CliIo): void {
  const command = program
    .command('project')
    .description('project every indicator of a region under a scenario (Monte Carlo, seeded)')
    .option('--scenario <scenario>', 'scenario id or YAML file (default baseline)', 'baseline')
    .option('--indicator <indicator>', 'only this indicator (id or Chinese name)');
  addJsonOption(addProjectionOptions(command, { preset: false })).action(async (options: ProjectionOptions & { scenario: string; indicator?: string; json?: boolean }) => {
    const scenario = loadScenario(options.scenario);
    const context = await prepareFromOptions(options);
    const projection = projectScenario(context.prepared, scenario);
    if (options.json) {
      io.out(JSON.stringify({ settings: context.settings, generator: RANDOM_GENERATOR, modelSpec: context.spec.name, ...projection }, null, 2));
      return;
    }
    io.out(`${options.region} under ${scenario.id} (${scenario.label.en}) — ${context.settings.pathCount} paths, seed ${context.settings.seed}; median [10–90 %]\n`);
    io.out(formatTable(['indicator', 'unit', 'latest', '2025', '2035', 'model', 'spread from'], projection.indicators.map((indicator) => {
      const last = indicator.history[indicator.history.length - 1];
      return [`${indicator.indicator} ${indicator.name.zh}`, indicator.unit, last ? `${formatNumber(last.value)} (${last.year})` : '–', quantileAt(indicator, 2025), quantileAt(indicator, 2035), indicator.model.family ?? 'none', indicator.model.intervalSource ?? '–'];
    }), ['left', 'left', 'right', 'right', 'right', 'left', 'left']));
    const noModel = projection.indicators.filter((indicator) => indicator.model.family === null);
    if (noModel.length > 0) io.out(`\nnot projected (no model could be fitted): ${noModel.map((indicator) => indicator.indicator).join(', ')}`);
  });
}

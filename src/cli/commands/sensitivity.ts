/**
 * `plancast sensitivity --region R [--scenario S] [--indicator I] [--json]`: for each indicator's main goal,
 * how far each lever (growth, spread, a downturn, GDP or population growth, the enterprise pipeline) moves
 * the probability of meeting it — the numbers behind the report's tornado chart.
 */
import type { Command } from 'commander';
import { indicatorSensitivity } from '../../core/pipeline/sensitivity.js';
import { loadScenario } from '../../io/load-scenarios.js';
import type { CliIo } from '../cli-io.js';
import { formatTable } from '../format-table.js';
import { addProjectionOptions, prepareFromOptions, type ProjectionOptions } from '../projection-options.js';
import { addJsonOption } from './shared-options.js';

const percentText = (probability: number): string => `${(probability * 100).toFixed(0)} %`;

export function registerSensitivityCommand(program: Command, io: CliIo): void {
  const command = program
    .command('sensitivity')
    .description('which levers move the probability of each main goal most (tornado data)')
    .option('--scenario <scenario>', 'scenario id or YAML file (default baseline)', 'baseline')
    .option('--indicator <indicator>', 'only this indicator (id or Chinese name)');
  addJsonOption(addProjectionOptions(command)).action(async (options: ProjectionOptions & { scenario: string; indicator?: string; json?: boolean }) => {
    const scenario = loadScenario(options.scenario);
    const context = await prepareFromOptions(options);
    const results = context.prepared.indicators.flatMap((prepared) => {
      const result = indicatorSensitivity(prepared, context.prepared, scenario);
      return result === undefined ? [] : [{ ...result, name: prepared.definition.name }];
    });
    if (options.json) return io.out(JSON.stringify({ region: options.region, scenario: scenario.id, settings: context.settings, indicators: results }, null, 2));
    io.out(`${options.region} under ${scenario.id}: P(meet main goal) with each lever low / high (others as in the scenario), largest swing first\n`);
    io.out(formatTable(['indicator', 'goal year', 'P now', 'lever', 'low', 'high', 'swing'], results.flatMap((result) => result.levers.map((lever, index) => [
      index === 0 ? `${result.indicator} ${result.name.zh}` : '',
      index === 0 ? String(result.goalYear) : '',
      index === 0 ? percentText(result.baseProbability) : '',
      lever.label.en,
      percentText(lever.low),
      percentText(lever.high),
      `${((lever.high - lever.low) * 100).toFixed(0)} pts`,
    ])), ['left', 'right', 'right', 'left', 'right', 'right', 'right']));
  });
}

/**
 * `plancast sensitivity --region R [--scenario S] [--indicator I] [--json]`: for each indicator's main goal,
 * how far each lever (growth, spread, a downturn, GDP or population growth, the enterprise pipeline) moves
 * the probability of meeting it — the numbers behind the report's tornado chart.
 */
import type { Command } from 'commander';
import type { CliIo } from '../cli-io.js';
import { lazyAction } from '../lazy-action.js';
import { addProjectionOptions } from '../projection-options.js';
import { addJsonOption } from './shared-options.js';

export function defineSensitivityCommand(command: Command, io: CliIo): void {
  command
    .option('--scenario <scenario>', 'scenario id or YAML file (default baseline)', 'baseline')
    .option('--indicator <indicator>', 'only this indicator (id or Chinese name)');
  addJsonOption(addProjectionOptions(command)).action(lazyAction(() => import('../actions/sensitivity.js'), 'sensitivityAction', io));
}

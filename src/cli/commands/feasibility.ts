/**
 * `plancast feasibility --region R [--scenario S] [--as-of YEAR] [--preset P] [--json]`: every plan goal of
 * the region — the probability of meeting it, the growth it needs against history, its status, when it
 * is reached, and where it stands on schedule (序时进度 or a statistical office's preset).
 */
import type { Command } from 'commander';
import type { CliIo } from '../cli-io.js';
import { lazyAction } from '../lazy-action.js';
import { addProjectionOptions } from '../projection-options.js';
import { addJsonOption } from './shared-options.js';

export function defineFeasibilityCommand(command: Command, io: CliIo): void {
  command
    .option('--scenario <scenario>', 'scenario id or YAML file (default baseline)', 'baseline')
    .option('--indicator <indicator>', 'only this indicator (id or Chinese name)');
  addJsonOption(addProjectionOptions(command)).action(lazyAction(() => import('../actions/feasibility.js'), 'feasibilityAction', io));
}

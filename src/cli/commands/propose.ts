/**
 * `plancast propose --region R --plan PLAN [--confidence 50,80] [--scenario S …] [--json]`: targets for a
 * plan not yet set — for every indicator of the region, the end-year value reachable with each stated
 * probability under each scenario, the growth it implies, how often comparable series grew that fast over
 * five years, and the planners' common rules (trend, doubling, the city's target cascaded) beside it.
 */
import { InvalidArgumentError, type Command } from 'commander';
import type { CliIo } from '../cli-io.js';
import { lazyAction } from '../lazy-action.js';
import { addProjectionOptions } from '../projection-options.js';
import { collectList } from './report.js';
import { addJsonOption } from './shared-options.js';

/** "50,80" → [0.5, 0.8]: whole or decimal percentages strictly between 0 and 100. */
export function parseConfidences(value: string): number[] {
  const entries = value.split(',').map((entry) => entry.trim()).filter((entry) => entry !== '');
  const shares = entries.map((entry) => (/^\d{1,2}(?:\.\d+)?$/.test(entry) ? Number(entry) / 100 : Number.NaN));
  if (entries.length === 0 || shares.some((share) => !(share > 0 && share < 1))) {
    throw new InvalidArgumentError(`--confidence takes percentages between 0 and 100, comma-separated, such as 50,80 (got "${value}")`);
  }
  return [...new Set(shares)].sort((a, b) => a - b);
}

export function defineProposeCommand(command: Command, io: CliIo): void {
  command
    .option('--confidence <percentages>', 'probabilities of meeting the proposed values, in percent (default 50,80)', parseConfidences)
    .option('--scenario <scenario>', 'scenario id or YAML file, repeatable or comma-separated (default baseline, conservative, accelerated, downturn-shock)', collectList, []);
  addJsonOption(addProjectionOptions(command, { preset: false })).action(lazyAction(() => import('../actions/propose.js'), 'proposeAction', io));
}

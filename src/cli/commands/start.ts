/**
 * `plancast start` (what `npm start` runs): the main job on the bundled data — the mid-term evaluation
 * report of every bundled main region (the municipality and its districts, not their sub-areas) that has
 * a goal on an indicator it has data for, written to reports/<region>/. Chongqing's own records are
 * city-wide comparison values and two goals without data, so it is skipped with a note. One line of data
 * summary first; progress on stderr; a region that fails is reported and the others still run (exit 1).
 */
import type { Command } from 'commander';
import { DEFAULT_PROJECTION_SETTINGS } from '../../core/pipeline/projection-settings.js';
import type { CliIo } from '../cli-io.js';
import { lazyAction } from '../lazy-action.js';
import { parsePathCount, parseSeed } from '../option-parsers.js';

export function registerStartCommand(program: Command, io: CliIo): void {
  program
    .command('start')
    .description('the main job on the bundled data: the mid-term evaluation report of every bundled region, into reports/<region>/')
    .option('--out <folder>', 'the folder the regions\' report folders go into (default reports/)')
    .option('--paths <n>', `Monte Carlo paths (default ${DEFAULT_PROJECTION_SETTINGS.pathCount})`, parsePathCount)
    .option('--seed <n>', `random seed (default ${DEFAULT_PROJECTION_SETTINGS.seed})`, parseSeed)
    .option('--no-png', 'skip the PNG pictures: SVG only')
    .action(lazyAction(() => import('../actions/start.js'), 'startAction', io));
}

/**
 * `plancast start` (what `npm start` runs): the main job on the bundled data — the evaluation report of
 * every bundled main region (the municipality and its districts, not their sub-areas) that has a goal on an
 * indicator it has data for, written to reports/<region>/<lang>/, then the overview reports/index.html.
 * Chongqing's own records are city-wide comparison values and two goals without data, so it is skipped
 * with a note. One line of data summary first; progress on stderr; a region that fails is reported and the
 * others still run (exit 1).
 */
import { Option, type Command } from 'commander';
import { LANGUAGES } from '../../core/report/languages.js';
import { DEFAULT_PROJECTION_SETTINGS } from '../../core/pipeline/projection-settings.js';
import type { CliIo } from '../cli-io.js';
import { lazyAction } from '../lazy-action.js';
import { startChartWorkers } from './report.js';
import { parsePathCount, parseSeed } from '../option-parsers.js';

export function defineStartCommand(command: Command, io: CliIo): void {
  command
    .option('--out <folder>', 'the folder the regions\' report folders and the overview go into (default reports/)')
    .addOption(new Option('--lang <language>', 'report language').choices(LANGUAGES).default('zh'))
    .option('--docx', 'also write each report as report.docx')
    .option('--xlsx', 'also write each report as report.xlsx, and the overview as overview.xlsx')
    .option('--paths <n>', `Monte Carlo paths (default ${DEFAULT_PROJECTION_SETTINGS.pathCount})`, parsePathCount)
    .option('--seed <n>', `random seed (default ${DEFAULT_PROJECTION_SETTINGS.seed})`, parseSeed)
    .option('--no-png', 'skip the PNG pictures: SVG only')
    .option('--keep-foreign', 'carry files plancast did not write into the new report folders instead of refusing')
    .action(lazyAction(() => startChartWorkers(import('../actions/start.js')), 'startAction', io));
}

/**
 * `plancast report --region R [--scenario S …] [--data FILE] [--as-of YEAR] [--lang zh|en] [--out DIR]
 * [--pdf] [--no-png]`: writes the region's mid-term evaluation report (中期评估) into one folder —
 * index.html, report.md, charts as Vega-Lite/SVG/PNG, CSV tables, result.json, manifest.json — and says
 * where it is. Progress goes to stderr. With --pdf and no Chromium the rest is written, a warning says
 * so, and the exit code stays 0.
 */
import { Option, type Command } from 'commander';
import { LANGUAGES } from '../../core/report/languages.js';
import type { CliIo } from '../cli-io.js';
import { lazyAction } from '../lazy-action.js';
import { addProjectionOptions } from '../projection-options.js';

/**
 * Starts the chart workers before the report's own modules load, so that vega loads in a worker while this
 * thread loads and fits (the first fan chart is ready about 0.1 s after the fitting starts), and lets this
 * thread collect after the PNGs it draws once it is done (render/young-generation.ts); then `action`.
 */
export async function startChartWorkers<Module>(action: Promise<Module>): Promise<Module> {
  const [{ sharedChartRenderPool }, { allowYoungGenerationCollection }] = await Promise.all([import('../../render/chart-render-pool.js'), import('../../render/young-generation.js')]);
  sharedChartRenderPool().warmUp();
  allowYoungGenerationCollection();
  return action;
}

/** Collects a repeatable, comma-separable option: --scenario a --scenario b,c → [a, b, c]. */
export function collectList(value: string, previous: string[] = []): string[] {
  return [...previous, ...value.split(',').map((entry) => entry.trim()).filter((entry) => entry !== '')];
}

export function defineReportCommand(command: Command, io: CliIo): void {
  command
    .option('--scenario <scenario>', 'scenario id or YAML file, repeatable or comma-separated; the first is the main scenario (default baseline); baseline, plan-path, conservative, accelerated and downturn-shock are compared too', collectList, [])
    .addOption(new Option('--lang <language>', 'report language').choices(LANGUAGES).default('zh'))
    .option('--out <folder>', 'report folder, replaced as a whole (default reports/<region>)')
    .option('--keep-foreign', 'carry files plancast did not write in the --out folder into the new report (without it: refuse)')
    .option('--pdf', 'also print index.html to report.pdf with Chromium (without Chromium: a warning, the rest is written)')
    .option('--no-png', 'skip the PNG pictures: SVG only (faster; identical across font versions)')
    .option('--docx', 'also write report.docx: the report as an editable Word document (headings, tables, charts as pictures)')
    .option('--xlsx', 'also write report.xlsx: one sheet per table of the report')
    .option('--all', 'every bundled region\'s report (--region is not needed), then the overview reports/index.html');
  addProjectionOptions(command, { regionRequired: false }).action(lazyAction(() => startChartWorkers(import('../actions/report.js')), 'reportAction', io));
}

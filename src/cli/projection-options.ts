/**
 * The options every projecting command shares (--region, --scenario, --data, --catalog, --paths, --seed,
 * --as-of, --preset, --models), and the one place that turns them into a prepared region: load → validate
 * → fit → simulate. The CLI, the report and the TUI all go through `prepareFromOptions`.
 */
import type { Command } from 'commander';
import type { ProgressPreset } from '../core/assessment/progress-presets.js';
import type { PreparedRegion } from '../core/pipeline/prepare-region.js';
import { prepareRegion } from '../core/pipeline/prepare-region.js';
import { DEFAULT_PROJECTION_SETTINGS, type ProjectionSettings } from '../core/pipeline/projection-settings.js';
import type { Dataset } from '../core/records/dataset.js';
import type { ModelSpec } from '../core/models/model-spec.js';
import { loadDataset } from '../io/load-dataset.js';
import { loadModelSpec } from '../io/load-model-spec.js';
import { requireIndicator } from './commands/require-indicator.js';
import { requireRegion } from './commands/require-region.js';
import { addDataOption, dataOptions } from './commands/shared-options.js';
import { parsePathCount, parsePreset, parseSeed, parseYear } from './option-parsers.js';

export interface ProjectionOptions {
  region: string;
  data?: string;
  catalog?: string;
  paths?: number;
  seed?: number;
  asOf?: number;
  preset?: ProgressPreset;
  models?: string;
}

export function addProjectionOptions(command: Command, { preset = true, asOf = true } = {}): Command {
  command
    .requiredOption('--region <region>', 'region id, e.g. yubei (see `plancast data list`)')
    .option('--paths <n>', `Monte Carlo paths (default ${DEFAULT_PROJECTION_SETTINGS.pathCount})`, parsePathCount)
    .option('--seed <n>', `random seed (default ${DEFAULT_PROJECTION_SETTINGS.seed}); same inputs and seed give identical output`, parseSeed)
    .option('--models <file>', 'model spec file (default models/default.yaml)');
  if (asOf) command.option('--as-of <year>', 'assess as of this year: later observations are ignored (mid-term: 2023)', parseYear);
  if (preset) command.option('--preset <preset>', 'progress-assessment preset: schedule (序时进度), eurostat, unsd, unsd-projected, escap, destatis', parsePreset);
  return addDataOption(command);
}

export function settingsFrom(options: ProjectionOptions): ProjectionSettings {
  return {
    ...DEFAULT_PROJECTION_SETTINGS,
    ...(options.paths !== undefined ? { pathCount: options.paths } : {}),
    ...(options.seed !== undefined ? { seed: options.seed } : {}),
    ...(options.preset !== undefined ? { preset: options.preset } : {}),
    ...(options.asOf !== undefined ? { asOfYear: options.asOf } : {}),
  };
}

export interface PreparedContext {
  dataset: Dataset;
  spec: ModelSpec;
  settings: ProjectionSettings;
  prepared: PreparedRegion;
}

/** Loads, validates and prepares the region; with `indicator` (an --indicator option) only that indicator. */
export async function prepareFromOptions(options: ProjectionOptions & { indicator?: string }): Promise<PreparedContext> {
  const dataset = await loadDataset(dataOptions(options));
  requireRegion(dataset, options.region);
  const only = options.indicator === undefined ? undefined : requireIndicator(dataset.catalog, options.indicator).id;
  const spec = loadModelSpec(options.models);
  const settings = settingsFrom(options);
  return { dataset, spec, settings, prepared: prepareRegion(dataset, options.region, spec, settings, only === undefined ? undefined : (indicator) => indicator === only) };
}

/**
 * The options every projecting command shares (--region, --paths, --seed, --models, --as-of, --preset,
 * --data, --catalog), defined once, and how they become the application layer's workspace options and
 * projection request. Light: no pipeline code is imported here.
 */
import type { Command } from 'commander';
import type { ProgressPreset } from '../core/assessment/progress-presets.js';
import { DEFAULT_PROJECTION_SETTINGS } from '../core/pipeline/projection-settings.js';
import type { ProjectionRequest } from '../app/projection-request.js';
import type { WorkspaceOptions } from '../app/workspace.js';
import { addDataOption, datasetOptions } from './commands/shared-options.js';
import { parsePathCount, parsePreset, parseSeed, parseYear } from './option-parsers.js';

export interface ProjectionOptions {
  region: string;
  data?: string;
  catalog?: string;
  plans?: string;
  plan?: string;
  fractionsAsPercent?: boolean;
  presets?: string;
  paths?: number;
  seed?: number;
  asOf?: number;
  preset?: ProgressPreset;
  models?: string;
}

export function addProjectionOptions(command: Command, { preset = true, asOf = true, regionRequired = true } = {}): Command {
  if (regionRequired) command.requiredOption('--region <region>', 'region id, e.g. yubei (see `plancast data list`)');
  else command.option('--region <region>', 'region id, e.g. yubei (see `plancast data list`)');
  command
    .option('--paths <n>', `Monte Carlo paths (default ${DEFAULT_PROJECTION_SETTINGS.pathCount})`, parsePathCount)
    .option('--seed <n>', `random seed (default ${DEFAULT_PROJECTION_SETTINGS.seed}); same inputs and seed give identical output`, parseSeed)
    .option('--models <file>', 'model spec file (default models/default.yaml)');
  if (asOf) command.option('--as-of <year>', 'assess as of this year: later observations are ignored (mid-term: 2023)', parseYear);
  if (preset) {
    command.option('--preset <preset>', 'progress-assessment preset: chongqing (the default for the Chongqing regions), national, schedule (序时进度), eurostat, unsd, unsd-projected, escap, destatis', parsePreset);
    command.option('--presets <file>', 'the thresholds of the chongqing and national presets (default models/presets.yaml)');
  }
  return addDataOption(command);
}

/** The files a command's options name: its workspace. */
export function workspaceOptions(options: { data?: string | undefined; catalog?: string | undefined; models?: string | undefined; plans?: string | undefined; plan?: string | undefined; fractionsAsPercent?: boolean | undefined; presets?: string | undefined; maxInputMb?: number | undefined }): WorkspaceOptions {
  return { ...datasetOptions(options), ...(options.models ? { models: options.models } : {}), ...(options.presets ? { presets: options.presets } : {}) };
}

/** The projection a command's options ask for. */
export function projectionRequest(options: ProjectionOptions & { indicator?: string | undefined }): ProjectionRequest {
  return {
    region: options.region,
    ...(options.indicator !== undefined ? { indicator: options.indicator } : {}),
    ...(options.paths !== undefined ? { paths: options.paths } : {}),
    ...(options.seed !== undefined ? { seed: options.seed } : {}),
    ...(options.asOf !== undefined ? { asOf: options.asOf } : {}),
    ...(options.preset !== undefined ? { preset: options.preset } : {}),
  };
}

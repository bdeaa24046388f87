/**
 * What a user asks for, in the words of the command line (a region id, scenario ids or files, an
 * indicator by id or name, paths, seed, as-of year, preset), turned into the core's ProjectionInputs and
 * run. The CLI commands, the report writer and the interactive session all come through here.
 */
import { PROGRESS_PRESETS, type ProgressPreset } from '../core/assessment/progress-presets.js';
import type { PresetSettings } from '../core/assessment/preset-settings.js';
import { calendarEndYear } from '../core/plans/plan-calendar.js';
import type { Dataset } from '../core/records/dataset.js';
import { runProjection, type IndicatorSelection, type ProjectionInputs, type ProjectionResult } from '../core/jobs/run-projection.js';
import { DEFAULT_PROJECTION_SETTINGS, type ProjectionSettings } from '../core/pipeline/projection-settings.js';
import { requireIndicator } from './require-indicator.js';
import { requireRegion } from './require-region.js';
import type { Workspace } from './workspace.js';

export interface SettingsRequest {
  /** Monte Carlo paths per indicator (default 10,000) */
  paths?: number | undefined;
  seed?: number | undefined;
  /** assess as of this year: later observations are ignored */
  asOf?: number | undefined;
  preset?: ProgressPreset | undefined;
}

export interface ProjectionRequest extends SettingsRequest {
  region: string;
  /** scenario ids or YAML files; the first is the main scenario (default baseline) */
  scenarios?: readonly string[] | undefined;
  /** one indicator by id, Chinese name or alias (an --indicator option) */
  indicator?: string | undefined;
  /** which indicators to project when `indicator` is not given (default all) */
  indicators?: IndicatorSelection | undefined;
  /** also the sensitivity of every main goal under the main scenario */
  sensitivity?: boolean | undefined;
}

/**
 * What the workspace adds to a request's settings: the plan calendar's last year as the horizon, the
 * region's default preset (regions.yaml: the Chongqing regions use chongqing) and the preset thresholds.
 */
export interface SettingsContext {
  dataset: Dataset;
  presetSettings: PresetSettings;
  region?: string | undefined;
}

/** The preset a region's reports use unless told otherwise: its own or its nearest parent's default. */
export function regionDefaultPreset(dataset: Dataset, region: string | undefined): ProgressPreset | undefined {
  for (let id = region, depth = 0; id !== undefined && depth < 20; depth++) {
    const definition = dataset.catalog.regions.get(id);
    const preset = definition?.defaultPreset;
    if (preset !== undefined && (PROGRESS_PRESETS as readonly string[]).includes(preset)) return preset as ProgressPreset;
    id = definition?.parent;
  }
  return undefined;
}

/** The run's settings: the defaults, with what the request and the workspace give. */
export function settingsFrom(request: SettingsRequest, context?: SettingsContext): ProjectionSettings {
  const regionPreset = request.preset === undefined && context !== undefined ? regionDefaultPreset(context.dataset, context.region) : undefined;
  const horizon = context !== undefined ? calendarEndYear(context.dataset.catalog.plans) : undefined;
  return {
    ...DEFAULT_PROJECTION_SETTINGS,
    ...(horizon !== undefined ? { horizonEndYear: horizon } : {}),
    ...(request.paths !== undefined ? { pathCount: request.paths } : {}),
    ...(request.seed !== undefined ? { seed: request.seed } : {}),
    ...(request.preset !== undefined ? { preset: request.preset, presetChosenBy: 'request' as const } : {}),
    ...(regionPreset !== undefined ? { preset: regionPreset, presetChosenBy: 'region-default' as const } : {}),
    ...(context !== undefined ? { presetSettings: context.presetSettings } : {}),
    ...(request.asOf !== undefined ? { asOfYear: request.asOf } : {}),
  };
}

/** Checks the region, indicator and scenarios against the workspace and builds the core's inputs. */
export function projectionInputs(workspace: Workspace, request: ProjectionRequest): ProjectionInputs {
  const region = requireRegion(workspace.dataset, request.region);
  const indicators = request.indicator !== undefined ? [requireIndicator(workspace.dataset.catalog, request.indicator).id] : request.indicators ?? 'all';
  const scenarios = workspace.resolveScenarios(request.scenarios !== undefined && request.scenarios.length > 0 ? request.scenarios : ['baseline']);
  return {
    dataset: workspace.dataset, modelSpec: workspace.modelSpec, region, scenarios, indicators,
    settings: settingsFrom(request, { dataset: workspace.dataset, presetSettings: workspace.presetSettings, region }),
    policies: workspace.policies,
    ...(request.sensitivity ? { sensitivity: true } : {}),
  };
}

export function projectRequest(workspace: Workspace, request: ProjectionRequest): ProjectionResult {
  return runProjection(projectionInputs(workspace, request));
}

/**
 * What a user asks for, in the words of the command line (a region id, scenario ids or files, an
 * indicator by id or name, paths, seed, as-of year, preset), turned into the core's ProjectionInputs and
 * run. The CLI commands, the report writer and the interactive session all come through here.
 */
import type { ProgressPreset } from '../core/assessment/progress-presets.js';
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

/** The run's settings: the defaults, with what the request gives. */
export function settingsFrom(request: SettingsRequest): ProjectionSettings {
  return {
    ...DEFAULT_PROJECTION_SETTINGS,
    ...(request.paths !== undefined ? { pathCount: request.paths } : {}),
    ...(request.seed !== undefined ? { seed: request.seed } : {}),
    ...(request.preset !== undefined ? { preset: request.preset } : {}),
    ...(request.asOf !== undefined ? { asOfYear: request.asOf } : {}),
  };
}

/** Checks the region, indicator and scenarios against the workspace and builds the core's inputs. */
export function projectionInputs(workspace: Workspace, request: ProjectionRequest): ProjectionInputs {
  requireRegion(workspace.dataset, request.region);
  const indicators = request.indicator !== undefined ? [requireIndicator(workspace.dataset.catalog, request.indicator).id] : request.indicators ?? 'all';
  const scenarios = workspace.resolveScenarios(request.scenarios !== undefined && request.scenarios.length > 0 ? request.scenarios : ['baseline']);
  return {
    dataset: workspace.dataset, modelSpec: workspace.modelSpec, region: request.region, scenarios, settings: settingsFrom(request), indicators,
    ...(request.sensitivity ? { sensitivity: true } : {}),
  };
}

export function projectRequest(workspace: Workspace, request: ProjectionRequest): ProjectionResult {
  return runProjection(projectionInputs(workspace, request));
}

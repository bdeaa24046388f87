/** The settings of a projection run; every output records them (with the generator) so it can be rerun. */
import { DEFAULT_PRESET_SETTINGS, type PresetSettings } from '../assessment/preset-settings.js';
import { PROGRESS_PRESETS, type ProgressPreset } from '../assessment/progress-presets.js';
import { GENERATOR_NAME } from '../statistics/seeded-random.js';

export interface ProjectionSettings {
  /** Monte Carlo paths per indicator */
  pathCount: number;
  /** the run's seed; every stream is derived from it and a stream name */
  seed: number;
  /** project at least to this year (and to the latest goal year); default: the plan calendar's last year */
  horizonEndYear?: number;
  /** progress-assessment preset for schedule status */
  preset: ProgressPreset;
  /** why this preset: asked for, or the region's default (regions.yaml: the Chongqing regions use chongqing) */
  presetChosenBy?: 'request' | 'region-default';
  /** the thresholds of the chongqing and national presets and of the binding warning (models/presets.yaml) */
  presetSettings: PresetSettings;
  /** mid-term assessment year: observations after it are ignored */
  asOfYear?: number;
}

export const DEFAULT_PROJECTION_SETTINGS: ProjectionSettings = {
  pathCount: 10_000,
  seed: 20_210_101,
  preset: 'schedule',
  presetSettings: DEFAULT_PRESET_SETTINGS,
};

export const RANDOM_GENERATOR = GENERATOR_NAME;
export { PROGRESS_PRESETS };

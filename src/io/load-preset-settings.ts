/** Reads the preset thresholds (models/presets.yaml unless a user names another file with --presets). */
import { join } from 'node:path';
import type { PresetSettings } from '../core/assessment/preset-settings.js';
import { parsePresetSettings } from '../core/assessment/preset-settings-file.js';
import { readYamlFile } from './load-catalog.js';
import { modelsDirectory } from './project-paths.js';

export const DEFAULT_PRESETS_FILE = join(modelsDirectory, 'presets.yaml');

export function loadPresetSettings(file: string = DEFAULT_PRESETS_FILE): PresetSettings {
  return parsePresetSettings(readYamlFile(file), file);
}

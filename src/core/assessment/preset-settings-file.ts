/**
 * A presets file (models/presets.yaml, or a user's --presets file) read into PresetSettings: each section it
 * states replaces that section's defaults (preset-settings.ts); each threshold is a share between 0 and 1.
 */
import { z } from 'zod';
import { PlancastError } from '../errors.js';
import { DEFAULT_PRESET_SETTINGS, type PresetSettings } from './preset-settings.js';

const share = z.number().min(0).max(1);
const fileSchema = z.object({
  chongqing: z.object({ exceed_margin: share, exceed_probability: share, meet_probability: share, nearly_on_schedule: share }).strict().optional(),
  national: z.object({ ahead_margin: share, nearly_on_schedule: share }).strict().optional(),
  binding: z.object({ risk_probability: share }).strict().optional(),
}).strict();

/** The settings a presets file states (sections it leaves out keep their defaults). */
export function parsePresetSettings(content: unknown, file: string): PresetSettings {
  const result = fileSchema.safeParse(content);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${file}: at ${issue.path.join('.') || '(top)'}: ${issue.message}`).join('\n');
    throw new PlancastError('E_PRESETS_INVALID', problems, { remedy: 'fix the entries named; see models/presets.yaml for the settings (each a share between 0 and 1)' });
  }
  const { chongqing, national, binding } = result.data;
  return {
    chongqing: chongqing ? { exceedMargin: chongqing.exceed_margin, exceedProbability: chongqing.exceed_probability, meetProbability: chongqing.meet_probability, nearlyOnSchedule: chongqing.nearly_on_schedule } : DEFAULT_PRESET_SETTINGS.chongqing,
    national: national ? { aheadMargin: national.ahead_margin, nearlyOnSchedule: national.nearly_on_schedule } : DEFAULT_PRESET_SETTINGS.national,
    binding: binding ? { riskProbability: binding.risk_probability } : DEFAULT_PRESET_SETTINGS.binding,
  };
}

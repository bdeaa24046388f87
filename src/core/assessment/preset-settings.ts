/**
 * The thresholds of the presets that evaluations use (chongqing, national) and of the binding-goal
 * warning, as settings: stated in models/presets.yaml (read by the io layer, or a user's --presets
 * file), recorded in every output's settings, and equal to these defaults unless a file changes them
 * (tests/core/assessment/preset-settings.test.ts keeps the file and the defaults together).
 */
import { z } from 'zod';
import { PlancastError } from '../errors.js';

export interface ChongqingPresetSettings {
  /** 超额: the goal-year value beats the target by at least this share of the target's size */
  exceedMargin: number;
  /** 预计可超额完成: the share of simulated paths exceeding the target is at least this */
  exceedProbability: number;
  /** 预计可如期完成: the share of simulated paths meeting the target is at least this */
  meetProbability: number;
  /** 基本达到时序进度: the distance covered falls short of the time elapsed by at most this */
  nearlyOnSchedule: number;
}

export interface NationalPresetSettings {
  /** 快于预期: the distance covered exceeds the time elapsed by at least this */
  aheadMargin: number;
  /** 基本符合预期: the distance covered falls short of the time elapsed by at most this */
  nearlyOnSchedule: number;
}

export interface BindingWarningSettings {
  /** a binding goal ahead is at risk when its probability of being met is below this */
  riskProbability: number;
}

export interface PresetSettings {
  chongqing: ChongqingPresetSettings;
  national: NationalPresetSettings;
  binding: BindingWarningSettings;
}

export const DEFAULT_PRESET_SETTINGS: PresetSettings = {
  chongqing: { exceedMargin: 0.05, exceedProbability: 0.5, meetProbability: 0.5, nearlyOnSchedule: 0.1 },
  national: { aheadMargin: 0.1, nearlyOnSchedule: 0.1 },
  binding: { riskProbability: 0.5 },
};

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

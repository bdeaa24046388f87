/**
 * The thresholds of the presets that evaluations use (chongqing, national) and of the binding-goal
 * warning, as settings: stated in models/presets.yaml (read by the io layer, or a user's --presets
 * file), recorded in every output's settings, and equal to these defaults unless a file changes them
 * (tests/core/assessment/preset-settings.test.ts keeps the file and the defaults together). Reading a
 * presets file is in preset-settings-file.ts, so that the defaults load without zod (the CLI's help does).
 */

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

/**
 * The status classes of the national 2023 mid-term evaluation of the 14th Five-Year Plan (DOMAIN.md,
 * "What a real mid-term evaluation holds"), read from the schedule alone:
 *
 *   提前实现     achieved-early          the latest value already meets the target
 *   快于预期     ahead-of-expectations   distance covered ≥ time elapsed + aheadMargin
 *   基本符合预期 in-line                 distance covered ≥ time elapsed − nearlyOnSchedule
 *   滞后         lagging                 anything else
 *
 * The margins are settings (preset-settings.ts, models/presets.yaml); the national report states no
 * numbers, so the defaults (10 points either side of 序时进度) are plancast's reading, stated in every output.
 */
import type { NationalPresetSettings } from './preset-settings.js';

export type NationalStatus = 'achieved-early' | 'ahead-of-expectations' | 'in-line' | 'lagging';

export interface NationalInput {
  alreadyMet: boolean;
  distanceCovered: number;
  elapsedShare: number;
}

export function nationalStatus(input: NationalInput, settings: NationalPresetSettings): NationalStatus {
  if (input.alreadyMet) return 'achieved-early';
  const gap = input.distanceCovered - input.elapsedShare;
  const tolerance = 1e-12;
  if (gap >= settings.aheadMargin - tolerance) return 'ahead-of-expectations';
  if (gap >= -settings.nearlyOnSchedule - tolerance) return 'in-line';
  return 'lagging';
}

export function nationalRule(settings: NationalPresetSettings): string {
  return `national 2023 mid-term classes: already met = 提前实现; distance covered ≥ time elapsed + ${settings.aheadMargin} = 快于预期; ≥ time elapsed − ${settings.nearlyOnSchedule} = 基本符合预期; otherwise 滞后`;
}

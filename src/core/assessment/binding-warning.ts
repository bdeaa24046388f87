/**
 * The warning flag of a binding (约束性) goal at risk. Binding indicators get the scrutiny: one expected
 * to miss triggers a warning and corrective measures (DOMAIN.md, "What a real mid-term evaluation
 * holds"; the national and Chongqing mid-term reports single them out). The flag does not depend on the
 * preset — every preset shows it — and names its reason:
 *
 *   missed            the goal's year is observed and the goal was not met
 *   behind-schedule   the distance covered is below the share of time elapsed (序时进度)
 *   low-probability   the probability of meeting it is below riskProbability (default 0.5)
 */
import type { TargetAttribute } from '../records/indicator-record.js';
import type { BindingWarningSettings } from './preset-settings.js';

export type BindingWarning = 'missed' | 'behind-schedule' | 'low-probability';

export interface BindingWarningInput {
  attribute: TargetAttribute | undefined;
  /** the goal's year is observed: met or not */
  observedMet?: boolean | undefined;
  /** the latest value already meets the goal */
  alreadyMet: boolean;
  onSchedule: boolean | null;
  probability: number | null;
}

export function bindingWarning(input: BindingWarningInput, settings: BindingWarningSettings): BindingWarning | null {
  if (input.attribute !== 'binding') return null;
  if (input.observedMet !== undefined) return input.observedMet ? null : 'missed';
  if (input.alreadyMet) return null;
  if (input.onSchedule === false) return 'behind-schedule';
  if (input.probability !== null && input.probability < settings.riskProbability) return 'low-probability';
  return null;
}

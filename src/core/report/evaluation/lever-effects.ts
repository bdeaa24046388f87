/**
 * The levers that move a goal's probability most (三、对策建议): the sensitivity analysis of the goal's
 * indicator (pipeline/sensitivity.ts), each lever's larger move of the probability from its base value at
 * either setting, the policy levers (what planners control: the indicator's growth, the enterprise
 * pipeline's conversion, the essay's policies) ranked apart from the risks (what they do not).
 */
import type { SensitivityRow } from '../report-model.js';
import type { LeverEffect } from './evaluation-model.js';

/** Every lever of the row by its larger move of the probability, policy levers first. */
export function leverEffects(row: SensitivityRow): LeverEffect[] {
  const effects = row.levers.map((lever): LeverEffect => ({
    lever: lever.lever, label: lever.label, control: lever.control, low: lever.low, high: lever.high,
    move: Math.max(Math.abs(lever.low - row.baseProbability), Math.abs(lever.high - row.baseProbability)),
  }));
  const rank = (effect: LeverEffect): number => (effect.control === 'policy' ? 0 : 1);
  return effects.sort((left, right) => rank(left) - rank(right) || right.move - left.move || (left.lever < right.lever ? -1 : left.lever > right.lever ? 1 : 0));
}

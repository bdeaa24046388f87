/**
 * The levers that move a goal's probability most (三、对策建议): the sensitivity analysis of the goal's
 * indicator (pipeline/sensitivity.ts), each lever's larger move of the probability from its base value at
 * either setting, policy levers (what planners control) apart from risks (what they do not). A lever
 * carries its kind where the sensitivity states it; otherwise it is read from the lever's id: the
 * indicator's own growth and the enterprise pipeline's conversion are policy, the model's spread, a
 * shock and the macro drivers (GDP, population) are risks.
 */
import type { SensitivityRow } from '../report-model.js';
import type { LeverEffect } from './evaluation-model.js';

const POLICY_LEVERS: ReadonlySet<string> = new Set(['growth', 'pipeline-conversion']);

export function leverControl(lever: { lever: string; control?: string }): 'policy' | 'risk' {
  if (lever.control === 'policy' || lever.control === 'risk') return lever.control;
  return POLICY_LEVERS.has(lever.lever) || lever.lever.startsWith('policy:') ? 'policy' : 'risk';
}

/** Every lever of the row by its larger move of the probability, policy levers first. */
export function leverEffects(row: SensitivityRow): LeverEffect[] {
  const effects = row.levers.map((lever): LeverEffect => ({
    lever: lever.lever, label: lever.label, control: leverControl(lever), low: lever.low, high: lever.high,
    move: Math.max(Math.abs(lever.low - row.baseProbability), Math.abs(lever.high - row.baseProbability)),
  }));
  const rank = (effect: LeverEffect): number => (effect.control === 'policy' ? 0 : 1);
  return effects.sort((left, right) => rank(left) - rank(right) || right.move - left.move || (left.lever < right.lever ? -1 : left.lever > right.lever ? 1 : 0));
}

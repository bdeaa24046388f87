/**
 * A scenario's levers as short sentences, for `scenarios show`, the report and the session: first its
 * policies (each with its assumed effects), then each registered lever's own sentences, in the
 * registry's order.
 */
import { ANY_LEVERS, findLever } from '../levers/lever-registry.js';
import { round } from '../levers/lever-text.js';
import type { PolicyEffect } from '../policies/expand-policies.js';
import type { Language } from '../report/messages.js';
import type { ScenarioSpec } from './scenario-spec.js';

/** One policy effect on its lever, marked as an assumption: "tech_enterprises: growth +2 pp (assumed, central; range 1–4)". */
export function describeEffectSize(effect: Pick<PolicyEffect, 'lever' | 'fields' | 'size' | 'range' | 'assumption'>, language: Language): string {
  const lever = findLever(effect.lever);
  const what = lever?.policy?.describe(effect.fields, effect.size, language) ?? effect.lever;
  if (effect.range[0] === effect.range[1]) return language === 'zh' ? `${what}（假设）` : `${what} (assumed)`;
  const range = `${round(effect.range[0])}–${round(effect.range[1])}`;
  const which = language === 'zh'
    ? { low: '区间低端', central: '中值', high: '区间高端' }[effect.assumption]
    : { low: 'low end', central: 'central', high: 'high end' }[effect.assumption];
  return language === 'zh' ? `${what}（假设，${which}；区间 ${range}）` : `${what} (assumed, ${which}; range ${range})`;
}

/** One policy effect with its policy: "政策名 → 杠杆（假设 …）". */
export function describePolicyEffect(effect: PolicyEffect, language: Language): string {
  return `${effect.name[language]} → ${describeEffectSize(effect, language)}`;
}

export function describeScenarioLevers(scenario: ScenarioSpec & { policyEffects?: readonly PolicyEffect[] | undefined }, language: Language): string[] {
  const policies = (scenario.policyEffects ?? []).map((effect) => describePolicyEffect(effect, language));
  const levers = ANY_LEVERS.flatMap((lever) => lever.describe(scenario[lever.key], language));
  return [...policies, ...levers];
}

/**
 * A scenario's policies turned into lever settings. Each policy the scenario uses contributes its
 * effects at the size the scenario asks for (the central assumption, or the low or high end of its
 * range); `leverSetting` adds them to the scenario's own setting of each lever (a growth change is
 * appended, a conversion or driver change is added). A policy named twice in a chain counts once: the
 * last mention (the child's) wins.
 */
import { closest } from 'fastest-levenshtein';
import type { LocalizedText } from '../catalog/indicator-catalog.js';
import { PlancastError } from '../errors.js';
import type { LeverDefinition } from '../levers/lever-definition.js';
import type { PolicyAssumption, PolicyUse } from '../scenarios/scenario-spec.js';
import type { PolicyLibrary } from './policy-spec.js';

/** One effect of one policy, sized for the scenario that uses it. */
export interface PolicyEffect {
  policy: string;
  name: LocalizedText;
  source: { document: string; line: number; quote: string };
  /** the lever's key in the scenario file */
  lever: string;
  fields: Record<string, unknown>;
  /** the size used, which assumption it is, and the assumption's central value, range and reasoning */
  size: number;
  assumption: PolicyAssumption;
  central: number;
  range: [number, number];
  reasoning: LocalizedText;
}

/** The last use of each policy, in the order of those last uses. */
export function distinctPolicyUses(uses: readonly PolicyUse[]): PolicyUse[] {
  const last = new Map<string, PolicyUse>();
  for (const use of uses) {
    last.delete(use.policy);
    last.set(use.policy, use);
  }
  return [...last.values()];
}

export function expandPolicies(uses: readonly PolicyUse[], library: PolicyLibrary, scenario: string): PolicyEffect[] {
  return distinctPolicyUses(uses).flatMap((use) => {
    const policy = library.get(use.policy);
    if (policy === undefined) {
      const known = [...library.keys()];
      throw new PlancastError('E_UNKNOWN_POLICY', `scenario ${scenario}: unknown policy "${use.policy}"${known.length > 0 ? ` — did you mean "${closest(use.policy, known)}"?` : ''}`, { remedy: `use one of: ${known.join(', ') || '(no policies are defined)'} (scenarios/policies/*.yaml; \`plancast scenarios policies\` lists them)` });
    }
    return policy.effects.map((effect) => ({
      policy: policy.id, name: policy.name, source: policy.source, lever: effect.lever, fields: effect.fields,
      size: use.assumption === 'low' ? effect.range[0] : use.assumption === 'high' ? effect.range[1] : effect.size,
      assumption: use.assumption, central: effect.size, range: effect.range, reasoning: effect.assumption,
    }));
  });
}

/** A lever's setting in a scenario: its own, with the scenario's policy effects on it added. */
export function leverSetting<Setting>(lever: LeverDefinition<string, Setting>, scenario: object & { policyEffects?: readonly PolicyEffect[] | undefined }): Setting {
  let setting = (scenario as Record<string, unknown>)[lever.key] as Setting;
  if (lever.policy === undefined) return setting;
  for (const effect of scenario.policyEffects ?? []) if (effect.lever === lever.key) setting = lever.policy.apply(setting, effect.fields, effect.size);
  return setting;
}

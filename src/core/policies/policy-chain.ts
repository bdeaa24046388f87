/**
 * The chain from a policy to the indicators it moves: policy → lever (with its assumed size) →
 * indicators, for `plancast scenarios show`, the policy list, sensitivity and the session. An effect
 * reaches the indicators its lever names (a growth change's selector, a driver's indicator and the
 * ratios that follow it, a pipeline's targets); when the pipeline is on, an effect on a pipeline's pool
 * also reaches what grows from it.
 */
import type { Catalog } from '../catalog/indicator-catalog.js';
import { pipelineTargetsOf } from '../catalog/indicator-roles.js';
import { findLever } from '../levers/lever-registry.js';
import type { Language } from '../report/messages.js';
import { describeEffectSize } from '../scenarios/describe-scenario.js';
import type { PolicyEffect } from './expand-policies.js';
import type { PolicyDefinition } from './policy-spec.js';

export interface PolicyChainLink {
  policy: string;
  /** the lever's key and the effect in words (with its assumed size and range) */
  lever: string;
  effect: string;
  /** indicators the effect moves directly, and those it reaches through a pipeline */
  indicators: string[];
  through: { pool: string; indicators: string[] }[];
}

/** The indicators one effect moves directly. */
export function effectReach(effect: Pick<PolicyEffect, 'lever' | 'fields'>, catalog: Catalog): string[] {
  return findLever(effect.lever)?.policy?.reaches(effect.fields, catalog) ?? [];
}

/** The chain of each effect, given whether the scenario has the enterprise pipeline on. */
export function policyChain(effects: readonly PolicyEffect[], catalog: Catalog, pipelineOn: boolean, language: Language): PolicyChainLink[] {
  const pipelineByPolicy = new Set(effects.filter((effect) => effect.lever === 'pipeline').map((effect) => effect.policy));
  return effects.map((effect) => {
    const indicators = effectReach(effect, catalog);
    const on = pipelineOn || pipelineByPolicy.has(effect.policy);
    const through = !on || effect.lever === 'pipeline' ? [] : indicators.flatMap((pool) => {
      const targets = pipelineTargetsOf(catalog, pool).map((definition) => definition.id);
      return targets.length === 0 ? [] : [{ pool, indicators: targets }];
    });
    return { policy: effect.policy, lever: effect.lever, effect: describeEffectSize(effect, language), indicators, through };
  });
}

/** Every indicator a policy reaches (directly or through a pipeline it switches on or the scenario has). */
export function policyReach(policy: PolicyDefinition, catalog: Catalog, pipelineOn: boolean): Set<string> {
  const effects = policy.effects.map((effect) => ({ ...effect, policy: policy.id }));
  const on = pipelineOn || effects.some((effect) => effect.lever === 'pipeline');
  const reached = new Set<string>();
  for (const effect of effects) {
    for (const indicator of effectReach(effect, catalog)) {
      reached.add(indicator);
      if (on) for (const target of pipelineTargetsOf(catalog, indicator)) reached.add(target.id);
    }
  }
  return reached;
}

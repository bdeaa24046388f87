/**
 * Applies a scenario's levers to one indicator's baseline paths: each registered lever in turn
 * (src/core/levers/lever-registry.ts gives the order), each with its setting in the scenario plus the
 * effects of the scenario's policies on it, then the indicator's natural bounds (no negative counts,
 * shares within [0, 100]). A lever whose setting changes nothing hands the values on untouched, so a
 * scenario with no levers — or with levers at their identity settings — returns the baseline values
 * themselves (the same array), byte for byte. The first lever that changes the values makes one new
 * array and the later ones work in it (`output`), so a scenario allocates one paths array, not one per
 * lever, and the baseline's array is never written.
 */
import type { Catalog, IndicatorDefinition } from '../catalog/indicator-catalog.js';
import type { LeverContext, PlanAnchor } from '../levers/lever-definition.js';
import { ANY_LEVERS } from '../levers/lever-registry.js';
import { EMPTY_CALENDAR } from '../plans/plan-calendar.js';
import { leverSetting } from '../policies/expand-policies.js';
import type { ResolvedScenario } from '../scenarios/resolve-scenario.js';
import { withValues, type IndicatorPaths } from './indicator-paths.js';
import { clampInPlace } from './path-kernels.js';
import { pathMedians, yearQuantilesInto } from './path-quantiles.js';

export { planPathValues } from '../levers/plan-path-lever.js';
export type { PlanAnchor };

/** What a lever may need beyond the paths; a bare call (tests) gets an indicator with no roles and no neighbours. */
export type LeverInputs = Partial<Omit<LeverContext, 'baseline' | 'output' | 'mediansOf'>>;

function bareDefinition(paths: IndicatorPaths): IndicatorDefinition {
  return { id: paths.indicator, name: { zh: paths.indicator, en: paths.indicator }, aliases: [], unit: '', kind: paths.indicatorKind, direction: 'higher-is-better', bounds: paths.bounds };
}

function leverContext(paths: IndicatorPaths, inputs: LeverInputs): LeverContext {
  const definition = inputs.definition ?? bareDefinition(paths);
  const catalog: Catalog = inputs.catalog ?? { indicators: new Map([[definition.id, definition]]), regions: new Map(), plans: EMPTY_CALENDAR };
  return {
    baseline: paths, definition, catalog, region: inputs.region ?? paths.region, seed: inputs.seed ?? 0,
    planAnchors: inputs.planAnchors ?? [], ceilingUniforms: inputs.ceilingUniforms,
    baselineOf: inputs.baselineOf ?? (() => undefined), scenarioPathsOf: inputs.scenarioPathsOf ?? (() => undefined), notes: inputs.notes ?? [],
    output: (values) => (values === paths.values ? new Float64Array(values.length) : values),
    // a lever's own array may be changed by the next lever: its medians are not memoised (path-quantiles.ts)
    mediansOf: (values) => (values === paths.values ? pathMedians(values, paths.pathCount, paths.horizon) : yearQuantilesInto(values, paths.pathCount, paths.horizon, [0.5], new Float64Array(paths.horizon))),
  };
}

function withinBounds(paths: IndicatorPaths, values: Float64Array): Float64Array {
  const lower = paths.bounds.lower ?? -Infinity;
  const upper = paths.bounds.upper ?? Infinity;
  if (lower === -Infinity && upper === Infinity) return values;
  clampInPlace(values, lower, upper);
  return values;
}

export function applyScenario(paths: IndicatorPaths, scenario: ResolvedScenario, inputs: LeverInputs = {}): IndicatorPaths {
  if (scenario.policies.length > 0 && scenario.policyEffects === undefined) {
    throw new RangeError(`scenario ${scenario.id} uses policies that were not resolved against a policy library (resolveScenario(…, policies))`);
  }
  const context = leverContext(paths, inputs);
  let values = paths.values;
  for (const lever of ANY_LEVERS) values = lever.transform(values, leverSetting(lever, scenario), context);
  if (values === paths.values) return paths;
  return withValues(paths, withinBounds(paths, values));
}

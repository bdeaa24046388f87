/**
 * Plan path (`planPath: true`): every indicator steered onto the compound growth that meets its targets
 * exactly, g* = (target / latest)^(1 / years) − 1, through each milestone and target in turn (after the
 * last one it keeps the last segment's rate). Each year every path is rescaled by the same factor, so the
 * median runs along the plan path and the spread around it is the model's own: the bands show how far
 * chance alone could carry the indicator off the path. A yardstick, neither a policy nor a risk, so it
 * has no place in sensitivity.
 */
import { z } from 'zod';
import { translate } from '../report/messages.js';
import { scaleEachYear } from '../simulation/path-kernels.js';
import type { LeverDefinition, PlanAnchor } from './lever-definition.js';

/** The compound path from the last observation through each anchor; after the last anchor it keeps the last segment's rate. */
export function planPathValues(lastYear: number, lastValue: number, anchors: readonly PlanAnchor[], firstYear: number, horizon: number): Float64Array | undefined {
  const points = [{ year: lastYear, value: lastValue }, ...[...anchors].filter((anchor) => anchor.year > lastYear).sort((a, b) => a.year - b.year)];
  if (points.length < 2 || points.some((point) => !(point.value > 0))) return undefined;
  const result = new Float64Array(horizon);
  for (let step = 0; step < horizon; step++) {
    const year = firstYear + step;
    const after = points.findIndex((point) => point.year >= year);
    const [from, to] = after <= 0 ? [points[points.length - 2]!, points[points.length - 1]!] : [points[after - 1]!, points[after]!];
    const rate = (to.value / from.value) ** (1 / (to.year - from.year));
    result[step] = from.value * rate ** (year - from.year);
  }
  return result;
}

export const planPathLever: LeverDefinition<'planPath', boolean> = {
  id: 'plan-path',
  key: 'planPath',
  schema: z.boolean().default(false).describe('steer every indicator onto the growth that meets its target exactly (the plan path)'),
  identity: false,
  control: 'reference',
  name: 'lever.plan-path.name',
  summary: 'lever.plan-path.summary',
  selectors: () => [],
  dependencies: () => [],

  transform(values, planPath, { baseline, planAnchors, output, mediansOf }) {
    if (!planPath || planAnchors.length === 0) return values;
    const { pathCount, horizon } = baseline;
    const plan = planPathValues(baseline.lastYear, baseline.lastValue, planAnchors, baseline.firstYear, horizon);
    if (plan === undefined) return values;
    const medians = mediansOf(values);
    const result = output(values);
    const factors = new Float64Array(horizon);
    for (let step = 0; step < horizon; step++) factors[step] = medians[step]! > 0 ? plan[step]! / medians[step]! : 1;
    scaleEachYear(values, result, factors, pathCount, horizon);
    return result;
  },

  describe: (planPath, language) => (planPath ? [language === 'zh' ? '各指标按恰好实现目标的增速增长' : 'every indicator grows at the rate that meets its target exactly'] : []),

  probes: [{
    id: 'plan-path',
    control: 'reference',
    identity: 0,
    low: 0,
    high: 1,
    label: (language) => translate(language, 'lever.plan-path.name'),
    appliesTo: () => true,
    at: (scenario, _target, value) => (value === 0 ? scenario : { ...scenario, planPath: true }),
  }],

  session: { controls: [], changes: () => ({}) },
};

/**
 * Ceiling (`ceilings:`): an indicator cannot rise above a level — a fixed `value`, or an uncertain one
 * drawn uniformly in `range: [low, high]`, one draw per path (the same draw in every scenario, so
 * scenarios differ by their ceilings and not by chance). Only the first ceiling naming an indicator
 * applies. A risk: saturation (R&D intensity cannot grow 10 % a year forever) is a fact of the world the
 * plan meets, not a setting planners choose.
 */
import { z } from 'zod';
import { translate } from '../report/messages.js';
import type { ResolvedScenario } from '../scenarios/resolve-scenario.js';
import type { LeverDefinition } from './lever-definition.js';
import { round } from './lever-text.js';
import { capEachPath } from '../simulation/path-kernels.js';

/** Each path's ceiling drawn in [low, high] by its uniform (the middle, without uniforms). */
function drawnCaps(caps: Float64Array, low: number, high: number, uniforms: Float64Array | undefined): void {
  for (let path = 0; path < caps.length; path++) caps[path] = low + (uniforms?.[path] ?? 0.5) * (high - low);
}

export const ceilingSchema = z
  .object({
    indicator: z.string().min(1).describe('the indicator id'),
    value: z.number().positive().optional().describe('a fixed ceiling'),
    range: z.tuple([z.number().positive(), z.number().positive()]).optional().describe('an uncertain ceiling: drawn uniformly between low and high, one draw per path'),
  })
  .strict()
  .refine((lever) => (lever.value === undefined) !== (lever.range === undefined), { message: 'give either value or range' })
  .refine((lever) => lever.range === undefined || lever.range[0] <= lever.range[1], { message: 'range must be [low, high]' });

export type Ceiling = z.output<typeof ceilingSchema>;

/** The ceiling that applies to an indicator (the first naming it), if any. */
export function ceilingOf(ceilings: readonly Ceiling[], indicator: string): Ceiling | undefined {
  return ceilings.find((ceiling) => ceiling.indicator === indicator);
}

function scaled(scenario: ResolvedScenario, indicator: string, factor: number): ResolvedScenario {
  let done = false;
  const ceilings = scenario.ceilings.map((ceiling) => {
    if (done || ceiling.indicator !== indicator) return ceiling;
    done = true;
    return ceiling.range !== undefined ? { indicator, range: [ceiling.range[0] * factor, ceiling.range[1] * factor] as [number, number] } : { indicator, value: ceiling.value! * factor };
  });
  return { ...scenario, ceilings };
}

export const ceilingLever: LeverDefinition<'ceilings', Ceiling[]> = {
  id: 'ceiling',
  key: 'ceilings',
  schema: z.array(ceilingSchema).default([]),
  identity: [],
  control: 'risk',
  name: 'lever.ceiling.name',
  summary: 'lever.ceiling.summary',
  selectors: (ceilings) => ceilings.map((ceiling, index) => ({ path: ['ceilings', index, 'indicator'], selector: ceiling.indicator })),
  dependencies: () => [],

  transform(values, ceilings, { baseline, definition, ceilingUniforms, output }) {
    const ceiling = ceilingOf(ceilings, definition.id);
    if (ceiling === undefined) return values;
    const { pathCount, horizon } = baseline;
    const result = output(values);
    const caps = new Float64Array(pathCount);
    if (ceiling.range === undefined) caps.fill(ceiling.value!);
    else drawnCaps(caps, ceiling.range[0], ceiling.range[1], ceilingUniforms);
    capEachPath(values, result, caps, pathCount, horizon);
    return result;
  },

  describe: (ceilings, language) => ceilings.map((ceiling) => {
    const value = ceiling.range ? `${ceiling.range[0]}–${ceiling.range[1]}` : String(ceiling.value);
    return language === 'zh' ? `${ceiling.indicator}: 上限 ${value}${ceiling.range ? '（不确定）' : ''}` : `${ceiling.indicator}: ceiling ${value}${ceiling.range ? ' (uncertain)' : ''}`;
  }),

  probes: [{
    id: 'ceiling',
    control: 'risk',
    identity: 1,
    low: 0.9,
    high: 1.1,
    label: (language) => translate(language, 'lever.probe.ceiling', { low: '×0.9', high: '×1.1' }),
    appliesTo: (target, scenario) => ceilingOf(scenario.ceilings, target.definition.id) !== undefined,
    at: (scenario, target, value) => scaled(scenario, target.definition.id, value),
  }],

  session: {
    controls: [{ id: 'ceiling', key: '4', label: 'tui.lever.ceiling', identity: null, stepping: { kind: 'level' }, appliesTo: () => true }],
    changes: (values, base, target) => {
      const value = values.ceiling ?? null;
      // a second ceiling would not apply (the first one naming an indicator does)
      if (value === null || ceilingOf(base.ceilings, target.indicator) !== undefined) return {};
      return { ceilings: [{ indicator: target.indicator, value: round(value) }] };
    },
  },
};

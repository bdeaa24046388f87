/**
 * Growth change (`growth:`): the yearly growth of the indicators a selector names, changed in the
 * lever's years. On each path the growth factor r = x_t / x_{t−1} of the paths so far becomes
 *
 *   r' = 1 + (r − 1)·multiplier + percentagePoints / 100
 *
 * and the path is rebuilt from the changed factors (a level reached stays reached: the change compounds).
 * Before the lever's first year the path is the paths' own, value for value. Several entries naming the
 * same indicator multiply their multipliers and add their points. A policy lever: the planners' effort
 * on an indicator, and what most policies (policies/*.yaml) map onto.
 */
import { z } from 'zod';
import { translate } from '../report/messages.js';
import type { ResolvedScenario } from '../scenarios/resolve-scenario.js';
import { selectorMatches } from '../simulation/indicator-paths.js';
import { compoundGrowthChange } from '../simulation/path-kernels.js';
import { indicatorSelectorSchema, yearSchema } from './lever-schemas.js';
import type { LeverDefinition } from './lever-definition.js';
import { round, selectorText, signed, yearsText } from './lever-text.js';

export const growthChangeSchema = z
  .object({
    indicators: indicatorSelectorSchema,
    percentagePoints: z.number().min(-50).max(50).optional().describe('added to the yearly growth rate, in percentage points (2 = two points faster)'),
    multiplier: z.number().min(0).max(10).optional().describe('multiplies the yearly growth rate (1.2 = a fifth faster)'),
    from: yearSchema.optional().describe('first year the change applies (default: the first projected year)'),
    to: yearSchema.optional().describe('last year the change applies (default: the end of the projection)'),
  })
  .strict()
  .refine((lever) => lever.percentagePoints !== undefined || lever.multiplier !== undefined, { message: 'give percentagePoints or multiplier (or both)' })
  .refine((lever) => lever.from === undefined || lever.to === undefined || lever.from <= lever.to, { message: 'from must not be after to' });

export type GrowthChange = z.output<typeof growthChangeSchema>;

function describeOne(lever: GrowthChange, language: 'zh' | 'en'): string {
  const zh = language === 'zh';
  const parts = [
    lever.multiplier !== undefined ? (zh ? `增速×${lever.multiplier}` : `growth × ${lever.multiplier}`) : '',
    lever.percentagePoints !== undefined ? (zh ? `增速${signed(lever.percentagePoints)}个百分点` : `growth ${signed(lever.percentagePoints)} pp`) : '',
  ].filter(Boolean);
  return `${selectorText(lever.indicators, language)}: ${parts.join(', ')}${yearsText(lever.from, lever.to)}`;
}

function withGrowth(scenario: ResolvedScenario, indicator: string, points: number): ResolvedScenario {
  return { ...scenario, growth: [...scenario.growth, { indicators: indicator, percentagePoints: points }] };
}

export const growthChangeLever: LeverDefinition<'growth', GrowthChange[]> = {
  id: 'growth-change',
  key: 'growth',
  schema: z.array(growthChangeSchema).default([]),
  identity: [],
  control: 'policy',
  name: 'lever.growth-change.name',
  summary: 'lever.growth-change.summary',
  selectors: (levers) => levers.map((lever, index) => ({ path: ['growth', index, 'indicators'], selector: lever.indicators })),
  dependencies: () => [],

  transform(values, levers, { baseline, definition, output }) {
    const { pathCount, horizon, firstYear, lastValue } = baseline;
    const matching = levers.filter((lever) => selectorMatches(lever.indicators, definition.id, definition.kind));
    if (matching.length === 0) return values;
    const multiplier = new Float64Array(horizon).fill(1);
    const addition = new Float64Array(horizon);
    for (const lever of matching) {
      for (let step = 0; step < horizon; step++) {
        const year = firstYear + step;
        if ((lever.from !== undefined && year < lever.from) || (lever.to !== undefined && year > lever.to)) continue;
        if (lever.multiplier !== undefined) multiplier[step]! *= lever.multiplier;
        if (lever.percentagePoints !== undefined) addition[step]! += lever.percentagePoints / 100;
      }
    }
    if (multiplier.every((value) => value === 1) && addition.every((value) => value === 0)) return values;
    const result = output(values); // in place is safe: each value is read before it is written
    compoundGrowthChange(values, result, multiplier, addition, lastValue, pathCount, horizon);
    return result;
  },

  describe: (levers, language) => levers.map((lever) => describeOne(lever, language)),

  probes: [{
    id: 'growth',
    control: 'policy',
    identity: 0,
    low: -1,
    high: 1,
    label: (language) => translate(language, 'lever.probe.growth', { low: '−1', high: '+1' }),
    appliesTo: () => true,
    at: (scenario, target, value) => withGrowth(scenario, target.definition.id, value),
  }],

  session: {
    controls: [{ id: 'growth', key: '1', label: 'tui.lever.growth', identity: 0, stepping: { kind: 'points', step: 0.5, minimum: -20, maximum: 20 }, appliesTo: () => true }],
    changes: (values, _base, target) => {
      const points = values.growth ?? 0;
      return points === 0 ? {} : { growth: [{ indicators: target.indicator, percentagePoints: round(points) }] };
    },
  },

  policy: {
    fields: z.object({
      indicators: indicatorSelectorSchema,
      percentagePoints: z.number().min(-50).max(50).describe('the assumed change of yearly growth, in percentage points'),
      from: yearSchema.optional(),
      to: yearSchema.optional(),
    }).strict(),
    sizeField: 'percentagePoints',
    apply: (levers, effect, size) => [...levers, growthChangeSchema.parse({ ...effect, percentagePoints: size })],
    selectors: (effect) => [effect.indicators as string | string[]],
    reaches: (effect, catalog) => [...catalog.indicators.values()].filter((definition) => selectorMatches(effect.indicators as string | string[], definition.id, definition.kind)).map((definition) => definition.id),
    describe: (effect, size, language) => describeOne(growthChangeSchema.parse({ ...effect, percentagePoints: size }), language),
  },
};

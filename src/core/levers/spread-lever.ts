/**
 * Spread (`spreadMultiplier:`): every model's spread widened (> 1) or narrowed (< 1). Each year's
 * deviations from that year's median are scaled on the log scale, so the median stays where it is:
 *
 *   x' = median · (x / median)^multiplier        (x and the median positive; linearly otherwise)
 *
 * A risk: how uncertain the future is, not something planners can pull. Sensitivity compares ×0.5
 * (the low setting) with ×1.5 (the high setting); a wider spread lowers the probability of a goal the
 * median meets and raises it for a goal the median misses.
 */
import { z } from 'zod';
import { translate } from '../report/messages.js';
import type { LeverDefinition } from './lever-definition.js';
import { round } from './lever-text.js';
import { scaleAroundMedians } from '../simulation/path-kernels.js';

export const spreadLever: LeverDefinition<'spreadMultiplier', number> = {
  id: 'spread',
  key: 'spreadMultiplier',
  schema: z.number().min(0).max(10).default(1).describe('widens (>1) or narrows (<1) every model\'s spread'),
  identity: 1,
  control: 'risk',
  name: 'lever.spread.name',
  summary: 'lever.spread.summary',
  selectors: () => [],
  dependencies: () => [],

  transform(values, multiplier, { baseline, output, mediansOf }) {
    if (multiplier === 1) return values;
    const medians = mediansOf(values);
    const result = output(values);
    scaleAroundMedians(values, result, medians, multiplier, baseline.pathCount, baseline.horizon);
    return result;
  },

  describe: (multiplier, language) => (multiplier === 1 ? [] : [language === 'zh' ? `不确定性×${multiplier}` : `spread × ${multiplier}`]),

  probes: [{
    id: 'spread',
    control: 'risk',
    identity: 1,
    low: 0.5,
    high: 1.5,
    label: (language) => translate(language, 'lever.probe.spread', { low: '×0.5', high: '×1.5' }),
    appliesTo: () => true,
    at: (scenario, _target, value) => ({ ...scenario, spreadMultiplier: round(scenario.spreadMultiplier * value) }),
  }],

  session: { controls: [], changes: () => ({}) },
};

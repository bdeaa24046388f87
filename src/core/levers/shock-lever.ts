/**
 * Shock with recovery (`shocks:`): a one-off change of level in a year, partly made up afterwards. In
 * the shock year the level changes by s = sizePercent / 100; over the next `recoveryYears` a share
 * ρ = recoveredPercent / 100 of that change is made up linearly, and the rest lasts:
 *
 *   level factor in year t ≥ shock year:  1 + s · [(1 − ρ) + ρ · max(0, 1 − (t − year) / recoveryYears)]
 *
 * (recoveryYears 0: nothing is made up.) By default half the loss is made up and half lasts: the
 * evidence on downturns is that output losses are largely persistent rather than recovered (Cerra &
 * Saxena 2008, "Growth dynamics: the myth of economic recovery", American Economic Review 98(1);
 * Cerra, Fatás & Saxena 2023, Journal of Economic Literature 61(1)). Half is an assumption, stated as
 * such; `recoveredPercent: 100` gives a full recovery, after which later goals are untouched. A risk:
 * planners do not choose downturns.
 */
import { z } from 'zod';
import { translate } from '../report/messages.js';
import type { ResolvedScenario } from '../scenarios/resolve-scenario.js';
import { selectorMatches } from '../simulation/indicator-paths.js';
import { scaleEachYear } from '../simulation/path-kernels.js';
import { indicatorSelectorSchema, yearSchema } from './lever-schemas.js';
import type { LeverDefinition } from './lever-definition.js';
import { round, selectorText, signed } from './lever-text.js';

/** The share of a shock's change made up over its recovery years when a scenario does not say (an assumption; see the header). */
export const DEFAULT_RECOVERED_PERCENT = 50;

export const shockSchema = z
  .object({
    indicators: indicatorSelectorSchema,
    year: yearSchema.describe('the year the level drops (or jumps)'),
    sizePercent: z.number().min(-95).max(500).describe('the one-off change of level in that year, in percent (−8 = an 8 % fall)'),
    recoveryYears: z.number().int().min(0).max(30).default(2).describe('years over which the recovered part is made up, linearly (0 = nothing is made up)'),
    recoveredPercent: z.number().min(0).max(100).default(DEFAULT_RECOVERED_PERCENT).describe('the share of the change made up over recoveryYears, in percent; the rest lasts (default 50: downturn losses are largely persistent)'),
  })
  .strict();

export type Shock = z.output<typeof shockSchema>;

/** The factor a shock puts on the level `yearsSince` years after it (1 before it). */
export function shockLevelFactor(shock: Shock, yearsSince: number): number {
  if (yearsSince < 0) return 1;
  const recovered = shock.recoveryYears === 0 ? 0 : shock.recoveredPercent / 100;
  const remaining = shock.recoveryYears === 0 ? 1 : Math.max(0, 1 - yearsSince / shock.recoveryYears);
  return 1 + (shock.sizePercent / 100) * (1 - recovered + recovered * remaining);
}

function withShock(scenario: ResolvedScenario, indicator: string, year: number, sizePercent: number): ResolvedScenario {
  return { ...scenario, shocks: [...scenario.shocks, { indicators: indicator, year, sizePercent, recoveryYears: 0, recoveredPercent: DEFAULT_RECOVERED_PERCENT }] };
}

export const shockLever: LeverDefinition<'shocks', Shock[]> = {
  id: 'shock',
  key: 'shocks',
  schema: z.array(shockSchema).default([]),
  identity: [],
  control: 'risk',
  name: 'lever.shock.name',
  summary: 'lever.shock.summary',
  selectors: (shocks) => shocks.map((shock, index) => ({ path: ['shocks', index, 'indicators'], selector: shock.indicators })),
  dependencies: () => [],

  transform(values, shocks, { baseline, definition, output }) {
    const { pathCount, horizon, firstYear } = baseline;
    const matching = shocks.filter((shock) => selectorMatches(shock.indicators, definition.id, definition.kind) && shock.sizePercent !== 0);
    if (matching.length === 0) return values;
    const levelFactor = new Float64Array(horizon).fill(1);
    for (const shock of matching) for (let step = 0; step < horizon; step++) levelFactor[step]! *= shockLevelFactor(shock, firstYear + step - shock.year);
    if (levelFactor.every((factor) => factor === 1)) return values;
    const result = output(values);
    scaleEachYear(values, result, levelFactor, pathCount, horizon);
    return result;
  },

  describe: (shocks, language) => shocks.map((shock) => {
    const lasting = shock.recoveryYears === 0 ? 100 : 100 - shock.recoveredPercent;
    return language === 'zh'
      ? `${selectorText(shock.indicators, language)}: ${shock.year}年水平${signed(shock.sizePercent)}%，${shock.recoveryYears === 0 ? '不恢复' : `${shock.recoveryYears}年内恢复${shock.recoveredPercent}%`}（${round(lasting)}%为持久影响）`
      : `${selectorText(shock.indicators, language)}: level ${signed(shock.sizePercent)} % in ${shock.year}, ${shock.recoveryYears === 0 ? 'never made up' : `${shock.recoveredPercent} % made up over ${shock.recoveryYears} years`} (${round(lasting)} % lasts)`;
  }),

  probes: [{
    id: 'shock',
    control: 'risk',
    identity: 0,
    low: -10,
    high: 0,
    label: (language, target) => translate(language, 'lever.probe.shock', { year: target.firstProjectedYear }),
    appliesTo: () => true,
    at: (scenario, target, value) => withShock(scenario, target.definition.id, target.firstProjectedYear, value),
  }],

  session: {
    controls: [
      { id: 'shock-year', key: '2', label: 'tui.lever.shock-year', identity: null, stepping: { kind: 'year' }, appliesTo: () => true, needs: 'shock-size' },
      { id: 'shock-size', key: '3', label: 'tui.lever.shock-size', identity: 0, stepping: { kind: 'percent', step: 2, minimum: -50, maximum: 50 }, appliesTo: () => true },
    ],
    changes: (values, _base, target) => {
      const size = values['shock-size'] ?? 0;
      if (size === 0) return {};
      return { shocks: [{ indicators: target.indicator, year: values['shock-year'] ?? target.firstProjectedYear, sizePercent: round(size), recoveryYears: SESSION_RECOVERY_YEARS, recoveredPercent: DEFAULT_RECOVERED_PERCENT }] };
    },
  },
};

/** Years over which a shock set in the session recovers its recovered share (the schema's default). */
export const SESSION_RECOVERY_YEARS = 2;

/**
 * Drivers (`drivers:`): the growth of GDP, R&D spending or population, and the ratio indicators that
 * follow them coherently (R&D intensity = R&D spending / GDP; patents per 10,000 = patents / population;
 * the formula is in simulation/driver-factors.ts). Which indicator is which driver, and which ratio has
 * which parts, is catalogue data (roles in seeds/indicators.yaml). Each path's level is multiplied by the
 * running product of the yearly driver factors. GDP and population are risks (planners do not set them);
 * R&D spending is moved by policies (研发费加计扣除 …) through `changePercentagePoints`.
 */
import { z } from 'zod';
import { driverIndicator, DRIVER_NAMES, type DriverName } from '../catalog/indicator-roles.js';
import { translate } from '../report/messages.js';
import type { ResolvedScenario } from '../scenarios/resolve-scenario.js';
import { driverFactors, driverTerms, type DriverSettings } from '../simulation/driver-factors.js';
import type { IndicatorPaths } from '../simulation/indicator-paths.js';
import { compoundFactors } from '../simulation/path-kernels.js';
import { pathMedians } from '../simulation/path-quantiles.js';
import { yearSchema } from './lever-schemas.js';
import type { LeverContext, LeverDefinition, ProbeTarget, SensitivityProbe } from './lever-definition.js';
import { round, signed, yearsText } from './lever-text.js';

const driverGrowthSchema = z
  .object({
    growthPercent: z.number().min(-50).max(100).optional().describe('mean yearly growth in this scenario, in percent'),
    baselineGrowthPercent: z.number().min(-50).max(100).optional().describe('the yearly growth the fitted trends already assume (default: growthPercent, or the driver\'s own trend in the region); ratio indicators move by the difference'),
    changePercentagePoints: z.number().min(-50).max(50).optional().describe('the yearly growth shifted from its trend, in percentage points (what policies and the session set)'),
    spreadPercent: z.number().min(0).max(50).default(0).describe('standard deviation of yearly growth, in percentage points (0 = no extra uncertainty)'),
  })
  .strict()
  .refine((driver) => driver.growthPercent !== undefined || driver.changePercentagePoints !== undefined, { message: 'give growthPercent or changePercentagePoints' });

export const driversSchema = z
  .object({
    gdp: driverGrowthSchema.optional().describe('GDP growth: the denominator of R&D intensity'),
    rdExpenditure: driverGrowthSchema.optional().describe('R&D expenditure growth: the numerator of R&D intensity (default: its own model)'),
    population: driverGrowthSchema.optional().describe('resident population growth: the denominator of patents per 10,000 people'),
    from: yearSchema.optional(),
    to: yearSchema.optional(),
  })
  .strict();

export type Drivers = z.output<typeof driversSchema>;

const follows = (target: ProbeTarget, driver: DriverName): boolean => driverTerms(target.definition, target.catalog).some((term) => term.driver === driver);

function withChange(drivers: Drivers | undefined, driver: DriverName, points: number): Drivers {
  const current = drivers?.[driver];
  return driversSchema.parse({ ...drivers, [driver]: { spreadPercent: 0, ...current, changePercentagePoints: round((current?.changePercentagePoints ?? 0) + points) } });
}

function driverProbe(driver: 'gdp' | 'population', size: number): SensitivityProbe {
  return {
    id: `${driver}-growth`,
    control: 'risk',
    identity: 0,
    low: -size,
    high: size,
    label: (language) => translate(language, `lever.probe.${driver}-growth`, { low: `−${size}`, high: `+${size}` }),
    appliesTo: (target) => follows(target, driver),
    at: (scenario: ResolvedScenario, _target, value) => ({ ...scenario, drivers: withChange(scenario.drivers, driver, value) }),
  };
}

/** The median yearly growth of a driver's baseline paths (by calendar year), cached per paths. */
const trendCache = new WeakMap<Float64Array, Float64Array>();
function trendOf(paths: IndicatorPaths, year: number): number {
  let growth = trendCache.get(paths.values);
  if (growth === undefined) {
    const medians = pathMedians(paths.values, paths.pathCount, paths.horizon);
    growth = medians.map((median, step) => median / (step === 0 ? paths.lastValue : medians[step - 1]!) - 1);
    trendCache.set(paths.values, growth);
  }
  const step = Math.min(paths.horizon - 1, Math.max(0, year - paths.firstYear));
  const value = growth[step]!;
  return Number.isFinite(value) ? value : 0;
}

function trendIn(context: LeverContext): (driver: DriverName, year: number) => number | undefined {
  return (driver, year) => {
    const indicator = driverIndicator(context.catalog, driver);
    const paths = indicator === undefined ? undefined : context.baselineOf(indicator.id);
    return paths === undefined ? undefined : trendOf(paths, year);
  };
}

function describeDriver(name: DriverName, driver: NonNullable<Drivers[DriverName]>, language: 'zh' | 'en'): string {
  const zh = language === 'zh';
  const parts: string[] = [];
  if (driver.growthPercent !== undefined) parts.push(zh ? `年增速 ${driver.growthPercent}%${driver.baselineGrowthPercent !== undefined ? `（趋势 ${driver.baselineGrowthPercent}%）` : ''}` : `growth ${driver.growthPercent} %${driver.baselineGrowthPercent !== undefined ? ` (trend ${driver.baselineGrowthPercent} %)` : ''}`);
  if (driver.changePercentagePoints !== undefined) parts.push(zh ? `增速较趋势${signed(driver.changePercentagePoints)}个百分点` : `growth ${signed(driver.changePercentagePoints)} pp from trend`);
  if (driver.spreadPercent > 0) parts.push(zh ? `± ${driver.spreadPercent}个百分点` : `± ${driver.spreadPercent} pp`);
  return zh ? `驱动 ${name}: ${parts.join('，')}` : `driver ${name}: ${parts.join(', ')}`;
}

export const driversLever: LeverDefinition<'drivers', Drivers | undefined> = {
  id: 'drivers',
  key: 'drivers',
  schema: driversSchema.optional(),
  identity: undefined,
  control: 'risk',
  name: 'lever.drivers.name',
  summary: 'lever.drivers.summary',
  selectors: () => [],
  // the drivers' own indicators: their baseline trend is what a growth change is measured from
  dependencies: (definition, catalog) => driverTerms(definition, catalog).flatMap((term) => driverIndicator(catalog, term.driver)?.id ?? []),

  transform(values, drivers, context) {
    const { baseline } = context;
    const factors = driverFactors(driverTerms(context.definition, context.catalog), drivers as DriverSettings | undefined, {
      seed: context.seed, region: context.region, pathCount: baseline.pathCount, horizon: baseline.horizon, firstYear: baseline.firstYear, trend: trendIn(context),
    });
    if (factors === undefined) return values;
    const result = context.output(values);
    compoundFactors(values, result, factors, baseline.pathCount, baseline.horizon);
    return result;
  },

  describe(drivers, language) {
    if (drivers === undefined) return [];
    const lines = DRIVER_NAMES.flatMap((name) => (drivers[name] === undefined ? [] : [describeDriver(name, drivers[name], language)]));
    const years = yearsText(drivers.from, drivers.to);
    return years === '' ? lines : lines.map((line) => line + years);
  },

  probes: [driverProbe('gdp', 1), driverProbe('population', 0.5)],

  session: {
    controls: [{ id: 'gdp-growth', key: '5', label: 'tui.lever.gdp-growth', identity: 0, stepping: { kind: 'points', step: 0.5, minimum: -10, maximum: 10 }, appliesTo: (target) => follows(target, 'gdp') }],
    changes: (values, base) => {
      const points = values['gdp-growth'] ?? 0;
      if (points === 0) return {};
      const gdp = withChange(base.drivers, 'gdp', points).gdp!;
      return { drivers: { gdp: JSON.parse(JSON.stringify(gdp)) as unknown } };
    },
  },

  policy: {
    fields: z.object({
      driver: z.enum(DRIVER_NAMES).describe('the driver the policy moves'),
      changePercentagePoints: z.number().min(-50).max(50).describe('the assumed change of the driver\'s yearly growth, in percentage points'),
    }).strict(),
    sizeField: 'changePercentagePoints',
    apply: (drivers, effect, size) => withChange(drivers, effect.driver as DriverName, size),
    selectors: () => [],
    reaches: (effect, catalog) => {
      const driver = effect.driver as DriverName;
      const target: Omit<ProbeTarget, 'definition'> = { catalog, regionHas: () => true, firstProjectedYear: 0 };
      return [...catalog.indicators.values()].filter((definition) => follows({ ...target, definition }, driver)).map((definition) => definition.id);
    },
    describe: (effect, size, language) => (language === 'zh' ? `驱动 ${String(effect.driver)}: 增速较趋势${signed(size)}个百分点` : `driver ${String(effect.driver)}: growth ${signed(size)} pp from trend`),
  },
};

/**
 * The scenario file format (scenarios/*.yaml): levers and shocks in planners' terms. Validated once
 * here with zod; the JSON Schema editors use (scenarios/scenario.schema.json) is generated from this
 * same schema (`npm run schema`), and a test keeps the two in step.
 *
 * Units are in the key names: percentage points of yearly growth, percent of level, percent rates.
 */
import { closest } from 'fastest-levenshtein';
import { z } from 'zod';

const year = z.number().int().min(1990).max(2100);
const localized = z.object({ zh: z.string().min(1), en: z.string().min(1) }).strict();

/**
 * Which indicators a lever applies to: an indicator id (`rd_expenditure`), a list of ids, a kind
 * (`kind:stock`), or `*` for every indicator.
 */
export const indicatorSelectorSchema = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]).describe(
  'an indicator id, a list of ids, kind:<flow|stock|ratio|share|count>, or * for all',
);

export const growthLeverSchema = z
  .object({
    indicators: indicatorSelectorSchema,
    percentagePoints: z.number().min(-50).max(50).optional().describe('added to the yearly growth rate, in percentage points (2 = two points faster)'),
    multiplier: z.number().min(0).max(10).optional().describe('multiplies the yearly growth rate (1.2 = a fifth faster)'),
    from: year.optional().describe('first year the change applies (default: the first projected year)'),
    to: year.optional().describe('last year the change applies (default: the end of the projection)'),
  })
  .strict()
  .refine((lever) => lever.percentagePoints !== undefined || lever.multiplier !== undefined, { message: 'give percentagePoints or multiplier (or both)' })
  .refine((lever) => lever.from === undefined || lever.to === undefined || lever.from <= lever.to, { message: 'from must not be after to' });

export const shockLeverSchema = z
  .object({
    indicators: indicatorSelectorSchema,
    year: year.describe('the year the level drops (or jumps)'),
    sizePercent: z.number().min(-95).max(500).describe('the one-off change of level in that year, in percent (−8 = an 8 % fall)'),
    recoveryYears: z.number().int().min(0).max(30).default(2).describe('years over which the loss is made up, linearly (0 = permanent)'),
  })
  .strict();

export const ceilingLeverSchema = z
  .object({
    indicator: z.string().min(1),
    value: z.number().positive().optional().describe('a fixed ceiling'),
    range: z.tuple([z.number().positive(), z.number().positive()]).optional().describe('an uncertain ceiling: drawn uniformly between low and high, one draw per path'),
  })
  .strict()
  .refine((lever) => (lever.value === undefined) !== (lever.range === undefined), { message: 'give either value or range' })
  .refine((lever) => lever.range === undefined || lever.range[0] <= lever.range[1], { message: 'range must be [low, high]' });

const driverGrowth = z
  .object({
    growthPercent: z.number().min(-50).max(100).describe('mean yearly growth in this scenario, in percent'),
    baselineGrowthPercent: z.number().min(-50).max(100).optional().describe('the yearly growth the fitted trends already assume (default: growthPercent, i.e. no shift); ratio indicators move by the difference'),
    spreadPercent: z.number().min(0).max(50).default(0).describe('standard deviation of yearly growth, in percentage points (0 = no extra uncertainty)'),
  })
  .strict();

export const driversSchema = z
  .object({
    gdp: driverGrowth.optional().describe('GDP growth: the denominator of R&D intensity'),
    rdExpenditure: driverGrowth.optional().describe('R&D expenditure growth: the numerator of R&D intensity (default: its own model)'),
    population: driverGrowth.optional().describe('resident population growth: the denominator of patents per 10,000 people'),
    from: year.optional(),
    to: year.optional(),
  })
  .strict();

export const pipelineSchema = z
  .object({
    conversionRatePercent: z.number().min(0).max(100).optional().describe('share of the technology-based enterprise stock newly certified high-tech each year, in percent (default: calibrated to the baseline trend)'),
    conversionRateChangePercentagePoints: z.number().min(-50).max(50).default(0).describe('added to the (calibrated) conversion rate: a cultivation programme'),
    renewalRatePercent: z.number().min(0).max(100).default(70).describe('share of certifications renewed when they lapse after three years'),
    certificationYears: z.number().int().min(1).max(10).default(3),
    from: year.optional(),
  })
  .strict();

export const scenarioSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'scenario ids are kebab-case'),
    label: localized,
    description: localized.optional(),
    extends: z.string().optional().describe('the id of the scenario this one changes'),
    growth: z.array(growthLeverSchema).default([]),
    shocks: z.array(shockLeverSchema).default([]),
    ceilings: z.array(ceilingLeverSchema).default([]),
    drivers: driversSchema.optional(),
    pipeline: pipelineSchema.optional(),
    planPath: z.boolean().default(false).describe('steer every indicator onto the growth that meets its target exactly (the plan path)'),
    spreadMultiplier: z.number().min(0).max(10).default(1).describe('widens (>1) or narrows (<1) every model\'s spread'),
  })
  .strict();

export type ScenarioSpec = z.output<typeof scenarioSchema>;
export type ScenarioInput = z.input<typeof scenarioSchema>;
export type GrowthLever = z.output<typeof growthLeverSchema>;
export type ShockLever = z.output<typeof shockLeverSchema>;
export type CeilingLever = z.output<typeof ceilingLeverSchema>;
export type ScenarioDrivers = z.output<typeof driversSchema>;
export type PipelineLever = z.output<typeof pipelineSchema>;

export interface ScenarioIssue {
  /** the path inside the YAML document, e.g. ['growth', 0, 'percentagePoints'] */
  path: (string | number)[];
  message: string;
}

export type ScenarioParse = { ok: true; scenario: ScenarioSpec } | { ok: false; issues: ScenarioIssue[] };

/** Every field name the format knows, for "did you mean" on a misspelt key. */
const KNOWN_KEYS = [
  ...Object.keys(scenarioSchema.shape), 'indicators', 'percentagePoints', 'multiplier', 'from', 'to', 'year', 'sizePercent',
  'recoveryYears', 'indicator', 'value', 'range', 'gdp', 'rdExpenditure', 'population', 'growthPercent', 'baselineGrowthPercent', 'spreadPercent',
  ...Object.keys(pipelineSchema.shape), 'zh', 'en',
];

function issueMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => `unknown field "${key}" — did you mean "${closest(key, KNOWN_KEYS)}"?`).join('; ');
  }
  return issue.message;
}

export function parseScenario(content: unknown): ScenarioParse {
  const result = scenarioSchema.safeParse(content);
  if (result.success) return { ok: true, scenario: result.data };
  return { ok: false, issues: result.error.issues.map((issue) => ({ path: issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key)), message: issueMessage(issue) })) };
}

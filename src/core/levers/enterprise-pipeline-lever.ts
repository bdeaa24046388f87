/**
 * Enterprise pipeline (`pipeline:`): an indicator that grows from a pool by certification — in the
 * bundled catalogue high-tech enterprises (高新技术企业) from technology-based enterprises (科技型企业),
 * the roles `pipelinePool` gives (seeds/indicators.yaml). Each year a share c of the pool is newly
 * certified, certifications lapse after `certificationYears` and a share is renewed
 * (simulation/enterprise-pipeline.ts). Unless the scenario fixes c, it is calibrated so the pipeline
 * reproduces the baseline trend's first-year growth.
 *
 * The lever changes the indicator's own paths by the pipeline's *effect*: on each path the baseline
 * value is multiplied by
 *
 *   H(pool under the scenario, c + Δc) / H(pool under the baseline, calibrated c)
 *
 * so a cultivation programme (Δc), a faster-growing pool, or a fixed c move the paths, while the
 * indicator's own uncertainty (its model's spread) is kept: switching the pipeline on at +0 points with
 * an unchanged pool changes nothing, and no setting collapses the spread into the pool's alone. A policy
 * lever (高新技术企业培育计划).
 */
import { z } from 'zod';
import { translate } from '../report/messages.js';
import type { ResolvedScenario } from '../scenarios/resolve-scenario.js';
import { calibrateConversionRate, simulateHighTechStock } from '../simulation/enterprise-pipeline.js';
import { scaleByRatio } from '../simulation/path-kernels.js';
import { yearSchema } from './lever-schemas.js';
import type { LeverDefinition, ProbeTarget } from './lever-definition.js';
import { round, signed } from './lever-text.js';

export const pipelineSchema = z
  .object({
    conversionRatePercent: z.number().min(0).max(100).optional().describe('share of the pool newly certified each year, in percent (default: calibrated to the baseline trend)'),
    conversionRateChangePercentagePoints: z.number().min(-50).max(50).default(0).describe('added to the (calibrated) conversion rate: a cultivation programme'),
    renewalRatePercent: z.number().min(0).max(100).default(70).describe('share of certifications renewed when they lapse'),
    certificationYears: z.number().int().min(1).max(10).default(3).describe('years a certification lasts'),
    from: yearSchema.optional().describe('first year the conversion change applies'),
  })
  .strict();

export type Pipeline = z.output<typeof pipelineSchema>;

const appliesTo = (target: ProbeTarget): boolean => target.definition.roles?.pipelinePool !== undefined && target.regionHas(target.definition.roles.pipelinePool);

function withChange(scenario: ResolvedScenario, points: number): ResolvedScenario {
  const pipeline = pipelineSchema.parse({ ...scenario.pipeline, conversionRateChangePercentagePoints: round((scenario.pipeline?.conversionRateChangePercentagePoints ?? 0) + points) });
  return { ...scenario, pipeline };
}

function describePipeline(pipeline: Pipeline, language: 'zh' | 'en'): string {
  const zh = language === 'zh';
  const rate = pipeline.conversionRatePercent !== undefined ? `${pipeline.conversionRatePercent} %` : zh ? '按基准趋势校准' : 'calibrated to the baseline';
  const change = pipeline.conversionRateChangePercentagePoints ? ` ${signed(pipeline.conversionRateChangePercentagePoints)}${zh ? '个百分点' : ' pp'}` : '';
  return zh
    ? `培育管道: 科技型企业→高新技术企业 转化率 ${rate}${change}，${pipeline.certificationYears}年到期续认定率 ${pipeline.renewalRatePercent}%`
    : `pipeline: pool → certified conversion ${rate}${change}, renewal ${pipeline.renewalRatePercent} % after ${pipeline.certificationYears} years`;
}

export const enterprisePipelineLever: LeverDefinition<'pipeline', Pipeline | undefined> = {
  id: 'enterprise-pipeline',
  key: 'pipeline',
  schema: pipelineSchema.optional(),
  identity: undefined,
  control: 'policy',
  name: 'lever.enterprise-pipeline.name',
  summary: 'lever.enterprise-pipeline.summary',
  selectors: () => [],
  dependencies: (definition) => (definition.roles?.pipelinePool !== undefined ? [definition.roles.pipelinePool] : []),

  transform(values, pipeline, context) {
    const poolId = context.definition.roles?.pipelinePool;
    if (pipeline === undefined || poolId === undefined) return values;
    const { baseline, notes } = context;
    const pool = context.scenarioPathsOf(poolId);
    const poolBaseline = context.baselineOf(poolId);
    if (pool === undefined || poolBaseline === undefined || pool.firstYear !== baseline.firstYear || pool.horizon !== baseline.horizon) {
      notes.push(`the enterprise pipeline needs ${poolId} data in ${context.region} ending in the same year as ${context.definition.id}; it was not applied`);
      return values;
    }
    const { pathCount, horizon, firstYear, lastValue } = baseline;
    const medians = context.mediansOf(baseline.values);
    const baselineGrowth = medians[0]! / lastValue - 1;
    const renewalRate = pipeline.renewalRatePercent / 100;
    const certificationYears = pipeline.certificationYears;
    const calibrated = calibrateConversionRate(lastValue, pool.lastValue, baselineGrowth, renewalRate, certificationYears);
    const baseRate = pipeline.conversionRatePercent !== undefined ? pipeline.conversionRatePercent / 100 : calibrated;
    const change = pipeline.conversionRateChangePercentagePoints / 100;
    const startStep = pipeline.from === undefined ? 0 : Math.max(0, pipeline.from - firstYear);
    notes.push(`enterprise pipeline: conversion ${(baseRate * 100).toFixed(2)} % of ${poolId} a year${pipeline.conversionRatePercent === undefined ? ' (calibrated to the baseline trend)' : ''}${change ? `, ${change > 0 ? '+' : ''}${(change * 100).toFixed(1)} points from ${pipeline.from ?? firstYear}` : ''}; renewal ${pipeline.renewalRatePercent} % after ${certificationYears} years`);
    const rateChanged = baseRate !== calibrated || (change !== 0 && startStep < horizon);
    if (!rateChanged && pool.values === poolBaseline.values) return values;
    const parameters = { conversionRate: baseRate, renewalRate, certificationYears };
    const reference = simulateHighTechStock(poolBaseline.values, poolBaseline.lastValue, lastValue, baselineGrowth, { ...parameters, conversionRate: calibrated }, () => calibrated, pathCount, horizon);
    const scenario = simulateHighTechStock(pool.values, pool.lastValue, lastValue, baselineGrowth, parameters, (step) => baseRate + (step >= startStep ? change : 0), pathCount, horizon);
    const result = context.output(values);
    scaleByRatio(values, result, scenario, reference);
    return result;
  },

  describe: (pipeline, language) => (pipeline === undefined ? [] : [describePipeline(pipeline, language)]),

  probes: [{
    id: 'pipeline-conversion',
    control: 'policy',
    identity: 0,
    low: -1,
    high: 1,
    label: (language) => translate(language, 'lever.probe.pipeline-conversion', { low: '−1', high: '+1' }),
    appliesTo,
    at: (scenario, _target, value) => withChange(scenario, value),
  }],

  session: {
    controls: [{ id: 'pipeline-conversion', key: '6', label: 'tui.lever.pipeline-conversion', identity: 0, stepping: { kind: 'points', step: 0.5, minimum: -10, maximum: 10 }, appliesTo }],
    changes: (values, base) => {
      const points = values['pipeline-conversion'] ?? 0;
      if (points === 0) return {};
      return { pipeline: { conversionRateChangePercentagePoints: round((base.pipeline?.conversionRateChangePercentagePoints ?? 0) + points) } };
    },
  },

  policy: {
    fields: z.object({
      conversionRateChangePercentagePoints: z.number().min(-50).max(50).describe('the assumed change of the yearly conversion rate, in percentage points'),
      from: yearSchema.optional(),
    }).strict(),
    sizeField: 'conversionRateChangePercentagePoints',
    apply: (pipeline, effect, size) => pipelineSchema.parse({
      ...pipeline,
      conversionRateChangePercentagePoints: round((pipeline?.conversionRateChangePercentagePoints ?? 0) + size),
      ...(pipeline?.from === undefined && effect.from !== undefined ? { from: effect.from } : {}),
    }),
    selectors: () => [],
    reaches: (_effect, catalog) => [...catalog.indicators.values()].filter((definition) => definition.roles?.pipelinePool !== undefined).map((definition) => definition.id),
    describe: (_effect, size, language) => {
      if (size === 0) return language === 'zh' ? '培育管道开启（转化率不变，企业池的变化传导到高新技术企业）' : 'pipeline on (conversion unchanged: changes of the pool carry through)';
      return language === 'zh' ? `培育管道转化率${signed(size)}个百分点` : `pipeline conversion ${signed(size)} pp`;
    },
  },
};

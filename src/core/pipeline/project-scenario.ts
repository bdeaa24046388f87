/**
 * Step two of the pipeline: one scenario over a prepared region.
 *
 *   baseline paths ─→ levers (apply-scenario.ts; drivers; enterprise pipeline) ─→ quantiles ─→ goal feasibility
 *
 * Every scenario transforms the same baseline paths (common random numbers), so the differences between
 * scenarios are the scenarios'. Pure and deterministic: the same prepared region and scenario give the
 * same numbers.
 */
import type { LocalizedText } from '../catalog/indicator-catalog.js';
import { assessGoal } from '../feasibility/assess-goal.js';
import type { GoalAssessment } from '../feasibility/goal-assessment.js';
import type { EvidenceStrength } from '../models/model-selection.js';
import type { ResolvedScenario } from '../scenarios/resolve-scenario.js';
import { describeScenarioLevers } from '../scenarios/describe-scenario.js';
import { applyScenario } from '../simulation/apply-scenario.js';
import { driverFactors } from '../simulation/driver-factors.js';
import { calibrateConversionRate, simulateHighTechStock } from '../simulation/enterprise-pipeline.js';
import type { IndicatorPaths } from '../simulation/indicator-paths.js';
import { pathMedians, pathQuantiles, type YearQuantiles } from '../simulation/path-quantiles.js';
import type { PreparedIndicator, PreparedRegion } from './prepare-region.js';

export interface ModelChoiceSummary {
  family: string | null;
  reason: string;
  evidence: EvidenceStrength;
  intervalSource: string | null;
  intervalSourceDescription: string | null;
}

export interface IndicatorProjection {
  indicator: string;
  name: LocalizedText;
  unit: string;
  history: { year: number; value: number }[];
  model: ModelChoiceSummary;
  quantiles: YearQuantiles[];
  goals: GoalAssessment[];
  /** the id of the goal the indicator is summarised by (main-goal.ts), if any */
  mainGoalId: string | null;
  diagnostics: string[];
}

export interface ScenarioProjection {
  scenario: { id: string; label: LocalizedText; chain: string[]; levers: { zh: string[]; en: string[] } };
  region: string;
  indicators: IndicatorProjection[];
  diagnostics: string[];
}

export function modelChoiceSummary(prepared: PreparedIndicator): ModelChoiceSummary {
  return {
    family: prepared.model?.family ?? null,
    reason: prepared.fit.chosen.reason,
    evidence: prepared.fit.chosen.evidence,
    intervalSource: prepared.model?.intervalSource ?? null,
    intervalSourceDescription: prepared.model?.intervalSourceDescription ?? null,
  };
}

/** The enterprise pipeline: high-tech enterprises grow from the pool of technology-based enterprises. */
const PIPELINE = { target: 'high_tech_enterprises', pool: 'tech_enterprises' } as const;

/** Indicators whose scenario paths an indicator's paths are computed from (the pipeline's pool). */
export function pipelineDependencies(indicator: string): string[] {
  return indicator === PIPELINE.target ? [PIPELINE.pool] : [];
}

/** Whether a pipeline lever can act on this indicator in this region (it is the target and the pool is there). */
export function pipelineAppliesTo(indicator: string, region: PreparedRegion): boolean {
  return indicator === PIPELINE.target && region.indicators.some((candidate) => candidate.definition.id === PIPELINE.pool);
}

/** Level goals (targets and milestones) still ahead of the data: the points the plan path runs through. */
function planAnchors(prepared: PreparedIndicator): { year: number; value: number }[] {
  const byYear = new Map<number, number>();
  const lastObserved = prepared.series.years.at(-1) ?? Number.NEGATIVE_INFINITY;
  for (const goal of prepared.goals) if (goal.kind !== 'cumulative-target' && goal.year > lastObserved) byYear.set(goal.year, goal.value);
  return [...byYear].map(([year, value]) => ({ year, value })).sort((a, b) => a.year - b.year);
}

/**
 * High-tech enterprises under a scenario with a pipeline lever: from the scenario paths of the region's
 * technology-based enterprises, by conversion and three-year certification (enterprise-pipeline.ts).
 */
function pipelinePaths(highTech: PreparedIndicator, pool: IndicatorPaths, scenario: ResolvedScenario, notes: string[]): IndicatorPaths | undefined {
  const baseline = highTech.baseline;
  const pipeline = scenario.pipeline;
  if (baseline === undefined || pipeline === undefined || pool.firstYear !== baseline.firstYear || pool.horizon !== baseline.horizon) {
    if (pipeline !== undefined) notes.push('the enterprise pipeline needs technology-based and high-tech enterprise counts for the same latest year; it was not applied');
    return undefined;
  }
  const medians = pathMedians(baseline.values, baseline.pathCount, baseline.horizon);
  const baselineGrowth = medians[0]! / baseline.lastValue - 1;
  const renewalRate = pipeline.renewalRatePercent / 100;
  const calibrated = calibrateConversionRate(baseline.lastValue, pool.lastValue, baselineGrowth, renewalRate, pipeline.certificationYears);
  const baseRate = pipeline.conversionRatePercent !== undefined ? pipeline.conversionRatePercent / 100 : calibrated;
  const change = pipeline.conversionRateChangePercentagePoints / 100;
  notes.push(`enterprise pipeline: conversion ${(baseRate * 100).toFixed(2)} % of technology-based enterprises a year${pipeline.conversionRatePercent === undefined ? ' (calibrated to the baseline trend)' : ''}${change ? `, ${change > 0 ? '+' : ''}${(change * 100).toFixed(1)} points from ${pipeline.from ?? baseline.firstYear}` : ''}; renewal ${pipeline.renewalRatePercent} % after ${pipeline.certificationYears} years`);
  const rate = (step: number): number => baseRate + (pipeline.from === undefined || baseline.firstYear + step >= pipeline.from ? change : 0);
  const stock = simulateHighTechStock(pool.values, pool.lastValue, baseline.lastValue, baselineGrowth, { conversionRate: baseRate, renewalRate, certificationYears: pipeline.certificationYears }, rate, baseline.pathCount, baseline.horizon);
  return { ...baseline, values: stock };
}

export function scenarioPaths(prepared: PreparedIndicator, region: PreparedRegion, scenario: ResolvedScenario, cache: Map<string, IndicatorPaths | undefined>, notes: string[]): IndicatorPaths | undefined {
  const key = prepared.definition.id;
  if (cache.has(key)) return cache.get(key);
  let result: IndicatorPaths | undefined;
  const baseline = prepared.baseline;
  if (baseline !== undefined) {
    let source = baseline;
    if (key === PIPELINE.target && scenario.pipeline !== undefined) {
      const poolIndicator = region.indicators.find((candidate) => candidate.definition.id === PIPELINE.pool);
      const pool = poolIndicator ? scenarioPaths(poolIndicator, region, scenario, cache, notes) : undefined;
      if (pool === undefined) notes.push(`the enterprise pipeline needs technology-based enterprise data in ${region.region}; it was not applied`);
      else source = pipelinePaths(prepared, pool, scenario, notes) ?? baseline;
    }
    const factors = driverFactors(key, prepared.definition.relation, scenario.drivers, region.settings.seed, region.region, baseline.pathCount, baseline.horizon, baseline.firstYear);
    result = applyScenario(source, scenario, {
      planAnchors: planAnchors(prepared),
      ceilingUniforms: prepared.ceilingUniforms,
      ...(factors !== undefined ? { driverFactors: factors } : {}),
    });
  }
  cache.set(key, result);
  return result;
}

export function projectIndicator(prepared: PreparedIndicator, region: PreparedRegion, scenario: ResolvedScenario, cache: Map<string, IndicatorPaths | undefined> = new Map()): IndicatorProjection {
  const diagnostics = [...prepared.diagnostics];
  const paths = scenarioPaths(prepared, region, scenario, cache, diagnostics);
  return {
    indicator: prepared.definition.id,
    name: prepared.definition.name,
    unit: prepared.definition.unit,
    history: prepared.series.years.map((year, index) => ({ year, value: prepared.series.values[index]! })),
    model: modelChoiceSummary(prepared),
    quantiles: paths ? pathQuantiles(paths.values, paths.pathCount, paths.horizon, paths.firstYear) : [],
    goals: prepared.goals.map((goal) => assessGoal(goal, prepared.series, paths, { preset: region.settings.preset, presetSettings: region.settings.presetSettings, ...(region.settings.asOfYear !== undefined ? { asOfYear: region.settings.asOfYear } : {}) })),
    mainGoalId: prepared.mainGoalId ?? null,
    diagnostics,
  };
}

export function projectScenario(region: PreparedRegion, scenario: ResolvedScenario): ScenarioProjection {
  const cache = new Map<string, IndicatorPaths | undefined>();
  return {
    scenario: { id: scenario.id, label: scenario.label, chain: scenario.chain, levers: { zh: describeScenarioLevers(scenario, 'zh'), en: describeScenarioLevers(scenario, 'en') } },
    region: region.region,
    indicators: region.indicators.map((prepared) => projectIndicator(prepared, region, scenario, cache)),
    diagnostics: [],
  };
}

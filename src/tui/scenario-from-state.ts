/**
 * The session's lever adjustments as scenario levers, in two forms that always agree:
 * - `leverChanges`: the levers a child scenario file adds (`extends: <base>` plus these);
 * - `adjustedScenario`: the base merged with those changes exactly as resolve-scenario.ts merges a file
 *   with its base (lists appended, objects merged key by key) and validated with the same schema, so the
 *   numbers on screen are the numbers `plancast … --scenario saved.yaml` gives.
 * Pure.
 */
import type { LocalizedText } from '../core/catalog/indicator-catalog.js';
import { PlancastError } from '../core/errors.js';
import { describeScenarioLevers } from '../core/scenarios/describe-scenario.js';
import { mergeScenarioObjects, type ResolvedScenario } from '../core/scenarios/resolve-scenario.js';
import { parseScenario, type ScenarioSpec } from '../core/scenarios/scenario-spec.js';
import { hasAdjustments, type LeverAdjustments } from './lever-adjustments.js';

/** The GDP growth the fitted trends are taken to carry when a scenario names none; only differences from it matter. */
export const ASSUMED_GDP_TREND_PERCENT = 6;
/** Years over which a shock set in the session is made up (the schema's default). */
export const SHOCK_RECOVERY_YEARS = 2;

export interface AdjustmentTarget {
  indicator: string;
  firstProjectedYear: number;
}

/** Whether the base scenario already caps the indicator (then a session ceiling would not apply: the first ceiling wins). */
export function baseHasCeiling(base: ScenarioSpec, indicator: string): boolean {
  return base.ceilings.some((ceiling) => ceiling.indicator === indicator);
}

/** The levers a child scenario adds to `base` for these adjustments (only the ones that change something). */
export function leverChanges(base: ScenarioSpec, target: AdjustmentTarget, adjustments: LeverAdjustments): Record<string, unknown> {
  const changes: Record<string, unknown> = {};
  if (adjustments.growthPercentagePoints !== 0) changes.growth = [{ indicators: target.indicator, percentagePoints: adjustments.growthPercentagePoints }];
  if (adjustments.shockSizePercent !== 0) {
    changes.shocks = [{ indicators: target.indicator, year: adjustments.shockYear ?? target.firstProjectedYear, sizePercent: adjustments.shockSizePercent, recoveryYears: SHOCK_RECOVERY_YEARS }];
  }
  if (adjustments.ceiling !== null && !baseHasCeiling(base, target.indicator)) changes.ceilings = [{ indicator: target.indicator, value: adjustments.ceiling }];
  if (adjustments.gdpGrowthPercentagePoints !== 0) {
    const gdp = base.drivers?.gdp;
    const trend = gdp?.baselineGrowthPercent ?? gdp?.growthPercent ?? ASSUMED_GDP_TREND_PERCENT;
    const growthPercent = Number(((gdp?.growthPercent ?? trend) + adjustments.gdpGrowthPercentagePoints).toFixed(6));
    changes.drivers = { gdp: { growthPercent, baselineGrowthPercent: trend, spreadPercent: gdp?.spreadPercent ?? 0 } };
  }
  if (adjustments.pipelineConversionPercentagePoints !== 0) {
    const total = (base.pipeline?.conversionRateChangePercentagePoints ?? 0) + adjustments.pipelineConversionPercentagePoints;
    changes.pipeline = { conversionRateChangePercentagePoints: Number(total.toFixed(6)) };
  }
  return changes;
}

/** The base scenario with the adjustments applied (the base itself when nothing is adjusted). */
export function adjustedScenario(base: ResolvedScenario, target: AdjustmentTarget, adjustments: LeverAdjustments): ResolvedScenario {
  if (!hasAdjustments(adjustments)) return base;
  const { chain, ...raw } = base;
  const parsed = parseScenario(mergeScenarioObjects(raw, leverChanges(base, target, adjustments)));
  if (!parsed.ok) {
    throw new PlancastError('E_SCENARIO_INVALID', `the adjusted scenario is invalid: ${parsed.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`, { remedy: 'move the lever back (Backspace resets it)' });
  }
  return { ...parsed.scenario, chain };
}

export interface ScenarioNaming {
  id: string;
  /** the indicator's name, for the label */
  indicatorName: LocalizedText;
  regionName: LocalizedText;
}

/**
 * The scenario file (a plain object for YAML): `extends` the base and adds the changes. A base that is
 * not bundled (a user's file) cannot be found by id from another file, so with `standalone` the file
 * carries every lever itself, resolved, instead of extending it.
 */
export function scenarioDocument(base: ResolvedScenario, target: AdjustmentTarget, adjustments: LeverAdjustments, naming: ScenarioNaming, { standalone = false } = {}): Record<string, unknown> {
  const changes = standalone ? standaloneLevers(adjustedScenario(base, target, adjustments)) : leverChanges(base, target, adjustments);
  const label = {
    zh: `${base.label.zh}（调整${naming.indicatorName.zh}）`,
    en: `${base.label.en}, ${naming.indicatorName.en} adjusted`,
  };
  const child = parseScenario({ id: naming.id, label, ...changes });
  const levers = child.ok ? { zh: describeScenarioLevers(child.scenario, 'zh'), en: describeScenarioLevers(child.scenario, 'en') } : { zh: [], en: [] };
  const description = {
    zh: `在“${base.label.zh}”基础上为${naming.regionName.zh}调整：${levers.zh.join('；') || '无'}。`,
    en: `${base.label.en} with changes for ${naming.regionName.en}: ${levers.en.join('; ') || 'none'}.`,
  };
  return { id: naming.id, ...(standalone ? {} : { extends: base.id }), label, description, ...changes };
}

/** Every lever of a resolved scenario, for a file that extends nothing. */
function standaloneLevers(scenario: ResolvedScenario): Record<string, unknown> {
  const { id: _id, label: _label, description: _description, chain: _chain, ...levers } = scenario;
  return JSON.parse(JSON.stringify(levers)) as Record<string, unknown>;
}

/**
 * Step two of the pipeline: one scenario over a prepared region.
 *
 *   baseline paths ─→ levers (the lever registry, through apply-scenario.ts) ─→ quantiles ─→ goal feasibility
 *
 * Every scenario transforms the same baseline paths (common random numbers), so the differences between
 * scenarios are the scenarios'. Pure and deterministic: the same prepared region and scenario give the
 * same numbers.
 */
import type { Catalog, IndicatorDefinition, LocalizedText } from '../catalog/indicator-catalog.js';
import { EMPTY_CALENDAR } from '../plans/plan-calendar.js';
import { assessGoal } from '../feasibility/assess-goal.js';
import type { GoalAssessment } from '../feasibility/goal-assessment.js';
import type { EvidenceStrength } from '../models/model-selection.js';
import type { ResolvedScenario } from '../scenarios/resolve-scenario.js';
import { ANY_LEVERS } from '../levers/lever-registry.js';
import { describeScenarioLevers } from '../scenarios/describe-scenario.js';
import { applyScenario } from '../simulation/apply-scenario.js';
import type { IndicatorPaths } from '../simulation/indicator-paths.js';
import { pathQuantiles, type YearQuantiles } from '../simulation/path-quantiles.js';
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

/** Indicators whose scenario paths an indicator's paths are computed from (a pipeline's pool), from the levers' declarations. */
export function leverDependencies(definition: IndicatorDefinition, catalog: Catalog): string[] {
  // transitive: a dependency's own dependencies are read too
  const found = new Set<string>();
  const visit = (current: IndicatorDefinition): void => {
    for (const id of ANY_LEVERS.flatMap((lever) => lever.dependencies(current, catalog))) {
      if (found.has(id) || id === definition.id) continue;
      found.add(id);
      const next = catalog.indicators.get(id);
      if (next !== undefined) visit(next);
    }
  };
  visit(definition);
  return [...found].sort();
}

/** The catalogue the levers read roles from: the dataset's, or (a region prepared by hand) its own indicators'. */
export function regionCatalog(region: PreparedRegion): Catalog {
  return region.catalog ?? { indicators: new Map(region.indicators.map((indicator) => [indicator.definition.id, indicator.definition])), regions: new Map(), plans: EMPTY_CALENDAR };
}

/** Level goals (targets and milestones) still ahead of the data: the points the plan path runs through. */
function planAnchors(prepared: PreparedIndicator): { year: number; value: number }[] {
  const byYear = new Map<number, number>();
  const lastObserved = prepared.series.years.at(-1) ?? Number.NEGATIVE_INFINITY;
  for (const goal of prepared.goals) if (goal.kind !== 'cumulative-target' && goal.year > lastObserved) byYear.set(goal.year, goal.value);
  return [...byYear].map(([year, value]) => ({ year, value })).sort((a, b) => a.year - b.year);
}

/**
 * An indicator's paths under a scenario: its baseline paths transformed by every lever
 * (simulation/apply-scenario.ts), with the region's other indicators at hand for the levers that relate
 * them (a pipeline's pool under the same scenario, a driver's trend). Cached per scenario run.
 */
export function scenarioPaths(prepared: PreparedIndicator, region: PreparedRegion, scenario: ResolvedScenario, cache: Map<string, IndicatorPaths | undefined>, notes: string[]): IndicatorPaths | undefined {
  const key = prepared.definition.id;
  if (cache.has(key)) return cache.get(key);
  cache.set(key, undefined); // a dependency cycle (a catalogue error) ends here instead of recursing
  const baseline = prepared.baseline;
  const find = (indicator: string): PreparedIndicator | undefined => region.indicators.find((candidate) => candidate.definition.id === indicator);
  const result = baseline === undefined ? undefined : applyScenario(baseline, scenario, {
    definition: prepared.definition,
    catalog: regionCatalog(region),
    region: region.region,
    seed: region.settings.seed,
    planAnchors: planAnchors(prepared),
    ceilingUniforms: prepared.ceilingUniforms,
    baselineOf: (indicator) => find(indicator)?.baseline,
    scenarioPathsOf: (indicator) => {
      const other = find(indicator);
      return other === undefined ? undefined : scenarioPaths(other, region, scenario, cache, notes);
    },
    notes,
  });
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
  return projectScenarioOf(region, scenario, region.indicators);
}

/** The scenario's projection of some of the region's indicators (the others are at hand for the levers that read them). */
export function projectScenarioOf(region: PreparedRegion, scenario: ResolvedScenario, indicators: readonly PreparedIndicator[]): ScenarioProjection {
  const cache = new Map<string, IndicatorPaths | undefined>();
  return {
    scenario: { id: scenario.id, label: scenario.label, chain: scenario.chain, levers: { zh: describeScenarioLevers(scenario, 'zh'), en: describeScenarioLevers(scenario, 'en') } },
    region: region.region,
    indicators: indicators.map((prepared) => projectIndicator(prepared, region, scenario, cache)),
    diagnostics: [],
  };
}

/**
 * The adapter between the session and the pipeline. Loading (dataset, model spec, scenario library) and
 * preparing a region (fit, select, simulate the baseline paths: the expensive part) happen once; after
 * that every lever change re-runs only `projectIndicator` for the selected indicator on the prepared
 * baseline paths (10,000 by default, common random numbers), which is what keeps a key press under 50 ms.
 *
 *   load (once) ─→ prepareRegion (once per region) ─→ projectIndicator (per state change, selected indicator only)
 */
import { dirname, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { GoalAssessment } from '../core/feasibility/goal-assessment.js';
import { combinePreparedRegions, prepareRegion, preparedIndicatorIds, type PreparedIndicator, type PreparedRegion } from '../core/pipeline/prepare-region.js';
import { leverDependencies, projectIndicator, type IndicatorProjection } from '../core/pipeline/project-scenario.js';
import { indicatorSensitivity, probeTarget, type IndicatorSensitivity } from '../core/pipeline/sensitivity.js';
import { sessionControls } from '../core/levers/lever-registry.js';
import { policyReach } from '../core/policies/policy-chain.js';
import type { PolicyLibrary } from '../core/policies/policy-spec.js';
import type { ProjectionSettings } from '../core/pipeline/projection-settings.js';
import type { Dataset } from '../core/records/dataset.js';
import { isObservation, isUsable } from '../core/records/indicator-record.js';
import { resolveScenario, type ResolvedScenario } from '../core/scenarios/resolve-scenario.js';
import { settingsFrom, type SettingsRequest } from '../app/projection-request.js';
import { openWorkspace, type Workspace } from '../app/workspace.js';
import { openPolicyLibrary, requireKnownIndicators } from '../app/open-scenarios.js';
import type { ScenarioLibrary } from '../io/load-scenarios.js';
import { scenariosDirectory } from '../io/project-paths.js';
import { adjustmentsKey, leverRows, policyRowId, type LeverRow } from './lever-adjustments.js';
import { writeSessionReport, type ReportOutcome, type ReportRequest } from './report-runner.js';
import { adjustedScenario, scenarioDocument } from './scenario-from-state.js';
import type { IndicatorChoice, RegionChoice, ScenarioChoice } from './session-choices.js';
import type { ProjectionRequest } from './session-state.js';

export interface ProjectionView {
  request: ProjectionRequest;
  scenario: ResolvedScenario;
  projection: IndicatorProjection;
  /** the indicator's main goal (main-goal.ts) under the adjusted scenario, and under the scenario as defined */
  goal: GoalAssessment | undefined;
  unadjustedGoal: GoalAssessment | undefined;
  /** time spent in projectIndicator for this view */
  milliseconds: number;
  pathCount: number;
}

export interface CompareRow {
  scenario: ScenarioChoice;
  goal: GoalAssessment | undefined;
}

/** What the App needs from an engine; tests may pass a fake. */
export interface SessionEngine {
  readonly pathCount: number;
  regions(): RegionChoice[];
  scenarios(): ScenarioChoice[];
  prepareRegion(region: string): IndicatorChoice[];
  /** prepares only `indicator` and what its levers read (the first screen); the choices of those */
  prepareFocus(region: string, indicator: string): IndicatorChoice[];
  /** prepares one more indicator of a region prepareFocus started; false once the region is complete */
  prepareNextIndicator(region: string): boolean;
  project(request: ProjectionRequest): ProjectionView | undefined;
  compare(request: ProjectionRequest): CompareRow[];
  /** what moves the selected indicator's main goal: policy levers and risks (undefined: no goal ahead) */
  sensitivity(request: ProjectionRequest): IndicatorSensitivity | undefined;
  /** the lever panel's rows: the registry's lever controls and one per policy */
  leverRows(): LeverRow[];
  adjustedScenario(request: ProjectionRequest): ResolvedScenario;
  scenarioDocument(request: ProjectionRequest, id: string): Record<string, unknown>;
  /** writes the region's report (in-process, with the session's data and settings) */
  writeReport(request: ReportRequest): Promise<ReportOutcome>;
}

export interface EngineOptions {
  data?: string;
  catalog?: string;
  models?: string;
  paths?: number;
  seed?: number;
  scenarioFiles?: string[];
}

function regionChoices(dataset: Dataset): RegionChoice[] {
  const indicators = new Map<string, Set<string>>();
  for (const record of dataset.records) {
    if (!isObservation(record) || !isUsable(record)) continue;
    indicators.set(record.region, (indicators.get(record.region) ?? new Set()).add(record.indicator));
  }
  return [...dataset.catalog.regions.values()].filter((region) => indicators.has(region.id)).map((region) => ({ id: region.id, name: region.name, indicatorCount: indicators.get(region.id)!.size }));
}

function indicatorChoice(prepared: PreparedIndicator, region: PreparedRegion, settings: ProjectionSettings, policies: PolicyLibrary): IndicatorChoice {
  const id = prepared.definition.id;
  const latestYear = prepared.series.years.at(-1) ?? null;
  const firstProjectedYear = prepared.baseline?.firstYear ?? (latestYear ?? (settings.horizonEndYear ?? 1) - 1) + 1;
  const target = probeTarget(prepared, region, firstProjectedYear);
  const levers = [
    ...sessionControls().filter(({ control }) => control.appliesTo(target)).map(({ control }) => control.id),
    ...[...policies.values()].filter((policy) => policyReach(policy, target.catalog, false).has(id)).map((policy) => policyRowId(policy.id)),
  ];
  return {
    id, name: prepared.definition.name, aliases: prepared.definition.aliases, unit: prepared.definition.unit,
    hasGoals: prepared.goals.length > 0, latestYear, latestValue: prepared.series.values.at(-1) ?? null,
    firstProjectedYear, lastProjectedYear: prepared.baseline ? prepared.baseline.firstYear + prepared.baseline.horizon - 1 : settings.horizonEndYear ?? firstProjectedYear,
    levers,
  };
}

/** The first year an indicator is projected: its paths' first year, else the year after its data (no data: none, 0). */
function firstProjectedYearOf(indicator: PreparedIndicator | undefined): number {
  return indicator?.baseline?.firstYear ?? (indicator?.series.years.at(-1) ?? -1) + 1;
}

/** The assessment of the indicator's main goal, found by its id. */
export function mainGoalAssessment(projection: IndicatorProjection): GoalAssessment | undefined {
  return projection.mainGoalId === null ? undefined : projection.goals.find((goal) => goal.goalId === projection.mainGoalId);
}

export class PipelineEngine implements SessionEngine {
  private readonly prepared = new Map<string, PreparedRegion>();
  /** regions prepareFocus started: prepared so far, and the indicators still to prepare */
  private readonly partial = new Map<string, { region: PreparedRegion; remaining: string[] }>();
  private readonly resolved = new Map<string, ResolvedScenario>();
  private readonly unadjusted = new Map<string, GoalAssessment | undefined>();
  private lastView: { key: string; view: ProjectionView | undefined } | undefined;
  private lastCompare: { key: string; rows: CompareRow[] } | undefined;
  private lastSensitivity: { key: string; result: IndicatorSensitivity | undefined } | undefined;

  readonly dataset: Dataset;
  readonly library: ScenarioLibrary;
  readonly policies: PolicyLibrary;

  constructor(
    readonly workspace: Workspace,
    readonly settings: ProjectionSettings,
    /** scenario files named on the command line or saved in the session, beside the bundled ones */
    readonly scenarioFiles: readonly string[] = [],
    /** the settings the session was asked for (a region without an asked-for preset gets its default) */
    private readonly request: SettingsRequest = {},
  ) {
    this.dataset = workspace.dataset;
    this.library = workspace.scenarioLibrary(scenarioFiles);
    this.policies = workspace.policies;
  }

  leverRows(): LeverRow[] {
    return leverRows([...this.policies.values()]);
  }

  /** The settings of one region: the session's, with the region's default preset unless one was asked for. */
  settingsFor(region: string): ProjectionSettings {
    return settingsFrom(this.request, { dataset: this.dataset, presetSettings: this.workspace.presetSettings, region });
  }

  get pathCount(): number {
    return this.settings.pathCount;
  }

  regions(): RegionChoice[] {
    return regionChoices(this.dataset);
  }

  scenarios(): ScenarioChoice[] {
    const ids = [...this.library.raw.keys()].sort((a, b) => Number(b === 'baseline') - Number(a === 'baseline'));
    return ids.map((id) => {
      const scenario = this.scenario(id);
      return { id, label: scenario.label, ceilingIndicators: scenario.ceilings.map((ceiling) => ceiling.indicator), policies: Object.fromEntries(scenario.policies.map((use) => [use.policy, use.assumption])) };
    });
  }

  scenario(id: string): ResolvedScenario {
    let scenario = this.resolved.get(id);
    if (scenario === undefined) {
      scenario = resolveScenario(id, this.library.raw, this.policies);
      requireKnownIndicators(scenario, this.library, openPolicyLibrary(), this.dataset.catalog);
      this.resolved.set(id, scenario);
    }
    return scenario;
  }

  /** The prepared region (fitted, baseline paths simulated), prepared on first use (or completed, after prepareFocus). */
  region(region: string): PreparedRegion {
    while (this.prepareNextIndicator(region));
    let prepared = this.prepared.get(region);
    if (prepared === undefined) this.prepared.set(region, (prepared = prepareRegion(this.dataset, region, this.workspace.modelSpec, this.settingsFor(region))));
    return prepared;
  }

  prepareRegion(region: string): IndicatorChoice[] {
    const prepared = this.region(region);
    return prepared.indicators.map((indicator) => indicatorChoice(indicator, prepared, this.settings, this.policies));
  }

  prepareFocus(region: string, indicator: string): IndicatorChoice[] {
    if (this.prepared.has(region) || this.partial.has(region)) return this.choicesOf(this.prepared.get(region) ?? this.partial.get(region)!.region, [indicator]);
    const settings = this.settingsFor(region);
    const definition = this.dataset.catalog.indicators.get(indicator);
    const wanted = new Set([indicator, ...(definition === undefined ? [] : leverDependencies(definition, this.dataset.catalog))]);
    const part = prepareRegion(this.dataset, region, this.workspace.modelSpec, settings, (id) => wanted.has(id));
    const remaining = preparedIndicatorIds(this.dataset, region, settings).filter((id) => !wanted.has(id));
    this.partial.set(region, { region: part, remaining });
    if (remaining.length === 0) this.finishPartial(region);
    return this.choicesOf(part, [...wanted]);
  }

  prepareNextIndicator(region: string): boolean {
    const progress = this.partial.get(region);
    if (progress === undefined) return false;
    const next = progress.remaining.shift();
    if (next !== undefined) {
      const part = prepareRegion(this.dataset, region, this.workspace.modelSpec, this.settingsFor(region), (id) => id === next);
      progress.region = combinePreparedRegions([progress.region, part]);
    }
    if (progress.remaining.length > 0) return true;
    this.finishPartial(region);
    return false;
  }

  private finishPartial(region: string): void {
    this.prepared.set(region, this.partial.get(region)!.region);
    this.partial.delete(region);
  }

  private choicesOf(prepared: PreparedRegion, ids: readonly string[]): IndicatorChoice[] {
    return prepared.indicators.filter((indicator) => ids.includes(indicator.definition.id)).map((indicator) => indicatorChoice(indicator, prepared, this.settings, this.policies));
  }

  /** The region as far as it is prepared, when it holds the indicator and what its levers read; else the whole region. */
  private regionFor(request: ProjectionRequest): PreparedRegion {
    const partial = this.partial.get(request.region);
    const definition = this.dataset.catalog.indicators.get(request.indicator);
    if (partial !== undefined && definition !== undefined && [request.indicator, ...leverDependencies(definition, this.dataset.catalog)].every((id) => !partial.remaining.includes(id))) return partial.region;
    return this.region(request.region);
  }

  private target(request: ProjectionRequest): { region: PreparedRegion; indicator: PreparedIndicator } | undefined {
    const region = this.regionFor(request);
    const indicator = region.indicators.find((candidate) => candidate.definition.id === request.indicator);
    return indicator ? { region, indicator } : undefined;
  }

  adjustedScenario(request: ProjectionRequest): ResolvedScenario {
    const found = this.target(request);
    const firstProjectedYear = firstProjectedYearOf(found?.indicator);
    return adjustedScenario(this.scenario(request.scenarioId), { indicator: request.indicator, firstProjectedYear }, request.adjustments, this.policies);
  }

  project(request: ProjectionRequest): ProjectionView | undefined {
    const key = `${request.region}|${request.indicator}|${request.scenarioId}|${adjustmentsKey(request.adjustments)}`;
    if (this.lastView?.key === key) return this.lastView.view;
    const found = this.target(request);
    let view: ProjectionView | undefined;
    if (found) {
      const scenario = this.adjustedScenario(request);
      const start = performance.now();
      const projection = projectIndicator(found.indicator, found.region, scenario);
      const milliseconds = performance.now() - start;
      const goal = mainGoalAssessment(projection);
      view = { request, scenario, projection, goal, unadjustedGoal: this.unadjustedGoal(request, found, scenario, goal), milliseconds, pathCount: this.pathCount };
    }
    this.lastView = { key, view };
    return view;
  }

  private unadjustedGoal(request: ProjectionRequest, found: { region: PreparedRegion; indicator: PreparedIndicator }, scenario: ResolvedScenario, goal: GoalAssessment | undefined): GoalAssessment | undefined {
    const base = this.scenario(request.scenarioId);
    if (scenario === base) return goal;
    const key = `${request.region}|${request.indicator}|${request.scenarioId}`;
    if (!this.unadjusted.has(key)) this.unadjusted.set(key, mainGoalAssessment(projectIndicator(found.indicator, found.region, base)));
    return this.unadjusted.get(key);
  }

  compare(request: ProjectionRequest): CompareRow[] {
    const key = `${request.region}|${request.indicator}|${adjustmentsKey(request.adjustments)}`;
    if (this.lastCompare?.key === key) return this.lastCompare.rows;
    const found = this.target(request);
    const rows = this.scenarios().map((scenario) => {
      if (!found) return { scenario, goal: undefined };
      const projection = projectIndicator(found.indicator, found.region, this.adjustedScenario({ ...request, scenarioId: scenario.id }));
      return { scenario, goal: mainGoalAssessment(projection) };
    });
    this.lastCompare = { key, rows };
    return rows;
  }

  sensitivity(request: ProjectionRequest): IndicatorSensitivity | undefined {
    const key = `${request.region}|${request.indicator}|${request.scenarioId}|${adjustmentsKey(request.adjustments)}`;
    if (this.lastSensitivity?.key === key) return this.lastSensitivity.result;
    const found = this.target(request);
    const result = found === undefined ? undefined : indicatorSensitivity(found.indicator, found.region, this.adjustedScenario(request), this.policies);
    this.lastSensitivity = { key, result };
    return result;
  }

  scenarioDocument(request: ProjectionRequest, id: string): Record<string, unknown> {
    const found = this.target(request);
    const firstProjectedYear = firstProjectedYearOf(found?.indicator);
    const regionName = this.dataset.catalog.regions.get(request.region)?.name ?? { zh: request.region, en: request.region };
    const indicatorName = found?.indicator.definition.name ?? { zh: request.indicator, en: request.indicator };
    // A file extends a bundled base by id; a base from the user's own file is written out in full.
    const standalone = !this.bundled(request.scenarioId);
    return scenarioDocument(this.scenario(request.scenarioId), { indicator: request.indicator, firstProjectedYear }, request.adjustments, { id, indicatorName, regionName }, { standalone, policies: this.policies });
  }

  writeReport(request: ReportRequest): Promise<ReportOutcome> {
    return writeSessionReport(this.workspace, this.settingsFor(request.region), request);
  }

  private bundled(id: string): boolean {
    const file = this.library.files.get(id);
    return file !== undefined && resolve(dirname(file)) === resolve(scenariosDirectory);
  }
}

/** Opens the workspace (data, model spec, scenario library) the way every projecting command does. */
export async function loadPipelineEngine(options: EngineOptions): Promise<PipelineEngine> {
  const workspace = await openWorkspace(options);
  const settings = settingsFrom(options, { dataset: workspace.dataset, presetSettings: workspace.presetSettings });
  return new PipelineEngine(workspace, settings, options.scenarioFiles ?? [], options);
}

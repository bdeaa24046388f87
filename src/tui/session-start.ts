/**
 * What the session needs before its first frame, computed by the engine (on its thread): the options
 * checked — an unknown region, indicator or scenario stops here with its code, before the screen changes —
 * and the lists the pickers show. The thread that draws the screen loads Ink meanwhile and never loads the
 * data itself.
 */
import { requireIndicator } from '../app/require-indicator.js';
import { requireRegion } from '../app/require-region.js';
import { PlancastError } from '../core/errors.js';
import { checkScenarioFile } from '../io/load-scenarios.js';
import type { PipelineEngine } from './engine.js';
import type { LeverRow } from './lever-adjustments.js';
import type { RegionChoice, ScenarioChoice } from './session-choices.js';
import { isScenarioFileName } from './scenario-option.js';

export interface SessionStartRequest {
  region?: string;
  indicator?: string;
  /** a scenario id or a scenario YAML file */
  scenario?: string;
}

export interface SessionStart {
  regions: RegionChoice[];
  scenarios: ScenarioChoice[];
  leverRows: LeverRow[];
  scenarioId: string;
  /** the region and indicator asked for, as catalogue ids */
  region?: string;
  indicator?: string;
}


export function sessionStart(engine: PipelineEngine, request: SessionStartRequest): SessionStart {
  const region = request.region !== undefined ? requireRegion(engine.dataset, request.region) : undefined;
  const indicator = request.indicator !== undefined ? requireIndicator(engine.dataset.catalog, request.indicator).id : undefined;
  const scenarioId = isScenarioFileName(request.scenario) ? checkScenarioFile(request.scenario).id ?? 'baseline' : request.scenario ?? 'baseline';
  const scenarios = engine.scenarios();
  if (!scenarios.some((scenario) => scenario.id === scenarioId)) {
    throw new PlancastError('E_UNKNOWN_SCENARIO', `unknown scenario "${scenarioId}"`, { remedy: `use one of: ${scenarios.map((scenario) => scenario.id).join(', ')}, or a scenario YAML file` });
  }
  return {
    regions: engine.regions(), scenarios, leverRows: engine.leverRows(), scenarioId,
    ...(region !== undefined ? { region } : {}), ...(indicator !== undefined ? { indicator } : {}),
  };
}

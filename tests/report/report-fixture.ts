/**
 * Report models of the bundled regions for tests, built through the same steps as writeReport
 * (prepare → every comparison scenario → sensitivity → assemble) with few paths so they are quick, and
 * cached per test file.
 */
import { prepareFromOptions } from '../../src/cli/projection-options.js';
import { indicatorSensitivity, type IndicatorSensitivity } from '../../src/core/pipeline/sensitivity.js';
import { projectScenario } from '../../src/core/pipeline/project-scenario.js';
import { RANDOM_GENERATOR } from '../../src/core/pipeline/projection-settings.js';
import { assembleReport } from '../../src/core/report/assemble-report.js';
import type { Language } from '../../src/core/report/messages.js';
import type { ReportModel } from '../../src/core/report/report-model.js';
import type { PreparedContext } from '../../src/cli/projection-options.js';
import { reportScenarios } from '../../src/report/write-report.js';

export const FIXTURE_PATHS = 500;

const prepared = new Map<string, Promise<PreparedContext>>();

export async function assembleFor(region: string, language: Language, pathCount = FIXTURE_PATHS): Promise<{ model: ReportModel; context: PreparedContext }> {
  const key = `${region}|${pathCount}`;
  if (!prepared.has(key)) prepared.set(key, prepareFromOptions({ region, paths: pathCount }));
  const context = await prepared.get(key)!;
  const { scenarios } = reportScenarios();
  const projections = scenarios.map((scenario) => projectScenario(context.prepared, scenario));
  const sensitivity = context.prepared.indicators
    .filter((indicator) => indicator.goals.length > 0)
    .map((indicator) => indicatorSensitivity(indicator, context.prepared, scenarios[0]!))
    .filter((entry): entry is IndicatorSensitivity => entry !== undefined);
  const model = assembleReport({ dataset: context.dataset, prepared: context.prepared, projections, sensitivity, language, plancastVersion: '0.0.0-test', generator: RANDOM_GENERATOR, ...(context.spec.calibration ? { calibration: context.spec.calibration } : {}) });
  return { model, context };
}

/**
 * plancast as a library, for analysts who script. The same entry points the CLI, the report and the
 * terminal session use:
 *
 *   import { openWorkspace, projectRequest, goalAssessment } from 'plancast';
 *   const workspace = await openWorkspace();                 // bundled data; or { data: 'my-actuals.csv' }
 *   const result = projectRequest(workspace, { region: 'yubei', paths: 2000 });
 *   goalAssessment(result, 'yubei/rd_intensity/14th/2025/target')?.probability;
 *
 * Loading is once per process; the core (runProjection, runReport) is pure and takes plain inputs.
 * writeReport loads the renderers (vega, resvg) only when called.
 */
export { openDataset, type DatasetOptions } from './app/open-dataset.js';
export { openPolicyLibrary, openScenarioLibrary, resolveScenarioEntries } from './app/open-scenarios.js';
export { projectionInputs, projectRequest, settingsFrom, type ProjectionRequest, type SettingsRequest } from './app/projection-request.js';
export { openWorkspace, type Workspace, type WorkspaceOptions } from './app/workspace.js';
export { goalId } from './core/assessment/goal-id.js';
export type { PlanGoal } from './core/assessment/plan-goal.js';
export { PROGRESS_PRESETS, type ProgressPreset } from './core/assessment/progress-presets.js';
export { PlancastError } from './core/errors.js';
export type { GoalAssessment } from './core/feasibility/goal-assessment.js';
export {
  goalAssessment, goalAssessmentsUnder, runProjection,
  type GoalOutcome, type IndicatorSelection, type ProjectionInputs, type ProjectionProgress, type ProjectionResult,
} from './core/jobs/run-projection.js';
export { runReport, type ReportInputs, type ReportResult } from './core/jobs/run-report.js';
export { DEFAULT_PROJECTION_SETTINGS, type ProjectionSettings } from './core/pipeline/projection-settings.js';
export type { IndicatorProjection, ScenarioProjection } from './core/pipeline/project-scenario.js';
export type { Dataset } from './core/records/dataset.js';
export type { IndicatorRecord } from './core/records/indicator-record.js';
export type { ReportModel } from './core/report/report-model.js';
export type { ResolvedScenario } from './core/scenarios/resolve-scenario.js';
export { LEVERS } from './core/levers/lever-registry.js';
export type { LeverDefinition } from './core/levers/lever-definition.js';
export type { PolicyDefinition, PolicyLibrary } from './core/policies/policy-spec.js';
export type { IndicatorSensitivity, LeverSensitivity } from './core/pipeline/sensitivity.js';
export type { ReportRequest, WrittenReport, ReportProgress } from './report/write-report.js';

import type { Workspace } from './app/workspace.js';
import type { ReportProgress, ReportRequest, WrittenReport } from './report/write-report.js';

/** Writes a region's report folder, as `plancast report` does (the renderers are loaded on the first call). */
export async function writeReport(request: ReportRequest, progress?: ReportProgress, workspace?: Workspace): Promise<WrittenReport> {
  const { writeReport: write } = await import('./report/write-report.js');
  return write(request, progress, workspace);
}

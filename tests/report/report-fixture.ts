/**
 * Report models of the bundled regions for tests, built by the same job as writeReport (runReport: every
 * comparison scenario, sensitivity, assembly) with few paths so they are quick, and cached per test file.
 */
import { projectionInputs } from '../../src/app/projection-request.js';
import { openWorkspace } from '../../src/app/workspace.js';
import { runReport, type ReportResult } from '../../src/core/jobs/run-report.js';
import type { Language } from '../../src/core/report/messages.js';
import type { ReportModel } from '../../src/core/report/report-model.js';
import { reportScenarioEntries } from '../../src/report/write-report.js';

export const FIXTURE_PATHS = 500;

export async function assembleFor(region: string, language: Language, pathCount = FIXTURE_PATHS): Promise<{ model: ReportModel; context: ReportResult['projection'] }> {
  const workspace = await openWorkspace();
  const inputs = projectionInputs(workspace, { region, paths: pathCount, scenarios: reportScenarioEntries() });
  const { model, projection } = runReport({ ...inputs, language, plancastVersion: '0.0.0-test' });
  return { model, context: projection };
}

/**
 * The one entry point of a report job: the projection of every goal indicator under the report's
 * scenarios, the sensitivity of each main goal, the report model assembled from them, and the chart
 * specs drawn from the model. What remains for the edge is to render the charts and write the files.
 *
 *   ProjectionInputs ─→ runProjection (goal indicators, sensitivity) ─→ assembleReport ─→ buildReportCharts
 *                           ├─ each indicator prepared ─→ its fan chart, early (onEarlyCharts), when the
 *                           │                             indicators its main-scenario levers read are prepared
 *                           ├─ main scenario projected ─→ the other fan charts, early
 *                           └─ every scenario projected ─→ status and comparison charts, early
 */
import type { Language } from '../report/messages.js';
import { assembleReport, indicatorForecasts } from '../report/assemble-report.js';
import { buildReportCharts, fanCharts, type ReportChart } from '../report/report-charts.js';
import type { ReportModel } from '../report/report-model.js';
import { PlancastError } from '../errors.js';
import type { ReferenceGrowthTable } from '../report/evaluation/reference-growth.js';
import type { DocumentCatalog } from '../documents/document-catalog.js';
import type { PreparedRegion } from '../pipeline/prepare-region.js';
import { leverDependencies, projectScenarioOf, regionCatalog, type ScenarioProjection } from '../pipeline/project-scenario.js';
import { RANDOM_GENERATOR } from '../pipeline/projection-settings.js';
import type { IndicatorSensitivity } from '../pipeline/sensitivity.js';
import { runProjection, type ProjectionInputs, type ProjectionResult } from './run-projection.js';

export interface ReportInputs extends Omit<ProjectionInputs, 'indicators' | 'sensitivity'> {
  language: Language;
  plancastVersion: string;
  /** the documents catalogue (seeds/documents.yaml): sources by title, conflicts' reasons as keys */
  documents?: DocumentCatalog;
  /** a later plan to propose targets for (`--plan`, the 十五五目标建议 section), at these probabilities */
  proposalPlan?: string;
  proposalConfidences?: readonly number[];
  /** the reference corpora's five-year growths (models/reference-growth.json), for the proposals' reference-class check */
  referenceGrowth?: ReferenceGrowthTable;
  /**
   * Given charts as soon as they can be drawn, before the whole report is computed: the fan charts once the
   * main scenario is projected, the status and scenario-comparison charts once every scenario is. They are the specs `charts` will hold (an edge may start rendering them while
   * the other scenarios are simulated; it should still render what `charts` holds, taking up what matches).
   */
  onEarlyCharts?: (charts: ReportChart[]) => void;
}

export interface ReportResult {
  projection: ProjectionResult;
  model: ReportModel;
  charts: ReportChart[];
}

export function runReport(inputs: ReportInputs): ReportResult {
  const assemble = (prepared: PreparedRegion, projections: ScenarioProjection[], sensitivity: IndicatorSensitivity[]): ReportModel => assembleReport({
    dataset: inputs.dataset, prepared, projections, sensitivity,
    language: inputs.language, plancastVersion: inputs.plancastVersion, generator: RANDOM_GENERATOR,
    evaluation: {
      scenarios: inputs.scenarios, asOfGiven: inputs.settings.asOfYear !== undefined,
      ...(inputs.documents !== undefined ? { documents: inputs.documents } : {}),
      ...(inputs.proposalPlan !== undefined ? { proposalPlan: inputs.proposalPlan } : {}),
      ...(inputs.proposalConfidences !== undefined ? { proposalConfidences: inputs.proposalConfidences } : {}),
      ...(inputs.referenceGrowth !== undefined ? { referenceGrowth: inputs.referenceGrowth } : {}),
    },
    ...(inputs.modelSpec.calibration ? { calibration: inputs.modelSpec.calibration } : {}),
  });
  const onEarlyCharts = inputs.onEarlyCharts;
  const main = inputs.scenarios[0];
  // the methods appendix compares every family's backtest
  const projection = runProjection({
    ...inputs, indicators: 'with-goals', sensitivity: true, backtests: 'always',
    ...(onEarlyCharts !== undefined && main !== undefined ? {
      // a fan chart needs only its indicator under the main scenario: drawn while the next ones are fitted
      onIndicatorPrepared: (soFar, indicator) => {
        if (indicator.goals.length === 0 || !leverDependencies(indicator.definition, regionCatalog(soFar)).every((id) => soFar.indicators.some((other) => other.definition.id === id))) return;
        const alone = { ...soFar, indicators: [indicator] };
        onEarlyCharts(fanCharts(indicatorForecasts(alone, [projectScenarioOf(soFar, main, [indicator])]), inputs.language));
      },
      onScenarioProjected: (projected, prepared) => {
        if (projected.length === 1) onEarlyCharts(fanCharts(indicatorForecasts(prepared, projected), inputs.language));
        // every scenario projected, the sensitivity still to come: the status and comparison charts do not depend on it
        if (projected.length === inputs.scenarios.length && prepared.indicators.some((indicator) => indicator.goals.length > 0)) {
          onEarlyCharts(buildReportCharts(assemble(prepared, [...projected], [])).filter((chart) => chart.kind === 'status-summary' || chart.kind === 'scenario-comparison'));
        }
      },
    } : {}),
  });
  if (projection.goals.length === 0 && projection.goalsWithoutData.length === 0) {
    throw new PlancastError('E_REPORT_NO_GOALS', `region ${inputs.region} has no plan goals to assess`, { remedy: 'add targets (kind target, milestone or cumulative) for the region with --data' });
  }
  const model = assemble(projection.prepared, projection.scenarios, projection.sensitivity);
  return { projection, model, charts: buildReportCharts(model) };
}

/**
 * The one entry point of a report job: the projection of every goal indicator under the report's
 * scenarios, the sensitivity of each main goal, the report model assembled from them, and the chart
 * specs drawn from the model. What remains for the edge is to render the charts and write the files.
 *
 *   ProjectionInputs ─→ runProjection (goal indicators, sensitivity) ─→ assembleReport ─→ buildReportCharts
 */
import type { Language } from '../report/messages.js';
import { assembleReport } from '../report/assemble-report.js';
import { buildReportCharts, type ReportChart } from '../report/report-charts.js';
import type { ReportModel } from '../report/report-model.js';
import { PlancastError } from '../errors.js';
import type { ReferenceGrowthTable } from '../report/evaluation/reference-growth.js';
import type { DocumentCatalog } from '../documents/document-catalog.js';
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
}

export interface ReportResult {
  projection: ProjectionResult;
  model: ReportModel;
  charts: ReportChart[];
}

export function runReport(inputs: ReportInputs): ReportResult {
  // the methods appendix compares every family's backtest
  const projection = runProjection({ ...inputs, indicators: 'with-goals', sensitivity: true, backtests: 'always' });
  if (projection.goals.length === 0 && projection.goalsWithoutData.length === 0) {
    throw new PlancastError('E_REPORT_NO_GOALS', `region ${inputs.region} has no plan goals to assess`, { remedy: 'add targets (kind target, milestone or cumulative) for the region with --data' });
  }
  const model = assembleReport({
    dataset: inputs.dataset, prepared: projection.prepared, projections: projection.scenarios, sensitivity: projection.sensitivity,
    language: inputs.language, plancastVersion: inputs.plancastVersion, generator: projection.generator,
    evaluation: {
      scenarios: inputs.scenarios, asOfGiven: inputs.settings.asOfYear !== undefined,
      ...(inputs.documents !== undefined ? { documents: inputs.documents } : {}),
      ...(inputs.proposalPlan !== undefined ? { proposalPlan: inputs.proposalPlan } : {}),
      ...(inputs.proposalConfidences !== undefined ? { proposalConfidences: inputs.proposalConfidences } : {}),
      ...(inputs.referenceGrowth !== undefined ? { referenceGrowth: inputs.referenceGrowth } : {}),
    },
    ...(inputs.modelSpec.calibration ? { calibration: inputs.modelSpec.calibration } : {}),
  });
  return { projection, model, charts: buildReportCharts(model) };
}

/**
 * The entry point of a target-proposal job (`plancast propose`): every observed indicator of the region
 * projected under each scenario to the end of the plan asked for, then, for each, the value reachable with
 * each stated probability, the growth it implies, the reference-class check and the planners' common
 * rules (report/evaluation/target-proposals.ts).
 *
 *   ProjectionInputs ─→ runProjection (every indicator) ─→ targetProposals
 */
import { PlancastError } from '../errors.js';
import type { PlanCalendar } from '../plans/plan-calendar.js';
import { findNamedPlan } from '../plans/plan-reference.js';
import type { TargetProposals } from '../report/evaluation/target-proposal-model.js';
import type { ReferenceGrowthTable } from '../report/evaluation/reference-growth.js';
import { targetProposals } from '../report/evaluation/target-proposals.js';
import { runProjection, type ProjectionInputs } from './run-projection.js';

export interface ProposalJobInputs extends Omit<ProjectionInputs, 'indicators' | 'sensitivity'> {
  /** the plan to propose targets for: an id of the calendar */
  plan: string;
  /** probabilities of meeting the proposed values, each in (0, 1) */
  confidences: readonly number[];
  /** the reference corpora's five-year growths (models/reference-growth.json), for the reference-class check */
  referenceGrowth?: ReferenceGrowthTable;
}

function requirePlan(calendar: PlanCalendar, id: string) {
  const plan = findNamedPlan(calendar, id);
  const known = calendar.plans.filter((candidate) => candidate.kind === 'five-year').map((candidate) => candidate.id).join(', ');
  if (plan === undefined) throw new PlancastError('E_UNKNOWN_PLAN', `--plan ${id} is not a plan of the calendar`, { remedy: `use one of ${known} (seeds/plans.yaml, or add yours with --plans FILE)` });
  if (plan.kind !== 'five-year') throw new PlancastError('E_UNKNOWN_PLAN', `--plan ${id} is a long-range plan; targets are proposed for a five-year plan`, { remedy: `use one of ${known}` });
  return plan;
}

export function runProposal(inputs: ProposalJobInputs): TargetProposals {
  const plan = requirePlan(inputs.dataset.catalog.plans, inputs.plan);
  const settings = { ...inputs.settings, horizonEndYear: Math.max(inputs.settings.horizonEndYear ?? plan.lastYear, plan.lastYear) };
  const projection = runProjection({ ...inputs, settings, indicators: 'all' });
  const result = targetProposals({ dataset: inputs.dataset, prepared: projection.prepared, scenarios: inputs.scenarios, plan, confidences: inputs.confidences, ...(inputs.referenceGrowth !== undefined ? { referenceGrowth: inputs.referenceGrowth } : {}) });
  if (result.indicators.length === 0) {
    throw new PlancastError('E_PROPOSE_NOTHING', `${inputs.region} has no indicator observed before ${plan.lastYear} that can be projected`, { remedy: 'supply actuals with --data, or choose a later plan' });
  }
  return result;
}

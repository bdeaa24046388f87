/**
 * Whether a goal's progress can be judged at all. No new data means "not assessable", never "behind"
 * (DOMAIN.md, "What a real mid-term evaluation holds"): a goal with no observation after its base year
 * has no progress to measure, whatever the assessment year — moving --as-of forward without new data
 * must not turn a goal "behind schedule". Every preset starts from this test, so each says why.
 */
export type NotAssessableReason =
  | 'no-base'                    // the data has no value for the plan's base year
  | 'no-observation-after-base'  // nothing observed after the base year (up to the assessment year)
  | 'goal-not-after-base'        // the goal's year is not after its base year
  | 'goal-year-not-observed'     // the goal's year has passed but has no observation
  | 'cumulative-needs-schedule'  // a growth-ratio preset, which judges levels, asked about a sum over years
  | 'no-growth-ratio';           // a value is not positive, so no compound growth rate exists

export interface AssessabilityInput {
  baseYear: number | undefined;
  baseValue: number | undefined;
  /** the latest observation up to the judgement year */
  latestYear: number | undefined;
  goalYear: number;
}

/** Why the goal's progress cannot be judged, or undefined when it can. */
export function notAssessableReason(input: AssessabilityInput): NotAssessableReason | undefined {
  if (input.baseYear === undefined || input.baseValue === undefined) return 'no-base';
  if (!(input.goalYear > input.baseYear)) return 'goal-not-after-base';
  if (input.latestYear === undefined || input.latestYear <= input.baseYear) return 'no-observation-after-base';
  return undefined;
}

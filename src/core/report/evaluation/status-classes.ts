/**
 * The status classes an evaluation counts goals in, in the order the preset states them (the Chongqing
 * 2023 mid-term evaluation's four, the national report's four, …), then the classes every preset shares:
 * a goal whose year is observed is achieved or missed, a goal without an observation after its base is not
 * assessable, an indicator without data has no data. Within a class binding (约束性) goals come first.
 */
import type { ProgressPreset } from '../../assessment/progress-presets.js';
import type { StatusName } from '../messages.js';
import type { GoalRow } from '../report-model.js';
import type { StatusClass } from './evaluation-model.js';

export const PRESET_STATUS_CLASSES: Readonly<Record<ProgressPreset, readonly StatusName[]>> = {
  schedule: ['achieved', 'on-schedule', 'behind-schedule'],
  chongqing: ['completed-early', 'on-schedule-exceed', 'on-schedule-expected', 'behind-or-at-risk'],
  national: ['achieved-early', 'ahead-of-expectations', 'in-line', 'lagging'],
  eurostat: ['achieved', 'on-track', 'moderate-progress', 'insufficient-progress', 'moving-away'],
  unsd: ['achieved', 'on-track', 'fair-progress', 'limited-progress', 'deterioration'],
  'unsd-projected': ['achieved', 'on-track', 'fair-progress', 'limited-progress', 'deterioration'],
  escap: ['achieved', 'maintain', 'accelerate', 'reverse'],
  destatis: ['achieved', 'sun', 'sun-and-cloud', 'cloud', 'storm'],
};

const SHARED_CLASSES: readonly StatusName[] = ['achieved', 'missed', 'not-assessable', 'no-data'];

/** Statuses that mean a goal is behind: every preset's lagging classes, and a missed goal. */
export const BEHIND_STATUSES: ReadonlySet<StatusName> = new Set([
  'behind-schedule', 'behind-or-at-risk', 'lagging', 'moderate-progress', 'insufficient-progress', 'moving-away',
  'limited-progress', 'deterioration', 'accelerate', 'reverse', 'cloud', 'storm', 'missed',
]);

/** Statuses that mean a goal is already met (early or in its year). */
export const MET_STATUSES: ReadonlySet<StatusName> = new Set(['achieved', 'completed-early', 'achieved-early']);

const bindingFirst = (left: GoalRow, right: GoalRow): number => (left.attribute === 'binding' ? 0 : 1) - (right.attribute === 'binding' ? 0 : 1);

/** Every class of the preset (empty ones too), then the shared classes that occur, each with its goals. */
export function statusClasses(rows: readonly GoalRow[], preset: ProgressPreset): StatusClass[] {
  const presetClasses = PRESET_STATUS_CLASSES[preset];
  const order = [...presetClasses, ...SHARED_CLASSES.filter((status) => !presetClasses.includes(status))];
  return order
    .map((status) => ({ status, goalIds: rows.filter((row) => row.status === status).sort(bindingFirst).map((row) => row.goalId) }))
    .filter((entry) => presetClasses.includes(entry.status) || entry.goalIds.length > 0);
}

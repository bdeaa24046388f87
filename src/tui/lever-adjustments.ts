/**
 * The levers a planner moves in the session, as changes on top of the current scenario. The rows come
 * from the lever registry (each lever's session controls: the indicator's growth, a shock's year and
 * size, a ceiling, GDP growth, the pipeline's conversion …, with their keys, steps and limits) and from
 * the policy library (one row per policy: as in the scenario, or at the low, central or high end of its
 * assumed effect). An adjustment is a row id → value; a row at its identity value is simply absent, so
 * "no adjustments" is the empty record. Pure.
 */
import type { LocalizedText } from '../core/catalog/indicator-catalog.js';
import type { SessionControl } from '../core/levers/lever-definition.js';
import { sessionControls } from '../core/levers/lever-registry.js';
import type { PolicyDefinition } from '../core/policies/policy-spec.js';
import { translate } from '../core/report/messages.js';
import { POLICY_ASSUMPTIONS, type PolicyAssumption } from '../core/scenarios/scenario-spec.js';
import { niceStep } from './chart-axis.js';

/** A row's id: a lever control's id (`growth`, `shock-year` …) or `policy:<id>`. */
export type LeverName = string;

export interface LeverRow {
  id: LeverName;
  /** the key that selects it (lever controls), or null (policies: reached with ↑ ↓) */
  key: string | null;
  label: LocalizedText;
  identity: number | null;
  stepping: SessionControl['stepping'] | { kind: 'policy' };
  /** another row that must be off identity for this one to matter */
  needs?: string;
}

/** Row id → value; a row at its identity value is absent. */
export type LeverAdjustments = Readonly<Record<LeverName, number | null>>;

export const NO_ADJUSTMENTS: LeverAdjustments = Object.freeze({});

/** The values of a policy row: 0 = as the scenario has it, then the low, central and high assumption. */
export const POLICY_SETTINGS: readonly (PolicyAssumption | null)[] = [null, ...POLICY_ASSUMPTIONS];

export const policyRowId = (policy: string): LeverName => `policy:${policy}`;
export const policyOfRow = (row: LeverName): string | undefined => (row.startsWith('policy:') ? row.slice('policy:'.length) : undefined);

/** The session's rows: the registry's lever controls (in key order), then one row per policy. */
export function leverRows(policies: readonly Pick<PolicyDefinition, 'id' | 'shortName'>[] = []): LeverRow[] {
  const controls: LeverRow[] = sessionControls().map(({ control }) => ({
    id: control.id, key: control.key, label: { zh: translate('zh', control.label), en: translate('en', control.label) },
    identity: control.identity, stepping: control.stepping, ...(control.needs !== undefined ? { needs: control.needs } : {}),
  }));
  const policyRows: LeverRow[] = policies.map((policy) => ({
    id: policyRowId(policy.id), key: null, identity: 0, stepping: { kind: 'policy' },
    label: { zh: translate('zh', 'tui.lever.policy', { policy: policy.shortName.zh }), en: translate('en', 'tui.lever.policy', { policy: policy.shortName.en }) },
  }));
  return [...controls, ...policyRows];
}

/** What stepping a lever needs to know about the selected indicator. */
export interface LeverContext {
  firstProjectedYear: number;
  lastProjectedYear: number;
  /** the latest observed value: the ceiling starts at 1.5 × it and steps by about 5 % of it */
  latestValue: number | null;
}

/** A row's value (its identity when not adjusted). */
export function leverValue(adjustments: LeverAdjustments, row: Pick<LeverRow, 'id' | 'identity'>): number | null {
  return row.id in adjustments ? adjustments[row.id]! : row.identity;
}

function clamp(value: number, minimum: number, maximum: number): number {
  return Math.min(maximum, Math.max(minimum, Number(value.toFixed(6))));
}

/** The ceiling's step and its first value for an indicator whose latest value is `latestValue`. */
export function ceilingSteps(latestValue: number | null): { step: number; start: number } {
  const base = latestValue !== null && latestValue > 0 ? latestValue : 1;
  const step = niceStep(base * 0.05, 1);
  return { step, start: Math.round((base * 1.5) / step) * step };
}

function set(adjustments: LeverAdjustments, row: LeverRow, value: number | null): LeverAdjustments {
  const { [row.id]: _previous, ...rest } = adjustments;
  return value === row.identity ? rest : { ...rest, [row.id]: value };
}

/** Moves one row one step up (+1) or down (−1). */
export function stepLever(adjustments: LeverAdjustments, row: LeverRow, direction: 1 | -1, context: LeverContext): LeverAdjustments {
  const value = leverValue(adjustments, row);
  const stepping = row.stepping;
  switch (stepping.kind) {
    case 'points':
    case 'percent':
      return set(adjustments, row, clamp((value ?? 0) + direction * stepping.step, stepping.minimum, stepping.maximum));
    case 'year':
      return set(adjustments, row, clamp((value ?? context.firstProjectedYear) + direction, context.firstProjectedYear, context.lastProjectedYear));
    case 'level': {
      const { step, start } = ceilingSteps(context.latestValue);
      if (value === null) return set(adjustments, row, start);
      return set(adjustments, row, Math.max(step, Number((value + direction * step).toFixed(6))));
    }
    case 'policy':
      return set(adjustments, row, clamp((value ?? 0) + direction, 0, POLICY_SETTINGS.length - 1));
  }
}

/** Puts one row back to "no change". */
export function clearLever(adjustments: LeverAdjustments, row: Pick<LeverRow, 'id'>): LeverAdjustments {
  const { [row.id]: _cleared, ...rest } = adjustments;
  return rest;
}

const NEEDS = new Map(sessionControls().flatMap(({ control }) => (control.needs !== undefined ? [[control.id, control.needs] as const] : [])));

/** Whether any row changes the scenario (a shock year alone does not: the shock has no size). */
export function hasAdjustments(adjustments: LeverAdjustments): boolean {
  return Object.keys(adjustments).some((id) => {
    const needs = NEEDS.get(id);
    return needs === undefined || needs in adjustments;
  });
}

/** A stable key for caching and for telling whether a saved file holds these adjustments. */
export function adjustmentsKey(adjustments: LeverAdjustments): string {
  return JSON.stringify(Object.keys(adjustments).sort().map((key) => [key, adjustments[key]]));
}

/**
 * Every scenario lever, registered once, in the order they transform an indicator's paths:
 *
 *   baseline paths ─→ enterprise pipeline ─→ spread ─→ plan path ─→ growth change ─→ drivers ─→ shocks
 *                  ─→ ceilings ─→ the indicator's natural bounds (only when some lever changed a value)
 *
 * The scenario schema (scenario-spec.ts), `scenarios validate` and `show`, sensitivity, the session's
 * lever panel and keys, the policies and the README's lever table all read this list. Adding a lever is
 * adding its file here (see README, "Adding a lever").
 */
import { ceilingLever } from './ceiling-lever.js';
import { driversLever } from './drivers-lever.js';
import { enterprisePipelineLever } from './enterprise-pipeline-lever.js';
import { growthChangeLever } from './growth-change-lever.js';
import type { LeverDefinition, SensitivityProbe, SessionControl } from './lever-definition.js';
import { planPathLever } from './plan-path-lever.js';
import { shockLever } from './shock-lever.js';
import { spreadLever } from './spread-lever.js';

export const LEVERS = [enterprisePipelineLever, spreadLever, planPathLever, growthChangeLever, driversLever, shockLever, ceilingLever] as const;

export type RegisteredLever = (typeof LEVERS)[number];
export type LeverKey = RegisteredLever['key'];

/** The levers' part of the scenario schema: each lever's key → its schema. */
export type LeverShape = { [L in RegisteredLever as L['key']]: L['schema'] };
export const LEVER_SHAPE = Object.fromEntries(LEVERS.map((lever) => [lever.key, lever.schema])) as LeverShape;

/** Any registered lever, for code that treats them alike. */
export const ANY_LEVERS: readonly LeverDefinition<LeverKey, unknown>[] = LEVERS as unknown as readonly LeverDefinition<LeverKey, unknown>[];

export function findLever(idOrKey: string): LeverDefinition<LeverKey, unknown> | undefined {
  return ANY_LEVERS.find((lever) => lever.id === idOrKey || lever.key === idOrKey);
}

/** Every sensitivity probe, with the lever it belongs to. */
export function allProbes(): { lever: LeverDefinition<LeverKey, unknown>; probe: SensitivityProbe }[] {
  return ANY_LEVERS.flatMap((lever) => lever.probes.map((probe) => ({ lever, probe })));
}

/** The session's lever controls, in panel order (by their keys). */
export function sessionControls(): { lever: LeverDefinition<LeverKey, unknown>; control: SessionControl }[] {
  return ANY_LEVERS.flatMap((lever) => lever.session.controls.map((control) => ({ lever, control }))).sort((a, b) => a.control.key.localeCompare(b.control.key));
}

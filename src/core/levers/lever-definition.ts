/**
 * What every scenario lever declares (one lever per file in this folder, registered once in
 * lever-registry.ts). From these declarations come the scenario file's schema (and the JSON Schema
 * editors use), `scenarios validate` (the indicators a lever names), `scenarios show` (its sentences),
 * the order levers transform the paths in, sensitivity (its low and high settings, and whether planners
 * control it or it is a risk), the session's lever panel and keys, the policies that map onto it, and
 * the README's lever table. `tests/core/levers/lever-contract.test.ts` runs one contract over every lever.
 *
 *   scenario file ─(schema)→ setting ─(+ policy effects)→ transform(paths) ─→ next lever … ─→ bounds
 */
import type { z } from 'zod';
import type { Catalog, IndicatorDefinition } from '../catalog/indicator-catalog.js';
import type { Language, MessageKey } from '../report/messages.js';
import type { ResolvedScenario } from '../scenarios/resolve-scenario.js';
import type { IndicatorPaths } from '../simulation/indicator-paths.js';

/** `policy`: planners pull it; `risk`: planners do not control it (spread, shocks, GDP…); `reference`: a yardstick (the plan path). */
export type LeverControl = 'policy' | 'risk' | 'reference';

export interface PlanAnchor {
  year: number;
  value: number;
}

/** What a lever sees when it transforms one indicator's paths under one scenario. */
export interface LeverContext {
  /** the indicator's baseline paths (no lever applied) */
  baseline: IndicatorPaths;
  definition: IndicatorDefinition;
  /** the catalogue, for the roles of the indicators a lever relates this one to */
  catalog: Catalog;
  region: string;
  seed: number;
  /** the targets and milestones the plan path runs through */
  planAnchors: readonly PlanAnchor[];
  /** one uniform in (0, 1) per path for uncertain ceilings (common across scenarios) */
  ceilingUniforms: Float64Array | undefined;
  /** another indicator's baseline paths in the region (undefined: the region has no data of it) */
  baselineOf(indicator: string): IndicatorPaths | undefined;
  /** another indicator's paths under the same scenario (undefined: the region has no data of it) */
  scenarioPathsOf(indicator: string): IndicatorPaths | undefined;
  /** diagnostics for the result (e.g. "the pipeline was not applied: …") */
  notes: string[];
  /**
   * The array a lever writes its result into: `values` itself when an earlier lever already made it
   * (each value is read before it is written, so in place is safe), a new one when it is the baseline's —
   * one scenario allocates one paths array, and the baseline's is never written.
   */
  output(values: Float64Array): Float64Array;
  /** each year's median of `values` (memoised only for the baseline's array, which never changes) */
  mediansOf(values: Float64Array): Float64Array;
}

/** What a sensitivity probe needs to know about the indicator it is asked about. */
export interface ProbeTarget {
  definition: IndicatorDefinition;
  catalog: Catalog;
  /** whether the region has data of an indicator */
  regionHas(indicator: string): boolean;
  firstProjectedYear: number;
}

/**
 * One setting a lever can be moved along, for sensitivity (low and high), the contract test (identity,
 * monotone effect) and policies. `at` gives the scenario with the lever moved by `value` from where
 * the scenario has it (a growth change of `value` points more, a spread `value` times as wide…); at the
 * identity value the lever is switched on but changes nothing (a growth change of 0 points, the pipeline
 * at +0), which the contract test holds to the baseline's numbers byte for byte.
 */
export interface SensitivityProbe {
  id: string;
  control: 'policy' | 'risk' | 'reference';
  /** the setting that changes nothing, and the low and high settings sensitivity compares (low ≤ high) */
  identity: number;
  low: number;
  high: number;
  label(language: Language, target: ProbeTarget): string;
  appliesTo(target: ProbeTarget, scenario: ResolvedScenario): boolean;
  at(scenario: ResolvedScenario, target: ProbeTarget, value: number): ResolvedScenario;
}

/**
 * One control of a lever in the session's lever panel: a number (or null for "none"), stepped by a
 * fixed step within limits (`points`, `percent`), through the projected years (`year`), or in round
 * steps around the indicator's latest value (`level`). The session shows and steps it from this alone.
 */
export interface SessionControl {
  /** the control's id, e.g. `growth`, `shock-year` */
  id: string;
  /** the key that selects it in the session */
  key: string;
  label: MessageKey;
  /** the value that changes nothing (null: none) */
  identity: number | null;
  stepping:
    | { kind: 'points' | 'percent'; step: number; minimum: number; maximum: number }
    | { kind: 'year' }
    | { kind: 'level' };
  /** whether the control can move the indicator */
  appliesTo(target: ProbeTarget): boolean;
  /** another control that must be off identity for this one to matter (a shock's year needs its size) */
  needs?: string;
}

/** The session controls' values, by control id. */
export type SessionValues = Readonly<Record<string, number | null>>;

/** How a policy's effect is written for this lever, and how it changes the lever's setting. */
export interface PolicyEffectSupport<Setting> {
  /** the effect's own fields (besides lever, range, assumption), one of which is the size */
  fields: z.ZodObject;
  /** the field that holds the assumed size */
  sizeField: string;
  /** the setting with an effect of this size added */
  apply(setting: Setting, effect: Record<string, unknown>, size: number): Setting;
  /** the indicator selectors the effect names, for validation (empty when it names none) */
  selectors(effect: Record<string, unknown>): readonly (string | readonly string[])[];
  /** the indicators the effect moves directly (for the policy → lever → indicator chain) */
  reaches(effect: Record<string, unknown>, catalog: Catalog): string[];
  describe(effect: Record<string, unknown>, size: number, language: Language): string;
}

/** One scenario lever. `Key` is its key in the scenario file; `Setting` its validated value. */
export interface LeverDefinition<Key extends string = string, Setting = unknown> {
  /** kebab-case id, e.g. `growth-change` */
  id: string;
  /** its key in the scenario file, e.g. `growth` */
  key: Key;
  /** its part of the scenario file (with its default: the identity setting) */
  schema: z.ZodType<Setting>;
  /** the setting that changes nothing */
  identity: Setting;
  control: LeverControl;
  /** the lever's name and what it does, for the README and `scenarios show` */
  name: MessageKey;
  summary: MessageKey;
  /** the indicator selectors the setting names, with their place in the file (for validation) */
  selectors(setting: Setting): { path: (string | number)[]; selector: string | readonly string[] }[];
  /** indicators whose paths this indicator's depend on under the lever (a pipeline's pool, a driver's indicator) */
  dependencies(definition: IndicatorDefinition, catalog: Catalog): string[];
  /** the paths' values under the setting; returns `values` itself when the setting changes nothing */
  transform(values: Float64Array, setting: Setting, context: LeverContext): Float64Array;
  /** the setting in sentences, as `scenarios show`, the report and the session print it */
  describe(setting: Setting, language: Language): string[];
  probes: readonly SensitivityProbe[];
  session: {
    controls: readonly SessionControl[];
    /** the scenario file fragment these control values add to `base` for the selected indicator */
    changes(values: SessionValues, base: ResolvedScenario, target: { indicator: string; firstProjectedYear: number }): Record<string, unknown>;
  };
  /** present when policies may map onto the lever */
  policy?: PolicyEffectSupport<Setting>;
}


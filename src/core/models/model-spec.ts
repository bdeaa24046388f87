/**
 * Model specs: declarative YAML (models/*.yaml) naming which families apply to which indicator kinds and
 * indicators, with their settings, interval levels, backtest and selection settings. Users add or change
 * a spec without touching code. See models/README.md for the fields.
 *
 * `parseModelSpecs(yamlObject, fileName)` validates the parsed YAML (reading the file is the I/O
 * layer's job) in two passes: the spec's shape (zod, below), then each family's settings against that
 * family's own schema (family.settingsSchema) with its defaults filled in. The result is the normalised
 * form the core trusts. Every problem is a ModelSpecError with a stable code, the file, the path inside
 * the YAML and a remedy.
 *
 * Authoring shorthands: a family may be written as its bare id (`- compound-growth`); `defaults` gives
 * per-family settings merged under every use of that family.
 */
import { z } from 'zod';
import { INDICATOR_KINDS, type IndicatorKind } from '../catalog/indicator-catalog.js';
import type { ForecastCalibration } from '../forecasting/forecast-calibration.js';
import { FAMILY_IDS, findFamily } from './family-registry.js';
import type { FamilyChoice } from './model-family.js';

export const MODEL_SPEC_ERROR_CODES = [
  'MODEL_SPEC_SHAPE',
  'MODEL_SPEC_UNKNOWN_FAMILY',
  'MODEL_SPEC_FAMILY_NOT_APPLICABLE',
  'MODEL_SPEC_SETTINGS',
  'MODEL_SPEC_DUPLICATE_NAME',
] as const;
export type ModelSpecErrorCode = (typeof MODEL_SPEC_ERROR_CODES)[number];

export class ModelSpecError extends Error {
  override readonly name = 'ModelSpecError';
  constructor(
    readonly code: ModelSpecErrorCode,
    readonly file: string,
    /** where in the YAML, e.g. `kinds.ratio[1].settings.ceiling.low` ("" for the top) */
    readonly path: string,
    readonly problem: string,
    readonly remedy: string,
  ) {
    super(`${file}${path ? ` at ${path}` : ''}: ${problem}. ${remedy}`);
  }
}

const familyEntrySchema = z.preprocess(
  (value) => (typeof value === 'string' ? { family: value } : value),
  z.strictObject({ family: z.string().min(1), settings: z.record(z.string(), z.unknown()).default({}) }),
);
const levelsSchema = z.array(z.number().gt(0).lt(100)).min(1).max(6);

/** The authoring form of one spec. */
export const modelSpecSchema = z.strictObject({
  name: z.string().min(1),
  description: z.string().default(''),
  intervalLevels: levelsSchema.default([80, 95]),
  /** the forecast calibration file (JSON) the calibrated family reads, relative to the spec's folder */
  calibration: z.string().min(1).optional(),
  backtest: z
    .strictObject({
      /** how many of the last points each backtest holds out (rolling origin) */
      holdout: z.number().int().min(1).max(10).default(2),
      /** fewest scored forecasts a family needs to be ranked by its backtest */
      minimumScoredPoints: z.number().int().min(1).default(2),
    })
    .default({ holdout: 2, minimumScoredPoints: 2 }),
  selection: z
    .strictObject({
      /** none: always the fallback (no choice by fit); the other families are fitted for comparison */
      criterion: z.enum(['auto', 'backtest', 'aicc', 'none']).default('auto'),
      combine: z.enum(['best', 'weighted']).default('best'),
      fallback: z.string().default('compound-growth'),
      /** a different fallback for some indicator kinds (e.g. damped trend for saturating ratios) */
      fallbackByKind: z.partialRecord(z.enum(INDICATOR_KINDS), z.string()).default({}),
    })
    .default({ criterion: 'auto', combine: 'best', fallback: 'compound-growth', fallbackByKind: {} }),
  defaults: z.record(z.string(), z.record(z.string(), z.unknown())).default({}),
  kinds: z.partialRecord(z.enum(INDICATOR_KINDS), z.array(familyEntrySchema)).default({}),
  indicators: z
    .record(
      z.string(),
      z.strictObject({ mode: z.enum(['extend', 'replace']).default('extend'), families: z.array(familyEntrySchema) }),
    )
    .default({}),
});

export interface ModelSpec {
  name: string;
  description: string;
  file: string;
  intervalLevels: number[];
  /** the calibration file as the spec names it (relative to the spec's folder), or null */
  calibrationFile: string | null;
  /** the calibration itself, attached by the loader (src/io/load-model-spec.ts) */
  calibration?: ForecastCalibration;
  backtest: { holdout: number; minimumScoredPoints: number };
  selection: { criterion: 'auto' | 'backtest' | 'aicc' | 'none'; combine: 'best' | 'weighted'; fallback: string; fallbackByKind: Partial<Record<IndicatorKind, string>> };
  kinds: Partial<Record<IndicatorKind, FamilyChoice[]>>;
  indicators: Record<string, { mode: 'extend' | 'replace'; families: FamilyChoice[] }>;
}

type Issue = z.core.$ZodIssue;

const formatPath = (path: readonly PropertyKey[]): string =>
  path.reduce<string>((text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)), '');

/** The most telling issue: inside a union, the branch that matched the value's type. */
function telling(issue: Issue, prefix: readonly PropertyKey[] = []): { issue: Issue; path: PropertyKey[] } {
  const path = [...prefix, ...issue.path];
  if (issue.code === 'invalid_union' && issue.errors.length > 0) {
    const branch =
      issue.errors.find((errors) => !errors.some((inner) => inner.code === 'invalid_type' && inner.path.length === 0)) ??
      issue.errors[0]!;
    if (branch[0]) return telling(branch[0], path);
  }
  return { issue, path };
}

function remedyFor(issue: Issue, path: readonly PropertyKey[]): string {
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.map((key) => `"${key}"`).join(', ');
    if (path[path.length - 1] === 'kinds') return `Remove or correct ${keys}: indicator kinds are ${INDICATOR_KINDS.join(', ')}`;
    return `Remove or correct ${keys}; models/README.md lists the fields`;
  }
  if (issue.code === 'invalid_type') return `Give a ${issue.expected} here`;
  if (issue.code === 'invalid_value') return `Use one of: ${issue.values.map(String).join(', ')}`;
  return 'See models/README.md for the allowed values';
}

function shapeError(code: ModelSpecErrorCode, file: string, error: z.ZodError, prefix: readonly PropertyKey[] = []): ModelSpecError {
  const { issue, path } = telling(error.issues[0]!, prefix);
  return new ModelSpecError(code, file, formatPath(path), issue.message, remedyFor(issue, path));
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Deep merge of plain objects: `over` wins; arrays and scalars replace. */
function mergeSettings(under: unknown, over: unknown): unknown {
  if (!isPlainObject(under) || !isPlainObject(over)) return over === undefined ? under : over;
  const merged: Record<string, unknown> = { ...under };
  for (const [key, value] of Object.entries(over)) merged[key] = mergeSettings(under[key], value);
  return merged;
}

function normaliseEntry(
  entry: { family: string; settings: Record<string, unknown> },
  defaults: Record<string, Record<string, unknown>>,
  file: string,
  path: (string | number)[],
  kind: IndicatorKind | null,
): FamilyChoice {
  const family = findFamily(entry.family);
  if (!family) {
    throw new ModelSpecError('MODEL_SPEC_UNKNOWN_FAMILY', file, formatPath([...path, 'family']), `unknown model family "${entry.family}"`, `Use one of: ${FAMILY_IDS.join(', ')}`);
  }
  if (kind !== null && !family.appliesTo.includes(kind)) {
    throw new ModelSpecError(
      'MODEL_SPEC_FAMILY_NOT_APPLICABLE',
      file,
      formatPath([...path, 'family']),
      `${family.id} does not apply to ${kind} indicators`,
      `It applies to: ${family.appliesTo.join(', ')}; move it under one of those kinds`,
    );
  }
  const parsed = family.settingsSchema.safeParse(mergeSettings(defaults[family.id] ?? {}, entry.settings));
  if (!parsed.success) throw shapeError('MODEL_SPEC_SETTINGS', file, parsed.error, [...path, 'settings']);
  return { family: family.id, settings: parsed.data };
}

function parseOne(raw: unknown, file: string, prefix: (string | number)[]): ModelSpec {
  const parsed = modelSpecSchema.safeParse(raw);
  if (!parsed.success) throw shapeError('MODEL_SPEC_SHAPE', file, parsed.error, prefix);
  const spec = parsed.data;
  for (const id of Object.keys(spec.defaults)) {
    if (!findFamily(id)) {
      throw new ModelSpecError('MODEL_SPEC_UNKNOWN_FAMILY', file, formatPath([...prefix, 'defaults', id]), `unknown model family "${id}"`, `Use one of: ${FAMILY_IDS.join(', ')}`);
    }
  }
  if (!findFamily(spec.selection.fallback)) {
    throw new ModelSpecError('MODEL_SPEC_UNKNOWN_FAMILY', file, formatPath([...prefix, 'selection', 'fallback']), `unknown model family "${spec.selection.fallback}"`, `Use one of: ${FAMILY_IDS.join(', ')}`);
  }
  for (const [kind, family] of Object.entries(spec.selection.fallbackByKind)) {
    if (!findFamily(family)) {
      throw new ModelSpecError('MODEL_SPEC_UNKNOWN_FAMILY', file, formatPath([...prefix, 'selection', 'fallbackByKind', kind]), `unknown model family "${family}"`, `Use one of: ${FAMILY_IDS.join(', ')}`);
    }
  }
  const kinds: Partial<Record<IndicatorKind, FamilyChoice[]>> = {};
  for (const kind of INDICATOR_KINDS) {
    const entries = spec.kinds[kind];
    if (!entries) continue;
    kinds[kind] = entries.map((entry, index) => normaliseEntry(entry, spec.defaults, file, [...prefix, 'kinds', kind, index], kind));
  }
  const indicators: ModelSpec['indicators'] = {};
  for (const [indicator, override] of Object.entries(spec.indicators)) {
    indicators[indicator] = {
      mode: override.mode,
      // The indicator's kind is not known here; the selector checks applicability when it fits.
      families: override.families.map((entry, index) => normaliseEntry(entry, spec.defaults, file, [...prefix, 'indicators', indicator, 'families', index], null)),
    };
  }
  return {
    name: spec.name,
    description: spec.description,
    file,
    intervalLevels: [...spec.intervalLevels].sort((a, b) => a - b),
    calibrationFile: spec.calibration ?? null,
    backtest: spec.backtest,
    selection: spec.selection,
    kinds,
    indicators,
  };
}

/**
 * Validates and normalises the parsed YAML of one file: a single spec (an object) or a list of specs.
 * @throws ModelSpecError
 */
export function parseModelSpecs(yamlObject: unknown, fileName: string): ModelSpec[] {
  const list = Array.isArray(yamlObject) ? yamlObject : [yamlObject];
  const specs = list.map((raw, index) => parseOne(raw, fileName, Array.isArray(yamlObject) ? [index] : []));
  const seen = new Set<string>();
  specs.forEach((spec, index) => {
    if (seen.has(spec.name)) {
      throw new ModelSpecError('MODEL_SPEC_DUPLICATE_NAME', fileName, formatPath(Array.isArray(yamlObject) ? [index, 'name'] : ['name']), `a spec named "${spec.name}" appears twice`, 'Give each spec its own name');
    }
    seen.add(spec.name);
  });
  return specs;
}

/**
 * The families (with settings) a spec applies to one indicator: its kind's list, then the indicator's
 * own entries — added, or replacing the settings of a family already listed (mode `extend`), or alone
 * (mode `replace`).
 */
export function familiesForIndicator(spec: ModelSpec, indicator: string, kind: IndicatorKind): FamilyChoice[] {
  const override = spec.indicators[indicator];
  const base = spec.kinds[kind] ?? [];
  if (!override) return [...base];
  if (override.mode === 'replace') return [...override.families];
  const merged = [...base];
  for (const choice of override.families) {
    const at = merged.findIndex((existing) => existing.family === choice.family);
    if (at >= 0) merged[at] = choice;
    else merged.push(choice);
  }
  return merged;
}

/** A JSON Schema of the authoring form, for editor completion in models/*.yaml. */
export function modelSpecJsonSchema(): unknown {
  return z.toJSONSchema(modelSpecSchema, { io: 'input', unrepresentable: 'any' });
}

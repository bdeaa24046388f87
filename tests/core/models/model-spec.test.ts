import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { FAMILY_IDS } from '../../../src/core/models/family-registry.js';
import { familiesForIndicator, modelSpecJsonSchema, ModelSpecError, parseModelSpecs } from '../../../src/core/models/model-spec.js';

const defaultYaml = parse(readFileSync(new URL('../../../models/default.yaml', import.meta.url), 'utf8'));

function errorOf(run: () => unknown): ModelSpecError {
  try {
    run();
  } catch (error) {
    if (error instanceof ModelSpecError) return error;
    throw error;
  }
  throw new Error('expected a ModelSpecError');
}

describe('models/default.yaml', () => {
  const [spec] = parseModelSpecs(defaultYaml, 'models/default.yaml');

  it('parses into the normalised form, with every setting filled in', () => {
    expect(spec!.name).toBe('default');
    expect(spec!.intervalLevels).toEqual([80, 95]);
    expect(spec!.backtest).toEqual({ holdout: 2, minimumScoredPoints: 2 });
    // The calibrated family is the default, chosen without a backtest (criterion none), and it reads the
    // calibration file beside the spec.
    expect(spec!.selection).toMatchObject({ criterion: 'none', fallback: 'calibrated-growth', fallbackByKind: {} });
    expect(spec!.calibrationFile).toBe('calibration.json');
    for (const kind of ['flow', 'stock', 'count', 'ratio', 'share'] as const) expect(spec!.kinds[kind]![0]!.family).toBe('calibrated-growth');
    const damped = spec!.kinds.flow!.find((choice) => choice.family === 'damped-trend')!;
    expect(damped.settings).toMatchObject({ scale: 'log', damping: { value: 0.85, low: 0.7, high: 0.98 } });
    const compound = spec!.kinds.flow!.find((choice) => choice.family === 'compound-growth')!;
    expect(compound.settings).toEqual({ window: null, origin: null, growthRateDecimals: null, spread: { minimumDegreesOfFreedom: 2, defaultStandardDeviation: 0.1 } });
  });

  it('uses only registered families, each for kinds it applies to', () => {
    for (const choices of Object.values(spec!.kinds)) for (const choice of choices!) expect(FAMILY_IDS).toContain(choice.family);
  });

  it('extends the ratio families with an uncertain R&D-intensity ceiling', () => {
    const choices = familiesForIndicator(spec!, 'rd_intensity', 'ratio');
    const logistic = choices.find((choice) => choice.family === 'logistic-growth')!;
    expect(logistic.settings).toEqual({ ceiling: { low: 5, high: 10 } });
    expect(choices.length).toBe(spec!.kinds.ratio!.length + 2);
    expect(familiesForIndicator(spec!, 'gdp', 'flow')).toEqual(spec!.kinds.flow);
  });
});

describe('parseModelSpecs', () => {
  const minimal = { name: 'mine', kinds: { flow: ['compound-growth'] } };

  it('accepts shorthands and a list of specs', () => {
    const specs = parseModelSpecs([minimal, { ...minimal, name: 'other' }], 'models/two.yaml');
    expect(specs.map((spec) => spec.name)).toEqual(['mine', 'other']);
    expect(specs[0]!.kinds.flow![0]!.family).toBe('compound-growth');
  });

  it('merges per-family defaults under each use; the use wins', () => {
    const [spec] = parseModelSpecs(
      {
        name: 'merge',
        defaults: { 'compound-growth': { spread: { defaultStandardDeviation: 0.2 } } },
        kinds: { flow: [{ family: 'compound-growth', settings: { spread: { minimumDegreesOfFreedom: 3 } } }] },
      },
      'merge.yaml',
    );
    expect((spec!.kinds.flow![0]!.settings as { spread: unknown }).spread).toEqual({ minimumDegreesOfFreedom: 3, defaultStandardDeviation: 0.2 });
  });

  it('replaces the kind list for an indicator in replace mode', () => {
    const [spec] = parseModelSpecs({ ...minimal, indicators: { gdp: { mode: 'replace', families: ['linear-trend'] } } }, 'x.yaml');
    expect(familiesForIndicator(spec!, 'gdp', 'flow').map((choice) => choice.family)).toEqual(['linear-trend']);
  });

  it('names an unknown family, where it is, and the known ones', () => {
    const error = errorOf(() => parseModelSpecs({ name: 'x', kinds: { ratio: ['compound-growth', 'holt-winters'] } }, 'models/x.yaml'));
    expect(error.code).toBe('MODEL_SPEC_UNKNOWN_FAMILY');
    expect(error.file).toBe('models/x.yaml');
    expect(error.path).toBe('kinds.ratio[1].family');
    expect(error.remedy).toMatch(/compound-growth, mean-growth/);
    expect(error.message).toMatch(/^models\/x.yaml at kinds.ratio\[1\].family: unknown model family "holt-winters"/);
  });

  it('refuses a family under a kind it does not apply to', () => {
    const error = errorOf(() => parseModelSpecs({ name: 'x', kinds: { flow: ['logistic-growth'] } }, 'x.yaml'));
    expect(error.code).toBe('MODEL_SPEC_FAMILY_NOT_APPLICABLE');
    expect(error.remedy).toMatch(/ratio, share, stock, count/);
  });

  it('validates family settings with the path inside the YAML', () => {
    const error = errorOf(() =>
      parseModelSpecs({ name: 'x', kinds: { ratio: [{ family: 'logistic-growth', settings: { ceiling: { low: -1, high: 5 } } }] } }, 'x.yaml'),
    );
    expect(error.code).toBe('MODEL_SPEC_SETTINGS');
    expect(error.path).toBe('kinds.ratio[0].settings.ceiling.low');
    const typo = errorOf(() => parseModelSpecs({ name: 'x', kinds: { flow: [{ family: 'damped-trend', settings: { dampng: 0.9 } }] } }, 'x.yaml'));
    expect(typo.code).toBe('MODEL_SPEC_SETTINGS');
    expect(typo.remedy).toMatch(/"dampng"/);
    const order = errorOf(() => parseModelSpecs({ name: 'x', kinds: { flow: [{ family: 'compound-growth', settings: { window: { startYear: 2020, endYear: 2015 } } }] } }, 'x.yaml'));
    expect(order.message).toMatch(/window.startYear must be before window.endYear/);
  });

  it('reports shape errors: unknown keys, unknown kinds, bad levels, duplicate names', () => {
    const key = errorOf(() => parseModelSpecs({ ...minimal, backtst: {} }, 'x.yaml'));
    expect(key.code).toBe('MODEL_SPEC_SHAPE');
    expect(key.remedy).toMatch(/"backtst"/);
    const kind = errorOf(() => parseModelSpecs({ name: 'x', kinds: { flows: ['linear-trend'] } }, 'x.yaml'));
    expect(kind.path).toBe('kinds');
    expect(kind.remedy).toMatch(/flow, stock, ratio, share, count/);
    const levels = errorOf(() => parseModelSpecs({ ...minimal, intervalLevels: [80, 100] }, 'x.yaml'));
    expect(levels.path).toBe('intervalLevels[1]');
    const missing = errorOf(() => parseModelSpecs({ kinds: {} }, 'x.yaml'));
    expect(missing.path).toBe('name');
    const duplicate = errorOf(() => parseModelSpecs([minimal, minimal], 'x.yaml'));
    expect(duplicate.code).toBe('MODEL_SPEC_DUPLICATE_NAME');
    const fallback = errorOf(() => parseModelSpecs({ ...minimal, selection: { fallback: 'magic' } }, 'x.yaml'));
    expect(fallback.path).toBe('selection.fallback');
  });

  it('offers a JSON Schema of the authoring form for editors', () => {
    const schema = modelSpecJsonSchema() as { properties: Record<string, unknown> };
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['name', 'kinds', 'indicators', 'intervalLevels']));
  });
});

describe('selection.fallbackByKind', () => {
  it('gives saturating ratios a damped-trend fallback where the evidence is insufficient', async () => {
    const { fitWithSpec } = await import('../../../src/core/models/model-selection.js');
    const { parseModelSpecs: parse } = await import('../../../src/core/models/model-spec.js');
    const [spec] = parse({ name: 'x', kinds: { ratio: ['compound-growth', 'damped-trend'], count: ['compound-growth', 'damped-trend'] }, selection: { fallbackByKind: { ratio: 'damped-trend' } } }, 'x.yaml');
    const series = (indicatorKind: 'ratio' | 'count') => ({ region: 'r', indicator: 'i', unit: '%', indicatorKind, bounds: { lower: 0, upper: 100 }, years: [2018, 2020], values: [2, 2.4] });
    expect(fitWithSpec(series('ratio'), spec!, {}, 5).chosen.family).toBe('damped-trend');
    expect(fitWithSpec(series('count'), spec!, {}, 5).chosen.family).toBe('compound-growth');
  });

  it('rejects an unknown family there with its path', async () => {
    const { parseModelSpecs: parse } = await import('../../../src/core/models/model-spec.js');
    expect(() => parse({ name: 'x', selection: { fallbackByKind: { ratio: 'dampd-trend' } } }, 'x.yaml')).toThrow(/selection\.fallbackByKind\.ratio/);
  });
});

describe('backtests only when the choice reads them', () => {
  const series = { region: 'r', indicator: 'i', unit: '件', indicatorKind: 'stock' as const, bounds: { lower: 0, upper: null }, years: [2015, 2016, 2017, 2018, 2019, 2020], values: [100, 112, 118, 135, 150, 158] };

  it("skips them under criterion none, choosing the same family with the same model and forecast", async () => {
    const { fitWithSpec } = await import('../../../src/core/models/model-selection.js');
    const [spec] = parseModelSpecs({ name: 'x', kinds: { stock: ['compound-growth', 'damped-trend', 'linear-trend'] }, selection: { criterion: 'none', fallback: 'damped-trend' } }, 'x.yaml');
    const full = fitWithSpec(series, spec!, {}, 5);
    const quick = fitWithSpec(series, spec!, {}, 5, 'when-choosing');
    expect(full.families.some((family) => family.backtestScoredPoints > 0)).toBe(true);
    expect(quick.families.every((family) => family.backtestError === null && family.backtestScoredPoints === 0 && /not run/.test(family.backtestNote ?? ''))).toBe(true);
    expect(quick.chosen).toEqual(full.chosen);
    const chosen = (report: typeof full) => report.families.find((family) => family.family === report.chosen.family)!;
    expect(chosen(quick).model?.parameters).toEqual(chosen(full).model?.parameters);
    expect(chosen(quick).forecast).toEqual(chosen(full).forecast);
    expect(chosen(quick).forecast).toHaveLength(5);
    // the families neither chosen nor compared are not forecast either
    for (const family of quick.families) if (family.family !== quick.chosen.family) expect(family.forecast).toEqual([]);
  });

  it('forecasts the family picked in place of a fallback that could not be fitted', async () => {
    const { fitWithSpec } = await import('../../../src/core/models/model-selection.js');
    const [spec] = parseModelSpecs({ name: 'x', kinds: { stock: ['compound-growth', 'damped-trend'] }, selection: { criterion: 'none', fallback: 'logistic-growth' } }, 'x.yaml');
    const full = fitWithSpec(series, spec!, {}, 5);
    const quick = fitWithSpec(series, spec!, {}, 5, 'when-choosing');
    expect(quick.chosen.family).toBe(full.chosen.family);
    expect(quick.chosen.family).not.toBe('logistic-growth');
    expect(quick.families.find((family) => family.family === quick.chosen.family)!.forecast).toEqual(full.families.find((family) => family.family === full.chosen.family)!.forecast);
  });

  it('still runs them when the criterion chooses by backtest', async () => {
    const { fitWithSpec } = await import('../../../src/core/models/model-selection.js');
    const [spec] = parseModelSpecs({ name: 'x', kinds: { stock: ['compound-growth', 'damped-trend', 'linear-trend'] }, selection: { criterion: 'backtest' } }, 'x.yaml');
    const quick = fitWithSpec(series, spec!, {}, 5, 'when-choosing');
    expect(quick.families.some((family) => family.backtestScoredPoints > 0)).toBe(true);
    expect(quick.chosen).toEqual(fitWithSpec(series, spec!, {}, 5).chosen);
  });
});

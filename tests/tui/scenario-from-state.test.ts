/**
 * The session's adjustments as scenario levers: the scenario the session simulates and the file it saves
 * (`extends: <base>` + changes, resolved the way every command resolves a file) must be the same scenario,
 * for every bundled base and any lever settings.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveScenario, type ResolvedScenario } from '../../src/core/scenarios/resolve-scenario.js';
import { loadScenarioLibrary } from '../../src/io/load-scenarios.js';
import { NO_ADJUSTMENTS, ceilingSteps, type LeverAdjustments } from '../../src/tui/lever-adjustments.js';
import { adjustedScenario, leverChanges, scenarioDocument } from '../../src/tui/scenario-from-state.js';

const library = loadScenarioLibrary();
const base = (id: string) => resolveScenario(id, library.raw);
const TARGET = { indicator: 'rd_intensity', firstProjectedYear: 2021 };
const NAMING = { id: 'my-plan', indicatorName: { zh: '研发投入强度', en: 'R&D intensity' }, regionName: { zh: '渝北区', en: 'Yubei District' } };

function levers(scenario: ResolvedScenario): unknown {
  const { id: _id, label: _label, description: _description, chain: _chain, ...rest } = scenario;
  return JSON.parse(JSON.stringify(rest));
}

function resolvedFile(baseId: string, adjustments: LeverAdjustments): ResolvedScenario {
  const document = scenarioDocument(base(baseId), TARGET, adjustments, NAMING);
  return resolveScenario('my-plan', new Map([...library.raw, ['my-plan', document]]));
}

const adjustmentsArbitrary = fc.record({
  growthPercentagePoints: fc.integer({ min: -40, max: 40 }).map((steps) => steps / 2),
  shockYear: fc.option(fc.integer({ min: 2021, max: 2035 }), { nil: null }),
  shockSizePercent: fc.integer({ min: -25, max: 25 }).map((steps) => steps * 2),
  ceiling: fc.option(fc.integer({ min: 1, max: 60 }).map((steps) => steps * 0.25), { nil: null }),
  gdpGrowthPercentagePoints: fc.integer({ min: -20, max: 20 }).map((steps) => steps / 2),
  pipelineConversionPercentagePoints: fc.integer({ min: -20, max: 20 }).map((steps) => steps / 2),
});

describe('adjusted scenarios', () => {
  it('leave the base untouched when nothing is adjusted', () => {
    const baseline = base('baseline');
    expect(adjustedScenario(baseline, TARGET, NO_ADJUSTMENTS)).toBe(baseline);
    expect(leverChanges(base('baseline'), TARGET, NO_ADJUSTMENTS)).toEqual({});
  });

  it('add the indicator\'s growth, shock and ceiling after the base\'s own levers', () => {
    const scenario = adjustedScenario(base('accelerated'), TARGET, { ...NO_ADJUSTMENTS, growthPercentagePoints: 1.5, shockSizePercent: -8, shockYear: 2022, ceiling: 6 });
    expect(scenario.growth.at(-1)).toEqual({ indicators: 'rd_intensity', percentagePoints: 1.5 });
    expect(scenario.growth).toHaveLength(base('accelerated').growth.length + 1);
    expect(scenario.shocks).toEqual([{ indicators: 'rd_intensity', year: 2022, sizePercent: -8, recoveryYears: 2 }]);
    expect(scenario.ceilings).toEqual([{ indicator: 'rd_intensity', value: 6 }]);
    expect(scenario.chain).toEqual(['baseline', 'accelerated']);
  });

  it('shift GDP growth against the trend, and add to the pipeline\'s conversion change', () => {
    const scenario = adjustedScenario(base('accelerated'), TARGET, { ...NO_ADJUSTMENTS, gdpGrowthPercentagePoints: -1, pipelineConversionPercentagePoints: 1 });
    expect(scenario.drivers?.gdp).toEqual({ growthPercent: 5, baselineGrowthPercent: 6, spreadPercent: 0 });
    expect(scenario.pipeline).toMatchObject({ conversionRateChangePercentagePoints: 3, renewalRatePercent: 70, from: 2021 });
    expect(adjustedScenario(base('baseline'), TARGET, { ...NO_ADJUSTMENTS, pipelineConversionPercentagePoints: 1 }).pipeline).toEqual({ conversionRateChangePercentagePoints: 1, renewalRatePercent: 70, certificationYears: 3 });
  });

  it('add no second ceiling where the base already caps the indicator (the first ceiling is the one applied)', () => {
    const scenario = adjustedScenario(base('conservative'), TARGET, { ...NO_ADJUSTMENTS, ceiling: 9 });
    expect(scenario.ceilings).toEqual(base('conservative').ceilings);
  });

  it('are exactly what the saved file resolves to, for every bundled base and any settings', () => {
    fc.assert(
      fc.property(fc.constantFrom(...library.raw.keys()), adjustmentsArbitrary, (baseId, adjustments) => {
        expect(levers(resolvedFile(baseId, adjustments))).toEqual(levers(adjustedScenario(base(baseId), TARGET, adjustments)));
      }),
      { seed: 20_210_101, numRuns: 150 },
    );
  });
});

describe('a base from the user\'s own file', () => {
  const userBase = { id: 'my-base', extends: 'accelerated', label: { zh: '我的情景', en: 'My base' }, growth: [{ indicators: 'rd_intensity', percentagePoints: 1 }], spreadMultiplier: 1.3 };
  const resolvedBase = resolveScenario('my-base', new Map([...library.raw, ['my-base', userBase]]));

  it('is written out in full, so the file works on its own with only the bundled scenarios beside it', () => {
    fc.assert(
      fc.property(adjustmentsArbitrary, (adjustments) => {
        const document = scenarioDocument(resolvedBase, TARGET, adjustments, NAMING, { standalone: true });
        expect(document).not.toHaveProperty('extends');
        const resolved = resolveScenario('my-plan', new Map([...library.raw, ['my-plan', document]]));
        expect(levers(resolved)).toEqual(levers(adjustedScenario(resolvedBase, TARGET, adjustments)));
      }),
      { seed: 20_210_102, numRuns: 60 },
    );
  });
});

describe('the saved document', () => {
  it('extends the base, names the changes in both languages and holds only what changed', () => {
    const document = scenarioDocument(base('baseline'), TARGET, { ...NO_ADJUSTMENTS, growthPercentagePoints: 1 }, NAMING);
    expect(document).toEqual({
      id: 'my-plan', extends: 'baseline',
      label: { zh: '基准情景（延续“十三五”趋势）（调整研发投入强度）', en: 'Baseline (13th-plan trend continues), R&D intensity adjusted' },
      description: { zh: '在“基准情景（延续“十三五”趋势）”基础上为渝北区调整：rd_intensity: 增速+1个百分点。', en: 'Baseline (13th-plan trend continues) with changes for Yubei District: rd_intensity: growth +1 pp.' },
      growth: [{ indicators: 'rd_intensity', percentagePoints: 1 }],
    });
  });
});

describe('lever steps', () => {
  it('start the ceiling at a round 1.5 × the latest value', () => {
    expect(ceilingSteps(4.4)).toEqual({ step: 0.25, start: 6.5 });
    expect(ceilingSteps(5000)).toEqual({ step: 250, start: 7500 });
    expect(ceilingSteps(null)).toEqual({ step: 0.05, start: 1.5 });
  });
});

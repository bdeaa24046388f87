/**
 * The session's adjustments as scenario levers: the scenario the session simulates and the file it saves
 * (`extends: <base>` + changes, resolved the way every command resolves a file) must be the same scenario,
 * for every bundled base and any lever settings.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveScenario, type ResolvedScenario } from '../../src/core/scenarios/resolve-scenario.js';
import { enterprisePipelineLever } from '../../src/core/levers/enterprise-pipeline-lever.js';
import { leverSetting } from '../../src/core/policies/expand-policies.js';
import { loadPolicyLibrary } from '../../src/io/load-policies.js';
import { loadScenarioLibrary } from '../../src/io/load-scenarios.js';
import { NO_ADJUSTMENTS, ceilingSteps, type LeverAdjustments } from '../../src/tui/lever-adjustments.js';
import { adjustedScenario, leverChanges, scenarioDocument } from '../../src/tui/scenario-from-state.js';

const library = loadScenarioLibrary();
const policies = loadPolicyLibrary().policies;
const base = (id: string) => resolveScenario(id, library.raw, policies);
const TARGET = { indicator: 'rd_intensity', firstProjectedYear: 2021 };
const NAMING = { id: 'my-plan', indicatorName: { zh: '研发投入强度', en: 'R&D intensity' }, regionName: { zh: '渝北区', en: 'Yubei District' } };

function levers(scenario: ResolvedScenario): unknown {
  const { id: _id, label: _label, description: _description, chain: _chain, ...rest } = scenario;
  return JSON.parse(JSON.stringify(rest));
}

function resolvedFile(baseId: string, adjustments: LeverAdjustments): ResolvedScenario {
  const document = scenarioDocument(base(baseId), TARGET, adjustments, NAMING, { policies });
  return resolveScenario('my-plan', new Map([...library.raw, ['my-plan', document]]), policies);
}

const adjustmentsArbitrary: fc.Arbitrary<LeverAdjustments> = fc.record({
  growth: fc.integer({ min: -40, max: 40 }).map((steps) => steps / 2),
  'shock-year': fc.option(fc.integer({ min: 2021, max: 2035 }), { nil: null }),
  'shock-size': fc.integer({ min: -25, max: 25 }).map((steps) => steps * 2),
  ceiling: fc.option(fc.integer({ min: 1, max: 60 }).map((steps) => steps * 0.25), { nil: null }),
  'gdp-growth': fc.integer({ min: -20, max: 20 }).map((steps) => steps / 2),
  'pipeline-conversion': fc.integer({ min: -20, max: 20 }).map((steps) => steps / 2),
  'policy:high-tech-cultivation': fc.integer({ min: 0, max: 3 }),
  'policy:rd-fiscal-incentives': fc.integer({ min: 0, max: 3 }),
}, { requiredKeys: [] });

describe('adjusted scenarios', () => {
  it('leave the base untouched when nothing is adjusted', () => {
    const baseline = base('baseline');
    expect(adjustedScenario(baseline, TARGET, NO_ADJUSTMENTS)).toBe(baseline);
    expect(leverChanges(base('baseline'), TARGET, NO_ADJUSTMENTS)).toEqual({});
  });

  it('add the indicator\'s growth, shock and ceiling after the base\'s own levers', () => {
    const scenario = adjustedScenario(base('accelerated'), TARGET, { growth: 1.5, 'shock-size': -8, 'shock-year': 2022, ceiling: 6 }, policies);
    expect(scenario.growth.at(-1)).toEqual({ indicators: 'rd_intensity', percentagePoints: 1.5 });
    expect(scenario.growth).toHaveLength(base('accelerated').growth.length + 1);
    expect(scenario.shocks).toEqual([{ indicators: 'rd_intensity', year: 2022, sizePercent: -8, recoveryYears: 2, recoveredPercent: 50 }]);
    expect(scenario.policies).toEqual(base('accelerated').policies);
    expect(scenario.ceilings).toEqual([{ indicator: 'rd_intensity', value: 6 }]);
    expect(scenario.chain).toEqual(['baseline', 'accelerated']);
  });

  it('shift GDP growth from its trend (keeping a base\'s own GDP setting), and add to the pipeline\'s conversion change', () => {
    const scenario = adjustedScenario(base('accelerated'), TARGET, { 'gdp-growth': -1, 'pipeline-conversion': 1 }, policies);
    expect(scenario.drivers?.gdp).toEqual({ changePercentagePoints: -1, spreadPercent: 0 });
    expect(adjustedScenario(base('gdp-slowdown'), TARGET, { 'gdp-growth': 1 }, policies).drivers?.gdp).toEqual({ growthPercent: 4, baselineGrowthPercent: 6, changePercentagePoints: 1, spreadPercent: 1 });
    expect(scenario.pipeline).toEqual({ conversionRateChangePercentagePoints: 1, renewalRatePercent: 70, certificationYears: 3 });
    // on top of the policies' own change: high-tech cultivation's +1 (the others switch the pipeline on at +0)
    expect(leverSetting(enterprisePipelineLever, scenario)?.conversionRateChangePercentagePoints).toBe(2);
    expect(adjustedScenario(base('baseline'), TARGET, { 'pipeline-conversion': 1 }).pipeline).toEqual({ conversionRateChangePercentagePoints: 1, renewalRatePercent: 70, certificationYears: 3 });
  });

  it('add a policy at the assumption the session sets, replacing the base\'s use of it', () => {
    const scenario = adjustedScenario(base('accelerated'), TARGET, { 'policy:high-tech-cultivation': 3 }, policies);
    expect(scenario.policies.filter((use) => use.policy === 'high-tech-cultivation')).toEqual([{ policy: 'high-tech-cultivation', assumption: 'high' }]);
    expect(leverSetting(enterprisePipelineLever, scenario)?.conversionRateChangePercentagePoints).toBe(2);
    expect(adjustedScenario(base('baseline'), TARGET, { 'policy:rd-fiscal-incentives': 1 }, policies).policyEffects?.map((effect) => [effect.policy, effect.size])).toEqual([['rd-fiscal-incentives', 0.5]]);
  });

  it('add no second ceiling where the base already caps the indicator (the first ceiling is the one applied)', () => {
    const scenario = adjustedScenario(base('conservative'), TARGET, { ceiling: 9 });
    expect(scenario.ceilings).toEqual(base('conservative').ceilings);
  });

  it('are exactly what the saved file resolves to, for every bundled base and any settings', () => {
    fc.assert(
      fc.property(fc.constantFrom(...library.raw.keys()), adjustmentsArbitrary, (baseId, adjustments) => {
        expect(levers(resolvedFile(baseId, adjustments))).toEqual(levers(adjustedScenario(base(baseId), TARGET, adjustments, policies)));
      }),
      { seed: 20_210_101, numRuns: 150 },
    );
  });
});

describe('a base from the user\'s own file', () => {
  const userBase = { id: 'my-base', extends: 'accelerated', label: { zh: '我的情景', en: 'My base' }, growth: [{ indicators: 'rd_intensity', percentagePoints: 1 }], spreadMultiplier: 1.3 };
  const resolvedBase = resolveScenario('my-base', new Map([...library.raw, ['my-base', userBase]]), policies);

  it('is written out in full, so the file works on its own with only the bundled scenarios beside it', () => {
    fc.assert(
      fc.property(adjustmentsArbitrary, (adjustments) => {
        const document = scenarioDocument(resolvedBase, TARGET, adjustments, NAMING, { standalone: true, policies });
        expect(document).not.toHaveProperty('extends');
        const resolved = resolveScenario('my-plan', new Map([...library.raw, ['my-plan', document]]), policies);
        expect(levers(resolved)).toEqual(levers(adjustedScenario(resolvedBase, TARGET, adjustments, policies)));
      }),
      { seed: 20_210_102, numRuns: 60 },
    );
  });
});

describe('the saved document', () => {
  it('extends the base, names the changes in both languages and holds only what changed', () => {
    const document = scenarioDocument(base('baseline'), TARGET, { growth: 1 }, NAMING);
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

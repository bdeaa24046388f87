/**
 * Policy files: validated against the levers they name; sized by the assumption a scenario asks for;
 * combined with each other and with the scenario's own levers by adding up.
 */
import { describe, expect, it } from 'vitest';
import { driversLever } from '../../../src/core/levers/drivers-lever.js';
import { enterprisePipelineLever } from '../../../src/core/levers/enterprise-pipeline-lever.js';
import { growthChangeLever } from '../../../src/core/levers/growth-change-lever.js';
import { distinctPolicyUses, expandPolicies, leverSetting } from '../../../src/core/policies/expand-policies.js';
import { parsePolicy, type PolicyDefinition } from '../../../src/core/policies/policy-spec.js';
import { resolveScenario, withPolicyEffects } from '../../../src/core/scenarios/resolve-scenario.js';
import { parseScenario } from '../../../src/core/scenarios/scenario-spec.js';

const source = { document: '001_6ff88e1298bb6edd.txt', line: 26, quote: '研发费加计扣除' };
const assumption = { zh: '假设：理由。', en: 'Assumed: a reason.' };
const name = { zh: '政策', en: 'Policy' };

function policy(id: string, effects: unknown[]): PolicyDefinition {
  const parsed = parsePolicy({ id, name, source, effects });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.policy;
}

describe('parsePolicy', () => {
  it('reads each effect with its lever\'s own fields, its size, range and reasoning', () => {
    const parsed = policy('vouchers', [{ lever: 'pipeline', conversionRateChangePercentagePoints: 1, range: [0.5, 2], assumption }]);
    expect(parsed.effects).toEqual([{ lever: 'pipeline', fields: { conversionRateChangePercentagePoints: 1 }, size: 1, range: [0.5, 2], assumption }]);
    expect(parsed.shortName).toEqual(name);
  });

  it('refuses a lever policies cannot move, with a did-you-mean, a size outside its range, and a field of another lever', () => {
    const parsed = parsePolicy({ id: 'bad', name, source, effects: [
      { lever: 'grwth', indicators: 'gdp', percentagePoints: 1, range: [0, 2], assumption },
      { lever: 'growth', indicators: 'gdp', percentagePoints: 3, range: [0, 2], assumption },
      { lever: 'growth', indicators: 'gdp', percentagePoints: 1, driver: 'gdp', range: [0, 2], assumption },
      { lever: 'spreadMultiplier', range: [0, 2], assumption },
      { lever: 'growth', indicators: 'gdp', percentagePoints: 1, range: [0, 2] },
    ] });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    const byPath = new Map(parsed.issues.map((issue) => [issue.path.join('.'), issue.message]));
    expect(byPath.get('effects.0.lever')).toContain('did you mean "growth"?');
    expect(byPath.get('effects.1.range')).toContain('must lie in its range [0, 2]');
    expect(byPath.get('effects.2')).toContain('unknown field "driver" for lever growth');
    expect(byPath.get('effects.3.lever')).toContain('is not a lever policies can move');
    expect(byPath.get('effects.4.assumption')).toBeDefined();
  });
});

describe('a scenario\'s policies', () => {
  const library = new Map([
    ['rd', policy('rd', [{ lever: 'drivers', driver: 'rdExpenditure', changePercentagePoints: 1, range: [0.5, 2], assumption }])],
    ['vouchers', policy('vouchers', [
      { lever: 'pipeline', conversionRateChangePercentagePoints: 1, range: [0.5, 2], assumption },
      { lever: 'growth', indicators: 'high_growth_tech_enterprises', percentagePoints: 2, range: [1, 4], assumption },
    ])],
    ['cultivation', policy('cultivation', [{ lever: 'pipeline', conversionRateChangePercentagePoints: 0.5, range: [0, 1], assumption }])],
  ]);

  it('are sized at the central value or the low or high end of the range', () => {
    const sizes = (assumption: 'low' | 'central' | 'high') => expandPolicies([{ policy: 'vouchers', assumption }], library, 'x').map((effect) => effect.size);
    expect(sizes('low')).toEqual([0.5, 1]);
    expect(sizes('central')).toEqual([1, 2]);
    expect(sizes('high')).toEqual([2, 4]);
  });

  it('count once when named twice: the last mention wins', () => {
    expect(distinctPolicyUses([{ policy: 'rd', assumption: 'low' }, { policy: 'vouchers', assumption: 'central' }, { policy: 'rd', assumption: 'high' }]))
      .toEqual([{ policy: 'vouchers', assumption: 'central' }, { policy: 'rd', assumption: 'high' }]);
  });

  it('refuse a policy the library does not have', () => {
    expect(() => expandPolicies([{ policy: 'voucher', assumption: 'central' }], library, 'x')).toThrow(expect.objectContaining({ code: 'E_UNKNOWN_POLICY', message: expect.stringContaining('did you mean "vouchers"?') }));
  });

  it('add to the scenario\'s own levers: growth changes appended, conversion and driver changes summed', () => {
    const parsed = parseScenario({ id: 'x', label: name, policies: ['vouchers', { policy: 'cultivation', assumption: 'high' }, 'rd'], growth: [{ indicators: 'gdp', percentagePoints: 1 }], pipeline: { conversionRateChangePercentagePoints: 0.5 }, drivers: { rdExpenditure: { changePercentagePoints: 0.25 } } });
    if (!parsed.ok) throw new Error('invalid');
    const scenario = withPolicyEffects({ ...parsed.scenario, chain: ['x'] }, library);
    expect(leverSetting(growthChangeLever, scenario)).toEqual([{ indicators: 'gdp', percentagePoints: 1 }, { indicators: 'high_growth_tech_enterprises', percentagePoints: 2 }]);
    expect(leverSetting(enterprisePipelineLever, scenario)?.conversionRateChangePercentagePoints).toBe(0.5 + 1 + 1);
    expect(leverSetting(driversLever, scenario)?.rdExpenditure?.changePercentagePoints).toBe(1.25);
    // the scenario's own settings stay as written
    expect(scenario.pipeline?.conversionRateChangePercentagePoints).toBe(0.5);
  });

  it('resolve through extends: the child\'s use of a policy replaces the base\'s', () => {
    const raw = new Map<string, unknown>([
      ['base', { id: 'base', label: name, policies: ['vouchers'] }],
      ['child', { id: 'child', label: name, extends: 'base', policies: [{ policy: 'vouchers', assumption: 'high' }] }],
    ]);
    const child = resolveScenario('child', raw, library);
    expect(child.policies).toEqual([{ policy: 'vouchers', assumption: 'high' }]);
    expect(child.policyEffects?.map((effect) => effect.size)).toEqual([2, 4]);
  });
});

/**
 * The checks beyond the schema: indicators the levers and policies name exist in the catalogue (with a
 * did-you-mean), drivers and pipelines have an indicator in their role, policies exist, and `extends`
 * reaches a scenario that exists without coming back.
 */
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../../src/core/catalog/catalog-schema.js';
import { extendsIssues, policyIndicatorIssues, policyUseIssues, scenarioIndicatorIssues, selectorIssues } from '../../../src/core/scenarios/check-scenario.js';
import { parseScenario, type ScenarioSpec } from '../../../src/core/scenarios/scenario-spec.js';
import { loadCatalog } from '../../../src/io/load-catalog.js';
import { loadPolicyLibrary } from '../../../src/io/load-policies.js';

const catalog = loadCatalog();
const label = { zh: '测', en: 'Test' };
function spec(levers: Record<string, unknown>): ScenarioSpec {
  const parsed = parseScenario({ id: 'x', label, ...levers });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.scenario;
}

describe('indicator selectors', () => {
  it('accept ids, kinds and *', () => {
    expect(selectorIssues(['rd_expenditure', 'kind:flow', '*'], ['growth', 0, 'indicators'], catalog)).toEqual([]);
  });

  it('refuse a misspelt id with its place in the list and a did-you-mean', () => {
    const issues = selectorIssues(['rd_intensity', 'rd_expenditre'], ['growth', 0, 'indicators'], catalog);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.path).toEqual(['growth', 0, 'indicators', 1]);
    expect(issues[0]!.message).toContain('unknown indicator "rd_expenditre" — did you mean "rd_expenditure"?');
  });

  it('refuse an unknown kind, and a name written where the id belongs', () => {
    expect(selectorIssues('kind:flows', ['shocks', 0, 'indicators'], catalog)[0]!.message).toContain('did you mean "kind:flow"?');
    expect(selectorIssues('研发投入强度', ['growth', 0, 'indicators'], catalog)[0]!.message).toContain('that is the name of rd_intensity; write the id');
  });
});

describe('a scenario\'s own levers', () => {
  it('name every unknown indicator: a growth selector, a shock selector, a ceiling', () => {
    const issues = scenarioIndicatorIssues(spec({
      growth: [{ indicators: 'rd_expenditre', percentagePoints: 2 }],
      shocks: [{ indicators: ['tech_enterprises', 'high_tech_enterprise'], year: 2022, sizePercent: -5 }],
      ceilings: [{ indicator: 'rd_intensty', value: 6 }],
    }), catalog);
    expect(issues.map((issue) => issue.path.join('.'))).toEqual(['growth.0.indicators', 'shocks.0.indicators.1', 'ceilings.0.indicator']);
    expect(issues[2]!.message).toContain('did you mean "rd_intensity"?');
  });

  it('pass the bundled scenarios', () => {
    expect(scenarioIndicatorIssues(spec({ growth: [{ indicators: '*', multiplier: 0.7 }], ceilings: [{ indicator: 'rd_intensity', range: [5, 6.5] }] }), catalog)).toEqual([]);
  });

  it('need an indicator in the role a driver or the pipeline moves', () => {
    const withoutRoles = buildCatalog([...catalog.indicators.values()].map((definition) => ({ ...definition, roles: {} })), []);
    const issues = scenarioIndicatorIssues(spec({ drivers: { gdp: { changePercentagePoints: -1 } }, pipeline: {} }), withoutRoles);
    expect(issues.map((issue) => issue.path.join('.'))).toEqual(['drivers.gdp', 'pipeline']);
    expect(scenarioIndicatorIssues(spec({ drivers: { gdp: { changePercentagePoints: -1 } }, pipeline: {} }), catalog)).toEqual([]);
  });
});

describe('policies', () => {
  const library = loadPolicyLibrary().policies;

  it('a scenario names only policies that exist', () => {
    const issues = policyUseIssues(spec({ policies: ['rd-fiscal-incentives', { policy: 'talent-programme', assumption: 'high' }] }), library);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ path: ['policies', 1], message: expect.stringContaining('did you mean "talent-programmes"?') });
  });

  it('every bundled policy names only indicators of the catalogue', () => {
    for (const policy of library.values()) expect(policyIndicatorIssues(policy, catalog), policy.id).toEqual([]);
  });
});

describe('extends', () => {
  const raw = new Map<string, unknown>([
    ['baseline', { id: 'baseline', label }],
    ['child', { id: 'child', label, extends: 'baseline' }],
    ['typo', { id: 'typo', label, extends: 'basline' }],
    ['via-typo', { id: 'via-typo', label, extends: 'typo' }],
    ['loop-a', { id: 'loop-a', label, extends: 'loop-b' }],
    ['loop-b', { id: 'loop-b', label, extends: 'loop-a' }],
    ['self', { id: 'self', label, extends: 'self' }],
  ]);

  it('passes a chain that ends at a scenario without extends', () => {
    expect(extendsIssues('child', raw)).toEqual([]);
    expect(extendsIssues('baseline', raw)).toEqual([]);
  });

  it('names a missing target, with a did-you-mean, also further down the chain', () => {
    expect(extendsIssues('typo', raw)).toEqual([{ path: ['extends'], message: 'extends unknown scenario "basline" — did you mean "baseline"?' }]);
    expect(extendsIssues('via-typo', raw)[0]!.message).toContain('extends unknown scenario "basline" (through typo)');
  });

  it('names a cycle with its chain', () => {
    expect(extendsIssues('loop-a', raw)[0]!.message).toContain('"extends" forms a cycle (loop-a → loop-b → loop-a)');
    expect(extendsIssues('self', raw)[0]!.message).toContain('(self → self)');
  });
});

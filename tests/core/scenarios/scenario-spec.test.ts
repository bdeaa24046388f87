import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveScenario } from '../../../src/core/scenarios/resolve-scenario.js';
import { scenarioJsonSchema } from '../../../src/core/scenarios/scenario-json-schema.js';
import { parseScenario } from '../../../src/core/scenarios/scenario-spec.js';
import { projectRoot } from '../../../src/io/project-paths.js';

const label = { zh: '测试', en: 'Test' };

describe('parseScenario', () => {
  it('fills defaults and keeps levers', () => {
    const parsed = parseScenario({ id: 'x', label, growth: [{ indicators: 'rd_expenditure', percentagePoints: 2 }] });
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.scenario).toMatchObject({ shocks: [], ceilings: [], planPath: false, spreadMultiplier: 1, growth: [{ indicators: 'rd_expenditure', percentagePoints: 2 }] });
  });

  it('names every problem with its path, and suggests a misspelt field', () => {
    const parsed = parseScenario({ id: 'Bad Id', label, growth: [{ indicators: 'gdp', multipler: 2 }], ceilings: [{ indicator: 'rd_intensity', range: [8, 5] }] });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    const byPath = new Map(parsed.issues.map((issue) => [issue.path.join('.'), issue.message]));
    expect(byPath.get('id')).toContain('kebab-case');
    expect(parsed.issues.some((issue) => issue.message.includes('did you mean "multiplier"'))).toBe(true);
    expect(parsed.issues.some((issue) => issue.path.join('.') === 'ceilings.0' && issue.message.includes('[low, high]'))).toBe(true);
  });
});

describe('resolveScenario (extends)', () => {
  const raw = new Map<string, unknown>([
    ['base', { id: 'base', label, growth: [{ indicators: '*', multiplier: 0.9 }], spreadMultiplier: 1.5 }],
    ['child', { id: 'child', label: { zh: '子', en: 'Child' }, extends: 'base', growth: [{ indicators: 'gdp', percentagePoints: 1 }], pipeline: { renewalRatePercent: 80 } }],
    ['loop-a', { id: 'loop-a', label, extends: 'loop-b' }],
    ['loop-b', { id: 'loop-b', label, extends: 'loop-a' }],
    ['orphan', { id: 'orphan', label, extends: 'missing' }],
  ]);

  it('appends the child\'s levers to the base\'s and keeps the base\'s settings the child does not change', () => {
    const scenario = resolveScenario('child', raw);
    expect(scenario.chain).toEqual(['base', 'child']);
    expect(scenario.growth).toHaveLength(2);
    expect(scenario.spreadMultiplier).toBe(1.5);
    expect(scenario.label.en).toBe('Child');
    expect(scenario.pipeline?.renewalRatePercent).toBe(80);
  });

  it('a scenario with no levers of its own equals its base in everything but its name', () => {
    const withoutChanges = new Map(raw);
    withoutChanges.set('same', { id: 'same', label: { zh: '同', en: 'Same' }, extends: 'base' });
    const { id: _a, label: _b, chain: _c, ...same } = resolveScenario('same', withoutChanges);
    const { id: _d, label: _e, chain: _f, ...base } = resolveScenario('base', withoutChanges);
    expect(same).toEqual(base);
  });

  it('refuses cycles and unknown bases with a clear code', () => {
    expect(() => resolveScenario('loop-a', raw)).toThrow(expect.objectContaining({ code: 'E_SCENARIO_CYCLE' }));
    expect(() => resolveScenario('orphan', raw)).toThrow(expect.objectContaining({ code: 'E_UNKNOWN_SCENARIO' }));
    expect(() => resolveScenario('nope', raw)).toThrow(expect.objectContaining({ code: 'E_UNKNOWN_SCENARIO' }));
  });
});

describe('scenario.schema.json', () => {
  it('is the schema generated from the zod source (run `npm run schema` after changing it)', () => {
    const committed = JSON.parse(readFileSync(join(projectRoot, 'scenarios', 'scenario.schema.json'), 'utf8'));
    expect(committed).toEqual(JSON.parse(JSON.stringify(scenarioJsonSchema())));
  });
});

describe('describeScenarioLevers', () => {
  it('names selectors in the reader\'s language', async () => {
    const { describeScenarioLevers } = await import('../../../src/core/scenarios/describe-scenario.js');
    const parsed = parseScenario({ id: 'x', label, growth: [{ indicators: '*', multiplier: 0.7 }], shocks: [{ indicators: 'kind:flow', year: 2022, sizePercent: -8 }] });
    if (!parsed.ok) throw new Error('invalid');
    const zh = describeScenarioLevers(parsed.scenario, 'zh').join('\n');
    expect(zh).toContain('全部指标');
    expect(zh).toContain('流量类指标');
    expect(zh).not.toMatch(/all indicators|kind:/);
    expect(describeScenarioLevers(parsed.scenario, 'en').join('\n')).toContain('flow indicators');
  });
});

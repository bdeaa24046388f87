/**
 * Every policy is traceable to the essay that names it: the test opens the cited line of the cited seed
 * document and finds the policy's own words there; every effect carries an assumption (its reasoning in
 * both languages) and a range that holds its central size, so no size can pass as a fact.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPolicyLibrary } from '../../src/io/load-policies.js';
import { projectRoot } from '../../src/io/project-paths.js';

const documentsDirectory = join(projectRoot, '..', 'shared', 'seed-documents');
const ESSAY = '001_6ff88e1298bb6edd.txt';
const policies = [...loadPolicyLibrary().policies.values()];

describe('the policies (scenarios/policies/*.yaml)', () => {
  it('are those of the essay on Chongqing\'s policy levers, at least the ones the plan work leans on', () => {
    expect(policies.length).toBeGreaterThanOrEqual(6);
    expect(new Set(policies.map((policy) => policy.source.document))).toEqual(new Set([ESSAY]));
    const quotes = policies.map((policy) => policy.source.quote).join(' ');
    for (const words of ['研发费加计扣除', '科技型企业培育计划', '高新技术企业', '孵化', '知识价值信用贷款', '博士']) expect(quotes).toContain(words);
  });

  it.each(policies.map((policy) => [policy.id, policy] as const))('%s: the cited line holds the quoted words', (_, policy) => {
    const lines = readFileSync(join(documentsDirectory, policy.source.document), 'utf8').split('\n');
    const line = lines[policy.source.line - 1];
    expect(line, `${policy.source.document}:${policy.source.line} does not exist`).toBeDefined();
    expect(line).toContain(policy.source.quote);
    expect(policy.source.quote.length).toBeGreaterThanOrEqual(4);
  });

  it.each(policies.map((policy) => [policy.id, policy] as const))('%s: every effect is an assumption with its reasoning and a range holding its size', (_, policy) => {
    for (const effect of policy.effects) {
      expect(effect.range[0]).toBeLessThanOrEqual(effect.size);
      expect(effect.size).toBeLessThanOrEqual(effect.range[1]);
      expect(effect.assumption.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(effect.assumption.en.length).toBeGreaterThan(40);
      // a non-zero effect says it is assumed, and why
      if (effect.range[0] !== effect.range[1]) {
        expect(effect.assumption.en).toMatch(/^Assumed: /);
        expect(effect.assumption.zh).toMatch(/^假设：/);
        expect(effect.assumption.en).toMatch(/Reasoning: /);
      }
    }
  });
});

/**
 * Catalogue relations are arithmetic on named inputs only (issue 14, item 6): ranges, definitions,
 * matrices and mathjs's import/evaluate/parse are refused with E_RELATION_INVALID before anything is
 * evaluated, a relation needs an input, and the arithmetic follows the usual precedence.
 */
import { describe, expect, it } from 'vitest';
import { evaluateRelation, parseRelation } from '../../../src/core/catalog/relation-expression.js';
import { runPlancast } from '../../helpers/run-plancast.js';
import { useTemporaryDirectory } from '../../helpers/temporary-files.js';

const files = useTemporaryDirectory('plancast-relations-');

function value(expression: string, scope: Record<string, number>): number {
  const parsed = parseRelation(expression);
  if (!parsed.ok) throw new Error(parsed.problem);
  return evaluateRelation(parsed.tree, scope);
}

describe('parseRelation refuses everything but arithmetic on inputs', () => {
  it.each([
    ['max(1:1e9)', /range/],
    ['max(1:1e8) + gdp', /range/],
    ['f(x)=f(x); f(1)', /definitions/],
    ['gdp; gdp', /several statements/],
    ['[1, 2; 3, 4] * gdp', /matrices/],
    ['import({}, {}) + gdp', /not allowed/],
    ['evaluate("1") + gdp', /not allowed/],
    ['parse(gdp)', /not an allowed function/],
    ['gdp.constructor', /not allowed/],
    ['100', /no input/],
    ['pi * e', /no input/],
    ['sqrt(gdp, gdp)', /takes 1 argument/],
    ['max', /parentheses/],
    ['gdp +', /ends too early/],
    ['(gdp', /expected "\)"/],
    [`${'('.repeat(200)}gdp${')'.repeat(200)}`, /nests more than/],
    [`gdp${' + gdp'.repeat(200)}`, /longer than 500/],
  ])('%s', (expression, problem) => {
    const parsed = parseRelation(expression);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problem).toMatch(problem);
  });

  it('names its inputs in order of appearance', () => {
    expect(parseRelation('sqrt(gdp) + max(a_b, c) * gdp')).toMatchObject({ ok: true, inputs: ['gdp', 'a_b', 'c'] });
  });
});

describe('evaluateRelation', () => {
  it('computes R&D intensity as the catalogue defines it', () => {
    expect(value('rd_expenditure / gdp * 100', { rd_expenditure: 88.39, gdp: 2009 })).toBeCloseTo((88.39 / 2009) * 100, 12);
  });

  it('follows the usual precedence: ^ before unary minus before * and /, right-associative ^', () => {
    expect(value('2 ^ 3 ^ 2 * x', { x: 1 })).toBe(512);
    expect(value('-x ^ 2', { x: 3 })).toBe(-9);
    expect(value('x - 2 - 3', { x: 10 })).toBe(5);
    expect(value('x / 2 / 5', { x: 100 })).toBe(10);
    expect(value('min(x, 3, 2) + max(x) + log(x, 10) + pow(x, 2)', { x: 100 })).toBeCloseTo(2 + 100 + 2 + 10000, 12);
  });

  it('gives a non-finite number, not an exception, where arithmetic does', () => {
    expect(value('x / y', { x: 1, y: 0 })).toBe(Infinity);
    expect(Number.isNaN(value('sqrt(x)', { x: -1 }))).toBe(true);
  });
});

describe('data validate --catalog refuses unbounded relations with a code (exit 2)', () => {
  it.each(['max(1:1e9)', 'f(x)=f(x); f(1)', '42'])('%s', async (relation) => {
    const catalog = files.write(`catalog-${relation.length}.yaml`, `indicators:\n  odd:\n    name: { zh: 怪, en: Odd }\n    unit: "%"\n    kind: ratio\n    relation: "${relation}"\n`);
    const run = await runPlancast('data', 'validate', '--catalog', catalog);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain('E_RELATION_INVALID');
    expect(run.stderr).not.toContain('internal error');
  });
});

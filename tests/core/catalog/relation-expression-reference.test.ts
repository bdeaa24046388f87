/**
 * The relation language's own parser and evaluator (src/core/catalog/relation-expression.ts) against an
 * independent reference, mathjs: random arithmetic on named inputs — precedence, right-associative powers,
 * unary minus, nested calls — must evaluate to the same number in both (NaN where both give no real value).
 * mathjs is not used at run time (a catalogue file must not reach ranges, function definitions or
 * matrices, and loading it would cost every command about 0.3 s); here it is the yardstick.
 * Left out: round (mathjs rounds halves away from zero, JavaScript's Math.round towards +∞).
 */
import fc from 'fast-check';
import { all, create } from 'mathjs';
import { describe, expect, it } from 'vitest';
import { evaluateRelation, parseRelation } from '../../../src/core/catalog/relation-expression.js';

const math = create(all!, { number: 'number', predictable: true });
const names = ['rd_expenditure', 'gdp', 'population'] as const;

const expression: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(...names),
    fc.double({ min: 0.001, max: 1000, noNaN: true }).map((value) => String(Number(value.toPrecision(6)))),
    fc.tuple(tie('node'), fc.constantFrom('+', '-', '*', '/'), tie('node')).map(([left, operator, right]) => `${left} ${operator} ${right}`),
    fc.tuple(tie('node'), fc.constantFrom('2', '0.5', '-1', '3')).map(([base, power]) => `(${base}) ^ ${power}`),
    tie('node').map((operand) => `-(${operand})`),
    tie('node').map((inner) => `(${inner})`),
    fc.tuple(fc.constantFrom('abs', 'sqrt', 'exp', 'log'), tie('node')).map(([name, argument]) => `${name}(${name === 'exp' ? `(${argument}) / 1000` : argument})`),
    fc.tuple(fc.constantFrom('min', 'max'), fc.array(tie('node'), { minLength: 1, maxLength: 3 })).map(([name, parts]) => `${name}(${parts.join(', ')})`),
  ),
})).node;

const agree = (ours: number, reference: number): boolean =>
  (Number.isNaN(ours) && Number.isNaN(reference)) || ours === reference || Math.abs(ours - reference) <= 1e-9 * Math.max(Math.abs(ours), Math.abs(reference));

describe('relations evaluate as mathjs evaluates them', () => {
  it('on random arithmetic over named inputs', () => {
    fc.assert(
      fc.property(expression, fc.tuple(fc.double({ min: 0.1, max: 1e6, noNaN: true }), fc.double({ min: 0.1, max: 1e6, noNaN: true }), fc.double({ min: 1, max: 1e4, noNaN: true })), (text, [rd, gdp, population]) => {
        const parsed = parseRelation(`${text} + 0 * rd_expenditure`);
        expect(parsed.ok, text).toBe(true);
        if (!parsed.ok) return;
        const scope = { rd_expenditure: rd, gdp, population };
        const ours = (() => { try { return evaluateRelation(parsed.tree, scope); } catch { return Number.NaN; } })();
        const reference = math.evaluate(`${text} + 0 * rd_expenditure`, { ...scope }) as number;
        expect(agree(ours, typeof reference === 'number' ? reference : Number.NaN), `${text} → ${ours} vs ${reference}`).toBe(true);
      }),
      { seed: 20261130, numRuns: 400 },
    );
  });

  it('on precedence and associativity cases written out', () => {
    for (const text of ['-gdp ^ 2', 'gdp ^ 0.5 ^ 2', 'gdp - population - rd_expenditure', 'gdp / population / rd_expenditure * 100', '-(gdp) * -population', 'max(gdp, population, rd_expenditure) / min(gdp)', 'log(gdp, 10)']) {
      const parsed = parseRelation(text);
      expect(parsed.ok, text).toBe(true);
      if (!parsed.ok) continue;
      const scope = { rd_expenditure: 7, gdp: 3, population: 2 };
      expect(agree(evaluateRelation(parsed.tree, scope), math.evaluate(text, { ...scope }) as number), text).toBe(true);
    }
  });
});

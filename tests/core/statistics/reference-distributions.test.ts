/**
 * Distribution functions against R (tests/reference/compute-reference.R → reference-values.json).
 */
import { readFileSync } from 'node:fs';
import * as simpleStatistics from 'simple-statistics';
import { describe, expect, it } from 'vitest';
import { logGamma } from '../../../src/core/statistics/log-gamma.js';
import { normalCumulative } from '../../../src/core/statistics/normal-cumulative.js';
import { normalQuantile } from '../../../src/core/statistics/normal-quantile.js';
import { createNormalToStudentT } from '../../../src/core/statistics/normal-to-student-t.js';
import { regularizedIncompleteBeta } from '../../../src/core/statistics/regularized-incomplete-beta.js';
import { studentTCumulative } from '../../../src/core/statistics/student-t-cumulative.js';
import { studentTQuantile } from '../../../src/core/statistics/student-t-quantile.js';

const reference = JSON.parse(readFileSync(new URL('../../reference/reference-values.json', import.meta.url), 'utf8')).quantiles;

const relative = (actual: number, expected: number): number =>
  expected === 0 ? Math.abs(actual) : Math.abs(actual - expected) / Math.abs(expected);

describe('normalQuantile (Wichura AS241)', () => {
  it('gives the exact z-values intervals need', () => {
    expect(Math.abs(normalQuantile(0.975) - 1.959963984540054)).toBeLessThan(1e-15);
    expect(Math.abs(normalQuantile(0.9) - 1.2815515655446004)).toBeLessThan(1e-15);
    expect(normalQuantile(0.5)).toBe(0);
  });

  it('matches R qnorm to 1e-15 relative', () => {
    reference.normal.p.forEach((p: number, index: number) => {
      expect(relative(normalQuantile(p), reference.normal.z[index])).toBeLessThan(1e-15);
    });
  });

  it('is exactly antisymmetric and handles the ends', () => {
    for (const p of [0.01, 0.2, 0.4]) expect(normalQuantile(1 - p)).toBeCloseTo(-normalQuantile(p), 13);
    expect(normalQuantile(0)).toBe(-Infinity);
    expect(normalQuantile(1)).toBe(Infinity);
    expect(() => normalQuantile(1.2)).toThrow(RangeError);
    expect(() => normalQuantile(Number.NaN)).toThrow(RangeError);
  });

  it('is more accurate than simple-statistics probit (the reason it exists)', () => {
    expect(Math.abs(simpleStatistics.probit(0.975) - 1.959963984540054)).toBeGreaterThan(1e-3);
  });
});

describe('normalCumulative', () => {
  it('matches R pnorm to 1e-14 relative, far into the lower tail', () => {
    reference.normalCumulative.x.forEach((x: number, index: number) => {
      expect(relative(normalCumulative(x), reference.normalCumulative.p[index])).toBeLessThan(1e-14);
    });
  });

  it('inverts normalQuantile in the lower tail', () => {
    for (let x = -30; x <= 0; x += 0.37) expect(normalQuantile(normalCumulative(x))).toBeCloseTo(x, 11);
  });
});

describe("Student's t", () => {
  it('quantiles match R qt to 1e-13 relative (whole and fractional degrees of freedom)', () => {
    reference.studentT.p.forEach((p: number, index: number) => {
      expect(relative(studentTQuantile(p, reference.studentT.df[index]), reference.studentT.t[index])).toBeLessThan(1e-13);
    });
  });

  it('cumulative probabilities match R pt to 1e-13 relative', () => {
    reference.studentTCumulative.t.forEach((t: number, index: number) => {
      expect(relative(studentTCumulative(t, reference.studentTCumulative.df[index]), reference.studentTCumulative.p[index])).toBeLessThan(1e-13);
    });
  });

  it('quantile and cumulative invert each other', () => {
    for (const df of [1, 2, 3, 4.5, 9, 40]) {
      for (const p of [1e-8, 0.001, 0.05, 0.3, 0.5, 0.8, 0.99]) {
        const back = studentTCumulative(studentTQuantile(p, df), df);
        expect(relative(back, p)).toBeLessThan(1e-12);
      }
    }
  });

  it('approaches the normal as degrees of freedom grow', () => {
    expect(studentTQuantile(0.975, 1e6)).toBeCloseTo(normalQuantile(0.975), 5);
    expect(() => studentTQuantile(0.5, 0)).toThrow(RangeError);
  });
});

describe('log-gamma and the regularized incomplete beta', () => {
  it('match R lgamma and pbeta', () => {
    reference.logGamma.x.forEach((x: number, index: number) => {
      expect(relative(logGamma(x), reference.logGamma.value[index])).toBeLessThan(1e-13);
    });
    reference.incompleteBeta.x.forEach((x: number, index: number) => {
      const value = regularizedIncompleteBeta(x, reference.incompleteBeta.a[index], reference.incompleteBeta.b[index]);
      expect(relative(value, reference.incompleteBeta.value[index])).toBeLessThan(1e-13);
    });
  });
});

describe('createNormalToStudentT', () => {
  it('maps z to the t quantile of Φ(z) within 1e-8 relative', () => {
    for (const df of [1, 2, 3, 7.5, 30]) {
      const map = createNormalToStudentT(df);
      for (let z = -9; z <= 9; z += 0.0173) {
        const exact = z > 0 ? -studentTQuantile(normalCumulative(-z), df) : studentTQuantile(normalCumulative(z), df);
        expect(relative(map(z), exact)).toBeLessThan(1e-7);
      }
      expect(relative(map(1.959963984540054), studentTQuantile(0.975, df))).toBeLessThan(1e-9);
    }
  });

  it('is the identity for infinite degrees of freedom', () => {
    expect(createNormalToStudentT(Infinity)(1.5)).toBe(1.5);
  });
});

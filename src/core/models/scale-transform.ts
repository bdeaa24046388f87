/**
 * Scale transforms: a family is fitted as a straight line (or a random walk) on a transformed scale and
 * read back through the inverse — d3-scale's idea of a log scale as linear machinery plus a transform
 * pair. Exponential growth is a linear trend on the log scale; logistic and Gompertz curves with ceiling
 * K are linear trends on their linearising scales:
 *
 *   level:     y = x
 *   log:       y = ln x                               x = e^y                    (0, ∞)
 *   logistic:  y = ln(x / (K − x))                    x = K / (1 + e^(−y))        (0, K)
 *   gompertz:  y = −ln(ln K − ln x) = −ln(−ln(x/K))   x = K·exp(−e^(−y))          (0, K)
 *
 * `logAbsDerivative` is ln |dy/dx|, the Jacobian term that puts a transformed-scale likelihood on the
 * level scale (so AICc compares like with like).
 */
import type { ResidualScale } from './model-family.js';

export interface ScaleTransform {
  name: ResidualScale['scale'];
  /** the ceiling K for logistic and Gompertz scales */
  ceiling: number | null;
  /** whether x lies in the transform's domain */
  accepts(x: number): boolean;
  forward(x: number): number;
  inverse(y: number): number;
  logAbsDerivative(x: number): number;
  /** the domain in words, for failure messages */
  domainDescription: string;
}

export const levelTransform: ScaleTransform = {
  name: 'level',
  ceiling: null,
  accepts: (x) => Number.isFinite(x),
  forward: (x) => x,
  inverse: (y) => y,
  logAbsDerivative: () => 0,
  domainDescription: 'finite values',
};

export const logTransform: ScaleTransform = {
  name: 'log',
  ceiling: null,
  accepts: (x) => x > 0 && Number.isFinite(x),
  forward: (x) => Math.log(x),
  inverse: (y) => Math.exp(y),
  logAbsDerivative: (x) => -Math.log(x),
  domainDescription: 'positive values',
};

export function logisticTransform(ceiling: number): ScaleTransform {
  return {
    name: 'logistic',
    ceiling,
    accepts: (x) => x > 0 && x < ceiling,
    forward: (x) => Math.log(x) - Math.log(ceiling - x),
    inverse: (y) => ceiling / (1 + Math.exp(-y)),
    logAbsDerivative: (x) => Math.log(ceiling) - Math.log(x) - Math.log(ceiling - x),
    domainDescription: `values strictly between 0 and the ceiling ${ceiling}`,
  };
}

export function gompertzTransform(ceiling: number): ScaleTransform {
  const logCeiling = Math.log(ceiling);
  return {
    name: 'gompertz',
    ceiling,
    accepts: (x) => x > 0 && x < ceiling,
    forward: (x) => -Math.log(logCeiling - Math.log(x)),
    inverse: (y) => ceiling * Math.exp(-Math.exp(-y)),
    logAbsDerivative: (x) => -Math.log(x * (logCeiling - Math.log(x))),
    domainDescription: `values strictly between 0 and the ceiling ${ceiling}`,
  };
}

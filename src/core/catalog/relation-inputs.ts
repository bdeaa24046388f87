/**
 * The indicator ids a relation names, read cheaply with a pattern so that mathjs (heavy to load) is
 * loaded only when a relation can actually be evaluated. `deriveIndicators` checks the expression
 * properly with mathjs before using it.
 */
const MATH_NAMES = new Set(['abs', 'sqrt', 'log', 'exp', 'min', 'max', 'pow', 'round', 'floor', 'ceil', 'pi', 'e']);

export function relationInputs(expression: string): string[] {
  // Not after a digit or a point: the e of 1e8 is an exponent, not a name.
  const names = expression.match(/(?<![0-9.])[A-Za-z_][A-Za-z0-9_]*/g) ?? [];
  return [...new Set(names.filter((name) => !MATH_NAMES.has(name)))];
}

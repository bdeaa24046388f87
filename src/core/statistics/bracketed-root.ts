/**
 * A root of f inside a bracket [a, b] where f changes sign, by Brent's method (R. P. Brent, Algorithms for
 * Minimization without Derivatives, 1973, ch. 4; the `zeroin` of netlib and of R's uniroot): inverse
 * quadratic interpolation or the secant step where they make progress, bisection where they do not. It keeps
 * a bracket throughout, so it converges wherever bisection does — f may be merely monotone, with jumps —
 * and on a smooth f it needs about a fifth of bisection's evaluations for the same accuracy.
 *
 * A zero of f counts as positive, so that for an increasing f the point returned is within `tolerance` (plus a
 * few ulps) of inf{x : f(x) ≥ 0}, the generalised inverse a quantile is — where f is 0 over a whole interval
 * (a mixture of distributions far apart, at probability ½), the interval's left end, as bisection gives. When
 * both ends have the same sign (rounding at a bracket built from quantiles) it returns the end where |f| is
 * smaller, the end bisection would close in on.
 *
 * f takes its data as a second argument, so that one module-level f serves every call: V8 keeps one optimised
 * version of this loop instead of dropping it for each new closure.
 */
const EPSILON = Number.EPSILON;

/** f's value with a zero counted as positive (the smallest positive number). */
function signed(value: number): number {
  return value === 0 ? Number.MIN_VALUE : value;
}

export function bracketedRoot<Data>(f: (x: number, data: Data) => number, data: Data, a: number, b: number, tolerance: number, maximumIterations = 100): number {
  let fa = signed(f(a, data));
  let fb = signed(f(b, data));
  if ((fa > 0) === (fb > 0)) return Math.abs(fa) <= Math.abs(fb) ? a : b;
  let c = a;
  let fc = fa;
  let d = b - a;
  let e = d;
  for (let iteration = 0; iteration < maximumIterations; iteration += 1) {
    if ((fb > 0) === (fc > 0)) {
      // the root lies between b and c: c takes a's place
      c = a;
      fc = fa;
      d = b - a;
      e = d;
    }
    if (Math.abs(fc) < Math.abs(fb)) {
      // b is the best estimate so far
      a = b;
      b = c;
      c = a;
      fa = fb;
      fb = fc;
      fc = fa;
    }
    const tol = 2 * EPSILON * Math.abs(b) + 0.5 * tolerance;
    const middle = 0.5 * (c - b);
    if (Math.abs(middle) <= tol) return b;
    if (Math.abs(e) >= tol && Math.abs(fa) > Math.abs(fb)) {
      // interpolation: secant when a and c coincide, inverse quadratic otherwise
      const s = fb / fa;
      let p: number;
      let q: number;
      if (a === c) {
        p = 2 * middle * s;
        q = 1 - s;
      } else {
        const qa = fa / fc;
        const r = fb / fc;
        p = s * (2 * middle * qa * (qa - r) - (b - a) * (r - 1));
        q = (qa - 1) * (r - 1) * (s - 1);
      }
      if (p > 0) q = -q;
      else p = -p;
      // accept the step only while it stays well inside the bracket and shrinks fast enough
      if (2 * p < Math.min(3 * middle * q - Math.abs(tol * q), Math.abs(e * q))) {
        e = d;
        d = p / q;
      } else {
        d = middle;
        e = d;
      }
    } else {
      d = middle;
      e = d;
    }
    a = b;
    fa = fb;
    b += Math.abs(d) > tol ? d : middle > 0 ? tol : -tol;
    fb = signed(f(b, data));
  }
  return b;
}

/**
 * Typed errors with stable codes. The CLI prints `message` (and `remedy`) and exits with `exitCode`;
 * it never prints a stack trace for a PlancastError.
 */
export class PlancastError extends Error {
  readonly code: string;
  readonly remedy: string | undefined;
  /** 2: bad input or usage; 1: anything else that stopped the run. */
  readonly exitCode: number;

  constructor(code: string, message: string, options: { remedy?: string; exitCode?: number } = {}) {
    super(message);
    this.name = 'PlancastError';
    this.code = code;
    this.remedy = options.remedy;
    this.exitCode = options.exitCode ?? 2;
  }
}

/**
 * Compiles a Vega-Lite spec to a Vega spec with vega-lite's compile(), collecting every message the
 * compiler logs (through a custom logger) instead of letting it print, so callers and tests can insist
 * on zero warnings.
 */
import type { Spec as VegaSpec } from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { PlancastError } from '../core/errors.js';

export interface CompilerMessage {
  level: 'error' | 'warn' | 'info' | 'debug';
  message: string;
}

export interface CompiledChart {
  vegaSpec: VegaSpec;
  /** warnings and errors the compiler logged (should be empty for plancast's charts). */
  warnings: string[];
  /** everything the compiler logged, at every level. */
  messages: CompilerMessage[];
}

/**
 * A logger with vega-util's LoggerInterface that records every message instead of printing it. Vega
 * calls the methods detached from the object, so they are closures, not prototype methods.
 */
export class CollectingLogger {
  readonly messages: CompilerMessage[] = [];
  private currentLevel = 4; // debug: record everything

  private readonly record = (level: CompilerMessage['level']) => (...args: unknown[]): this => {
    this.messages.push({ level, message: args.map((part) => (typeof part === 'string' ? part : JSON.stringify(part))).join(' ') });
    return this;
  };

  readonly level = (value?: number): number | CollectingLogger => {
    if (value === undefined) return this.currentLevel;
    this.currentLevel = value;
    return this;
  };
  readonly error = this.record('error');
  readonly warn = this.record('warn');
  readonly info = this.record('info');
  readonly debug = this.record('debug');
}

/** Compiles a chart; a spec vega-lite cannot compile becomes E_CHART_SPEC_INVALID. */
export function compileSpec(spec: TopLevelSpec): CompiledChart {
  const logger = new CollectingLogger();
  let vegaSpec: VegaSpec;
  try {
    vegaSpec = compile(spec, { logger }).spec;
  } catch (error) {
    throw new PlancastError('E_CHART_SPEC_INVALID', `a chart could not be compiled: ${(error as Error).message}`, {
      remedy: 'this is a bug in a chart builder; please report it with the chart input',
      exitCode: 1,
    });
  }
  const messages = logger.messages;
  const warnings = messages.filter((entry) => entry.level === 'warn' || entry.level === 'error').map((entry) => entry.message);
  return { vegaSpec, warnings, messages };
}

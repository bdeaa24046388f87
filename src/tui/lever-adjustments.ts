/**
 * The levers a planner moves in the session, as changes on top of the current scenario: the selected
 * indicator's growth (percentage points a year), a one-off shock (year and size), a fixed ceiling, GDP
 * growth (percentage points, moving ratios with GDP as denominator such as R&D intensity) and the
 * enterprise pipeline's conversion rate (percentage points, moving high-tech enterprises). Steps and
 * limits live here, inside the scenario schema's limits. Pure.
 */
import { niceStep } from './chart-axis.js';

export const LEVER_NAMES = ['growth', 'shock-year', 'shock-size', 'ceiling', 'gdp-growth', 'pipeline-conversion'] as const;
export type LeverName = (typeof LEVER_NAMES)[number];

export interface LeverAdjustments {
  /** added to the indicator's yearly growth, in percentage points */
  growthPercentagePoints: number;
  /** the shock year; null: the first projected year */
  shockYear: number | null;
  /** the one-off level change in the shock year, in percent (0: no shock) */
  shockSizePercent: number;
  /** a fixed ceiling on the indicator; null: none added */
  ceiling: number | null;
  /** GDP growth above (+) or below (−) its trend, in percentage points */
  gdpGrowthPercentagePoints: number;
  /** added to the pipeline's yearly conversion rate of technology-based into high-tech enterprises, in points */
  pipelineConversionPercentagePoints: number;
}

export const NO_ADJUSTMENTS: LeverAdjustments = {
  growthPercentagePoints: 0, shockYear: null, shockSizePercent: 0, ceiling: null, gdpGrowthPercentagePoints: 0, pipelineConversionPercentagePoints: 0,
};

/** What stepping a lever needs to know about the selected indicator. */
export interface LeverContext {
  firstProjectedYear: number;
  lastProjectedYear: number;
  /** the latest observed value: the ceiling starts at 1.5 × it and steps by about 5 % of it */
  latestValue: number | null;
}

const LIMITS = {
  growth: { step: 0.5, minimum: -20, maximum: 20 },
  shockSize: { step: 2, minimum: -50, maximum: 50 },
  gdpGrowth: { step: 0.5, minimum: -10, maximum: 10 },
  pipeline: { step: 0.5, minimum: -10, maximum: 10 },
};

function clamp(value: number, minimum: number, maximum: number): number {
  return Math.min(maximum, Math.max(minimum, Number(value.toFixed(6))));
}

/** The ceiling's step and its first value for an indicator whose latest value is `latestValue`. */
export function ceilingSteps(latestValue: number | null): { step: number; start: number } {
  const base = latestValue !== null && latestValue > 0 ? latestValue : 1;
  const step = niceStep(base * 0.05, 1);
  return { step, start: Math.round((base * 1.5) / step) * step };
}

/** Moves one lever one step up (+1) or down (−1). */
export function stepLever(adjustments: LeverAdjustments, lever: LeverName, direction: 1 | -1, context: LeverContext): LeverAdjustments {
  switch (lever) {
    case 'growth':
      return { ...adjustments, growthPercentagePoints: clamp(adjustments.growthPercentagePoints + direction * LIMITS.growth.step, LIMITS.growth.minimum, LIMITS.growth.maximum) };
    case 'shock-year': {
      const year = (adjustments.shockYear ?? context.firstProjectedYear) + direction;
      return { ...adjustments, shockYear: clamp(year, context.firstProjectedYear, context.lastProjectedYear) };
    }
    case 'shock-size':
      return { ...adjustments, shockSizePercent: clamp(adjustments.shockSizePercent + direction * LIMITS.shockSize.step, LIMITS.shockSize.minimum, LIMITS.shockSize.maximum) };
    case 'ceiling': {
      const { step, start } = ceilingSteps(context.latestValue);
      if (adjustments.ceiling === null) return { ...adjustments, ceiling: start };
      return { ...adjustments, ceiling: Math.max(step, Number((adjustments.ceiling + direction * step).toFixed(6))) };
    }
    case 'gdp-growth':
      return { ...adjustments, gdpGrowthPercentagePoints: clamp(adjustments.gdpGrowthPercentagePoints + direction * LIMITS.gdpGrowth.step, LIMITS.gdpGrowth.minimum, LIMITS.gdpGrowth.maximum) };
    case 'pipeline-conversion':
      return { ...adjustments, pipelineConversionPercentagePoints: clamp(adjustments.pipelineConversionPercentagePoints + direction * LIMITS.pipeline.step, LIMITS.pipeline.minimum, LIMITS.pipeline.maximum) };
  }
}

/** Puts one lever back to "no change". */
export function clearLever(adjustments: LeverAdjustments, lever: LeverName): LeverAdjustments {
  switch (lever) {
    case 'growth': return { ...adjustments, growthPercentagePoints: 0 };
    case 'shock-year': return { ...adjustments, shockYear: null };
    case 'shock-size': return { ...adjustments, shockSizePercent: 0 };
    case 'ceiling': return { ...adjustments, ceiling: null };
    case 'gdp-growth': return { ...adjustments, gdpGrowthPercentagePoints: 0 };
    case 'pipeline-conversion': return { ...adjustments, pipelineConversionPercentagePoints: 0 };
  }
}

/** Whether any lever changes the scenario (a shock year alone does not: the shock has no size). */
export function hasAdjustments(adjustments: LeverAdjustments): boolean {
  return adjustments.growthPercentagePoints !== 0 || adjustments.shockSizePercent !== 0 || adjustments.ceiling !== null
    || adjustments.gdpGrowthPercentagePoints !== 0 || adjustments.pipelineConversionPercentagePoints !== 0;
}

/** A stable key for caching and for telling whether a saved file holds these adjustments. */
export function adjustmentsKey(adjustments: LeverAdjustments): string {
  return JSON.stringify(LEVER_KEYS.map((key) => adjustments[key]));
}
const LEVER_KEYS = Object.keys(NO_ADJUSTMENTS) as (keyof LeverAdjustments)[];

/**
 * How far an indicator has come toward its target (DOMAIN.md, "How planners compute today"):
 * - distance covered = (latest − base) / (target − base): the share of the planned change achieved;
 * - 完成率 (attainment) = latest / target.
 * A decreasing indicator (direction lower-is-better, such as energy use per unit of GDP) flips both: the
 * planned change is a fall, so the distance covered is (base − latest) / (base − target), and attainment
 * is target / latest, so that beating the target reads above 100 % either way (DOMAIN.md, "A decreasing
 * indicator flips the arithmetic"; the same convention as the national mid-term table's 完成率).
 *
 *   higher-is-better: base 2, latest 3, target 4 → covered 0.5, attainment 0.75
 *   lower-is-better:  base 10, latest 9, target 8 → covered 0.5, attainment 8/9
 */
import type { Direction } from '../catalog/indicator-catalog.js';

export interface ProgressInput {
  baseValue: number;
  latestValue: number;
  targetValue: number;
  direction: Direction;
}

export interface ProgressTowardTarget {
  /** share of the planned change achieved (1 when the target equals the base) */
  distanceCovered: number;
  /** 完成率, in the direction of improvement; undefined when the denominator is 0 */
  attainment: number | undefined;
}

export function progressTowardTarget(input: ProgressInput): ProgressTowardTarget {
  const { baseValue, latestValue, targetValue, direction } = input;
  const lower = direction === 'lower-is-better';
  const planned = lower ? baseValue - targetValue : targetValue - baseValue;
  const achieved = lower ? baseValue - latestValue : latestValue - baseValue;
  const distanceCovered = planned === 0 ? 1 : achieved / planned;
  const denominator = lower ? latestValue : targetValue;
  const attainment = denominator === 0 ? undefined : (lower ? targetValue : latestValue) / denominator;
  return { distanceCovered, attainment };
}

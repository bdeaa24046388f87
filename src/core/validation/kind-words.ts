/**
 * Record kinds in the words of a bureau's sheet: 实际值/实际 (actual), 目标值/目标 (target), 预计/预计值
 * (estimate), 基期值/基期 (baseline), 阶段目标 (milestone), 累计 (cumulative), 同比增长/增速 (growth) —
 * the words the report itself prints — beside the English kind names.
 */
import { RECORD_KINDS, type RecordKind } from '../records/indicator-record.js';

export const KIND_WORDS: Readonly<Record<string, RecordKind>> = {
  实际值: 'actual', 实际: 'actual', 实际数: 'actual', 完成值: 'actual', 完成: 'actual',
  目标值: 'target', 目标: 'target', 规划目标: 'target',
  预计: 'estimate', 预计值: 'estimate', 预计数: 'estimate', 估计: 'estimate', 估计值: 'estimate',
  基期值: 'baseline', 基期: 'baseline', 基数: 'baseline', 基准值: 'baseline',
  阶段目标: 'milestone', 中期目标: 'milestone',
  累计: 'cumulative', 累计值: 'cumulative',
  同比增长: 'growth', 增速: 'growth', 增长率: 'growth', 同比: 'growth',
};

/** The kind a cell names (empty: actual), or undefined when it names none. */
export function parseRecordKind(written: string): RecordKind | undefined {
  const text = written.trim();
  if (text === '') return 'actual';
  const lower = text.toLowerCase();
  if ((RECORD_KINDS as readonly string[]).includes(lower)) return lower as RecordKind;
  return KIND_WORDS[text];
}

/** The remedy for an unknown kind: the English names and the Chinese words. */
export const KIND_HELP = `use one of ${RECORD_KINDS.join(', ')} (or 实际值, 目标值, 预计, 基期值, 阶段目标, 累计, 同比增长)`;

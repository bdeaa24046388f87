/**
 * The message catalogue's keys for judging plans the way evaluations judge them (merged into the one
 * catalogue in messages.ts): the status classes of the Chongqing and national mid-term presets, why a
 * goal is not assessable, the binding-goal warning, the plan-calendar headings, growth records and the
 * default preset of the Chongqing regions. Plan names themselves come from the plan calendar
 * (seeds/plans.yaml), never from here.
 */
import { text, withParameters } from './message-text.js';

export const evaluationMessages = {
  // headings that name the plans of the calendar ("“十四五”规划目标及远景目标")
  'report.plan-goals': withParameters<{ plans: string }>((p) => `${p.plans}规划目标`, (p) => `Goals of the ${p.plans}`),
  'report.plan-results': withParameters<{ plans: string }>((p) => `${p.plans}规划目标完成情况`, (p) => `Results of the ${p.plans}`),
  'report.preset-default': withParameters<{ preset: string }>((p) => `${p.preset}（重庆市所辖地区默认采用）`, (p) => `${p.preset} (the default for Chongqing's regions)`),
  'report.binding-warnings': withParameters<{ count: number; names: string }>(
    (p) => `约束性指标预警：${p.count}项约束性目标存在完成风险（${p.names}），需采取针对性措施。`,
    (p) => `Binding-goal warning: ${p.count} binding goals are at risk (${p.names}) and call for corrective measures.`,
  ),
  'table.warning': text('预警', 'Warning'),
  'record-kind.growth': text('同比增速', 'Year-on-year growth'),

  // the Chongqing 2023 mid-term classes
  'status.completed-early': text('提前完成', 'Completed early'),
  'status.on-schedule-exceed': text('达到时序进度、预计可超额完成', 'On schedule, expected to exceed the target'),
  'status.on-schedule-expected': text('达到或基本达到时序进度、预计可如期完成', 'On or nearly on schedule, expected on time'),
  'status.behind-or-at-risk': text('未达进度或预计完成有难度', 'Behind schedule or hard to meet'),
  // the national 2023 mid-term classes
  'status.achieved-early': text('提前实现', 'Achieved early'),
  'status.ahead-of-expectations': text('快于预期', 'Faster than expected'),
  'status.in-line': text('基本符合预期', 'Broadly in line with expectations'),
  'status.lagging': text('滞后', 'Lagging'),

  'preset.chongqing': text('重庆市中期评估分类法', 'Chongqing mid-term classes'),
  'preset.national': text('国家中期评估分类法', 'National mid-term classes'),
  'methods.preset.chongqing': text(
    '以已完成距离占比与序时进度比较，并结合模拟的到期达标概率：已达到目标为“提前完成”；达到序时进度且超额完成（超过目标一定幅度）的概率不低于设定值为“达到时序进度、预计可超额完成”；达到或基本达到序时进度（差距不超过设定值）且如期完成概率不低于设定值为“达到或基本达到时序进度、预计可如期完成”；其余为“未达进度或预计完成有难度”。阈值见 models/presets.yaml（超额幅度5%、概率0.5、序时进度容差10个百分点）。',
    'the share of the distance covered is compared with the share of time elapsed and combined with the simulated probability of meeting the goal: already met is completed early; on schedule with a probability of beating the target by the margin at least the threshold is on schedule, expected to exceed; on or nearly on schedule (within the tolerance) with a probability of meeting it at least the threshold is expected on time; anything else is behind or hard to meet. The thresholds are in models/presets.yaml (a 5 % margin, probabilities of 0.5, a tolerance of 10 points of schedule).',
  ),
  'methods.preset.national': text(
    '以已完成距离占比与序时进度比较：已达到目标为“提前实现”；超出序时进度10个百分点以上为“快于预期”；与序时进度相差不超过10个百分点为“基本符合预期”；其余为“滞后”。阈值见 models/presets.yaml。',
    'the share of the distance covered is compared with the share of time elapsed: already met is achieved early; 10 points or more ahead is faster than expected; within 10 points is broadly in line; anything else is lagging. The margins are in models/presets.yaml.',
  ),
  'methods.passed-goals': text('目标年份已过的目标按目标年份当年的观测值判断是否达成（并给出差额），不再以其后的数据重新评判。', 'A goal whose year has passed is judged on its own year\'s value (met or missed, with the margin) and never re-judged on later data.'),
  'methods.cumulative-schedule': text('累计目标：规划期内已实现的累计值与“序时进度×累计目标”比较，并给出剩余年份每年尚需完成的数量。', 'A cumulative goal: the running sum over the plan years is compared with the time-elapsed share of the total, and the amount still needed each remaining year is given.'),
  'methods.binding-warning': text('约束性目标若已未达成、落后于序时进度或到期达标概率低于0.5，标注预警（各评估方法均适用）。', 'A binding goal is flagged when it was missed, is behind schedule, or has a probability of being met below 0.5 (under every method).'),

  // why a goal is not assessable
  'reason.no-base': text('缺少基期值', 'no base value'),
  'reason.no-observation-after-base': text('基期之后尚无观测值', 'no observation after the base year'),
  'reason.goal-not-after-base': text('目标年份不晚于基期', 'the goal year is not after the base year'),
  'reason.goal-year-not-observed': text('目标年份已过但缺少当年观测值', 'the goal year has passed without an observation of it'),
  'reason.cumulative-needs-schedule': text('累计目标按序时进度类方法评估', 'cumulative goals are judged by the schedule methods'),
  'reason.no-growth-ratio': text('数值非正，无法计算增速比', 'a value is not positive: no growth ratio'),

  // the binding-goal warning
  'warning.missed': text('约束性目标未达成', 'binding goal missed'),
  'warning.behind-schedule': text('约束性目标落后于序时进度', 'binding goal behind schedule'),
  'warning.low-probability': text('约束性目标达标概率偏低', 'binding goal unlikely to be met'),
};

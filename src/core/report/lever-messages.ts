/**
 * The scenario levers' part of the message catalogue (keys `lever.*`): each lever's name and what it
 * does, the labels of its sensitivity settings, and the words sensitivity and the policies use. Merged
 * into the one catalogue in messages.ts; the levers (src/core/levers/) name these keys.
 */
import { text, withParameters } from './message-text.js';

type Range = { low: string; high: string };

export const leverMessages = {
  'lever.growth-change.name': text('增速调整', 'Growth change'),
  'lever.growth-change.summary': text('所选指标的年增速加减若干个百分点或乘以倍数（可限定年份）', 'the yearly growth of the indicators named, plus points or times a multiplier (in given years)'),
  'lever.shock.name': text('冲击与恢复', 'Shock with recovery'),
  'lever.shock.summary': text('某年水平一次性变化，其后若干年内恢复一部分（默认恢复一半，其余为持久影响）', 'a one-off change of level in a year, part of it made up over the following years (by default half; the rest lasts)'),
  'lever.ceiling.name': text('上限', 'Ceiling'),
  'lever.ceiling.summary': text('指标不超过固定或不确定的上限（每条路径抽取一次）', 'the indicator stays below a fixed or an uncertain ceiling (one draw per path)'),
  'lever.drivers.name': text('驱动因素', 'Drivers'),
  'lever.drivers.summary': text('GDP、研发投入、人口增速变化，比率指标随其分子分母协调变化', 'GDP, R&D spending or population growth changed; ratio indicators follow their numerator and denominator'),
  'lever.enterprise-pipeline.name': text('企业培育管道', 'Enterprise pipeline'),
  'lever.enterprise-pipeline.summary': text('科技型企业按转化率认定为高新技术企业，三年到期部分续认定；改变转化率或企业池增速', 'a pool (technology-based enterprises) certified into high-tech enterprises at a conversion rate, lapsing after three years unless renewed'),
  'lever.plan-path.name': text('规划路径', 'Plan path'),
  'lever.plan-path.summary': text('各指标按恰好实现目标的增速增长（参照情景，不参与敏感性分析）', 'every indicator grows at the rate that meets its target exactly (a yardstick, not in sensitivity)'),
  'lever.spread.name': text('不确定性', 'Spread'),
  'lever.spread.summary': text('放大或缩小各模型的不确定性，中位数不变', 'every model\'s spread widened or narrowed around an unchanged median'),

  'lever.control.policy': text('政策杠杆（规划部门可调）', 'Policy lever (planners control it)'),
  'lever.control.risk': text('风险因素（规划部门不可控）', 'Risk (outside planners\' control)'),
  'lever.control.reference': text('参照', 'Yardstick'),

  'lever.probe.growth': withParameters<Range>((p) => `本指标年增速 ${p.low} / ${p.high}个百分点`, (p) => `growth ${p.low} / ${p.high} pp a year`),
  'lever.probe.spread': withParameters<Range>((p) => `不确定性 ${p.low} / ${p.high}`, (p) => `spread ${p.low} / ${p.high}`),
  'lever.probe.shock': withParameters<{ year: number }>((p) => `${p.year}年水平下降10%且未恢复`, (p) => `lasting 10 % loss from ${p.year}`),
  'lever.probe.ceiling': withParameters<Range>((p) => `情景上限 ${p.low} / ${p.high}`, (p) => `the scenario's ceiling ${p.low} / ${p.high}`),
  'lever.probe.gdp-growth': withParameters<Range>((p) => `GDP增速 ${p.low} / ${p.high}个百分点`, (p) => `GDP growth ${p.low} / ${p.high} pp`),
  'lever.probe.population-growth': withParameters<Range>((p) => `人口增速 ${p.low} / ${p.high}个百分点`, (p) => `population growth ${p.low} / ${p.high} pp`),
  'lever.probe.pipeline-conversion': withParameters<Range>((p) => `科技型企业转化率 ${p.low} / ${p.high}个百分点`, (p) => `pipeline conversion ${p.low} / ${p.high} pp`),
  'lever.probe.policy': withParameters<{ policy: string }>((p) => `${p.policy}（假设效果低 / 高）`, (p) => `${p.policy} (assumed low / high)`),

  'sensitivity.policies': text('政策杠杆：规划部门可调的因素', 'Policy levers: what planners control'),
  'sensitivity.risks': text('风险：规划部门不可控的不确定性', 'Risks: the uncertainty planners do not control'),
  'sensitivity.control': text('类别', 'Kind'),
  'sensitivity.groups': text('政策杠杆（各指标的增速、企业培育转化率，以及 scenarios/policies 中文章所列的各项政策，按其假设效果区间的低端和高端）是规划部门可以调节的，排在前面；风险（模型不确定性、持久冲击、GDP和人口增速、情景上限）是规划部门无法控制的，单列在后。两组各按对达标概率的最大影响排序。', 'Policy levers — the indicator\'s growth, the pipeline\'s conversion, and the essay\'s policies in scenarios/policies at the low and high end of their assumed effects — are what planners control and come first; risks — the model\'s uncertainty, a lasting shock, GDP and population growth, a scenario\'s ceiling — are what they do not control and are shown apart. Each group is ranked by the largest move of the probability.'),
  'sensitivity.policy-kind': text('政策杠杆', 'Policy lever'),
  'sensitivity.risk-kind': text('风险', 'Risk'),
  'sensitivity.policy-short': text('政策', 'Policy'),
  'sensitivity.moves-points': text('概率最大变动（百分点）', 'Largest move of the probability (percentage points)'),
  'tui.sensitivity.title': withParameters<{ indicator: string; year: number; probability: string }>((p) => `${p.indicator}：${p.year}年目标达标概率 ${p.probability} 的敏感性`, (p) => `${p.indicator}: what moves the ${p.year} goal's probability (now ${p.probability})`),
  'tui.sensitivity.hint': text('低值 / 高值设定下的达标概率；按 t 或 Esc 关闭', 'probability at the low / high setting; t or Esc closes'),
  'tui.sensitivity.low': text('低值', 'low'),
  'tui.sensitivity.high': text('高值', 'high'),
  'tui.sensitivity.moves': text('最大变动', 'moves'),
  'tui.sensitivity.none': text('该指标没有尚未到期的目标，无法做敏感性分析', 'This indicator has no goal ahead to test'),
  'tui.help.sensitivity': text('敏感性：政策杠杆与风险分开排序', 'sensitivity: policy levers and risks ranked apart'),
  'tui.lever.policy': withParameters<{ policy: string }>((p) => `政策·${p.policy}`, (p) => `${p.policy}`),
  'tui.policy.in-scenario': withParameters<{ setting: string }>((p) => `情景：${p.setting}`, (p) => `[${p.setting}]`),
  'tui.policy.off': text('未采用', 'off'),
  'tui.policy.low': text('低', 'low'),
  'tui.policy.central': text('中', 'central'),
  'tui.policy.high': text('高', 'high'),
};

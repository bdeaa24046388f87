/**
 * The evaluation report's part of the message catalogue (merged into the one catalogue in messages.ts):
 * the headings and sentences of a mid-term or final evaluation — 一、总体进展, the indicator table,
 * 二、存在问题与原因, 三、对策建议与目标调整, target proposals for a later plan, the annexes — the sources
 * by title, the reasons conflicts were settled, the models in words, and the overview of every region.
 * Plan names come from the plan calendar as parameters, never from here.
 */
import { text, withParameters } from './message-text.js';

export const evaluationReportMessages = {
  // the title, by the kind of evaluation
  'evaluation.title.mid-term': withParameters<{ region: string; plan: string }>((p) => `${p.region}科技创新${p.plan}规划中期评估报告`, (p) => `${p.region}: mid-term evaluation of the ${p.plan} for science and technology innovation`),
  'evaluation.title.final': withParameters<{ region: string; plan: string }>((p) => `${p.region}科技创新${p.plan}规划总结评估报告`, (p) => `${p.region}: final evaluation of the ${p.plan} for science and technology innovation`),
  'evaluation.title.mid-term-general': withParameters<{ region: string }>((p) => `${p.region}科技创新规划目标中期评估报告`, (p) => `${p.region}: mid-term evaluation of the science and technology innovation goals`),
  'evaluation.title.final-general': withParameters<{ region: string }>((p) => `${p.region}科技创新规划目标总结评估报告`, (p) => `${p.region}: final evaluation of the science and technology innovation goals`),

  // 一、总体进展
  'evaluation.progress': text('一、总体进展', '1. Overall progress'),
  'evaluation.goal-count': withParameters<{ plan: string; total: number; binding: number; expected: number; unstated: number }>(
    (p) => `${p.plan}规划共设置${p.total}项指标目标，其中约束性${p.binding}项、预期性${p.expected}项${p.unstated > 0 ? `、未标明属性${p.unstated}项` : ''}。`,
    (p) => `The ${p.plan} sets ${p.total} goals: ${p.binding} binding, ${p.expected} expected${p.unstated > 0 ? `, ${p.unstated} without a stated attribute` : ''}.`,
  ),
  'evaluation.goal-count-general': withParameters<{ total: number; binding: number; expected: number; unstated: number }>(
    (p) => `本次评估共涉及${p.total}项指标目标，其中约束性${p.binding}项、预期性${p.expected}项${p.unstated > 0 ? `、未标明属性${p.unstated}项` : ''}。`,
    (p) => `This evaluation covers ${p.total} goals: ${p.binding} binding, ${p.expected} expected${p.unstated > 0 ? `, ${p.unstated} without a stated attribute` : ''}.`,
  ),
  'evaluation.elapsed': withParameters<{ year: number; years: number; share: string }>(
    (p) => `截至${p.year}年，规划实施${p.years}年，序时进度为${p.share}。`,
    (p) => `By ${p.year}, ${p.years} of the plan's years have passed: ${p.share} of its time.`,
  ),
  'evaluation.elapsed-final': withParameters<{ year: number; last: number }>(
    (p) => `规划期已于${p.last}年届满（数据截至${p.year}年），以下按各目标年份的实际值判断是否完成。`,
    (p) => `The plan period ended in ${p.last} (data as of ${p.year}); each goal is judged on its own year's value.`,
  ),
  'evaluation.elapsed-none': withParameters<{ year: number; first: number }>(
    (p) => `数据截至${p.year}年，规划实施年份（自${p.first}年起）尚无观测值，以下判断基于基期数据和模拟预测。`,
    (p) => `The data end in ${p.year}: no year of the plan (from ${p.first}) is observed yet, so the judgements below rest on the base-year data and the simulation.`,
  ),
  'evaluation.classes': withParameters<{ preset: string; classes: string }>((p) => `按${p.preset}：${p.classes}。`, (p) => `By the ${p.preset}: ${p.classes}.`),
  'evaluation.class-count': withParameters<{ status: string; count: number }>((p) => `${p.status}${p.count}项`, (p) => `${p.status}: ${p.count}`),
  'evaluation.class-names': withParameters<{ entry: string; names: string }>((p) => `${p.entry}（${p.names}）`, (p) => `${p.entry} (${p.names})`),
  'evaluation.binding-mark': withParameters<{ name: string }>((p) => `${p.name}［约束性］`, (p) => `${p.name} [binding]`),
  'evaluation.halfway-all': withParameters<{ share: string; count: number }>(
    (p) => `时间过半（序时进度${p.share}），${p.count}项可评估目标完成进度均已过半，实现“时间过半、任务过半”。`,
    (p) => `Half the plan's time has passed (${p.share}) and all ${p.count} assessable goals have covered at least half their distance: half the time, half the task.`,
  ),
  'evaluation.halfway-some': withParameters<{ share: string; past: number; pastNames: string; behind: number; behindNames: string }>(
    (p) => `时间过半（序时进度${p.share}），${p.past}项目标完成进度过半，实现“时间过半、任务过半”${p.past > 0 ? `（${p.pastNames}）` : ''}；${p.behind}项尚未过半（${p.behindNames}）。`,
    (p) => `Half the plan's time has passed (${p.share}): ${p.past} goals have covered at least half their distance — half the time, half the task${p.past > 0 ? ` (${p.pastNames})` : ''}; ${p.behind} have not (${p.behindNames}).`,
  ),

  // the indicator table
  'evaluation.table': withParameters<{ plan: string }>((p) => `${p.plan}规划指标完成情况表`, (p) => `Indicator table of the ${p.plan}`),
  'evaluation.table-general': text('规划指标完成情况表', 'Indicator table'),
  'evaluation.table-note': text('表中各年数值后方括号内的数字为其数据来源编号，见附件“数据来源”；标“*”者为预计值或由同比增速推算。完成进度 =（最新值 − 基期值）/（目标值 − 基期值），序时进度 = 已过年数 / 规划年数。', 'The bracketed number after each year\'s value is its source in the annex on data sources; "*" marks an estimate or a value chained from a year-on-year growth rate. Distance covered = (latest − base) / (target − base); time elapsed = years passed / plan years.'),
  'evaluation.long-range-table': withParameters<{ plans: string }>((p) => `${p.plans}`, (p) => `${p.plans}`),
  'evaluation.next-table': withParameters<{ plans: string }>((p) => `已设定的${p.plans}规划目标`, (p) => `Goals already set for the ${p.plans}`),
  'table.unit-column': text('单位', 'Unit'),
  'table.base-in': withParameters<{ year: number }>((p) => `基期值（${p.year}）`, (p) => `Base (${p.year})`),
  'table.actual-in': withParameters<{ year: number }>((p) => `${p.year}年`, (p) => `${p.year}`),
  'table.progress': text('完成进度', 'Distance covered'),
  'table.achieved-growth': text('已实现年均增速', 'Growth achieved a year'),
  'table.historical-mark': withParameters<{ value: string }>((p) => `${p.value}（历史）`, (p) => `${p.value} (history)`),

  // 二、存在问题与原因
  'evaluation.problems': text('二、存在问题与原因', '2. Problems and their causes'),
  'evaluation.no-problems': withParameters<{ threshold: string }>(
    (p) => `没有落后于序时进度、未完成或达标概率低于${p.threshold}的目标。`,
    (p) => `No goal is behind schedule, missed, or below a ${p.threshold} probability of being met.`,
  ),
  'evaluation.problems-intro': withParameters<{ count: number; threshold: string }>(
    (p) => `以下${p.count}项目标落后于序时进度、已未完成或到期达标概率低于${p.threshold}（阈值见 models/presets.yaml），逐项分析差距与原因：`,
    (p) => `${p.count} goals are behind schedule, missed, or below a ${p.threshold} probability of being met (the threshold is in models/presets.yaml); for each, the gap and its causes:`,
  ),
  'evaluation.problem-head': withParameters<{ name: string; goal: string; status: string }>((p) => `${p.name}（目标：${p.goal}）：${p.status}。`, (p) => `${p.name} (goal: ${p.goal}): ${p.status}.`),
  'evaluation.problem-missed': withParameters<{ year: number; value: string; gap: string }>(
    (p) => `${p.year}年实际为${p.value}，未达到目标，差${p.gap}。`,
    (p) => `In ${p.year} it stood at ${p.value}: the goal was missed by ${p.gap}.`,
  ),
  'evaluation.problem-gap': withParameters<{ year: number; value: string; covered: string; elapsed: string; years: string; path: string; gap: string }>(
    (p) => `${p.year}年为${p.value}，完成进度${p.covered}，低于序时进度${p.elapsed}，落后于从基期到目标的直线路径约${p.years}年（按直线路径应达${p.path}，差${p.gap}）。`,
    (p) => `In ${p.year} it stood at ${p.value}: ${p.covered} of the distance against ${p.elapsed} of the time, about ${p.years} years behind the straight path from the base to the target (which reaches ${p.path} that year; a shortfall of ${p.gap}).`,
  ),
  'evaluation.problem-no-progress': withParameters<{ year: number }>(
    (p) => `基期（${p.year}年）之后尚无观测值，无法判断序时进度。`,
    (p) => `There is no observation after the base year (${p.year}), so progress on schedule cannot be judged.`,
  ),
  'evaluation.problem-growth-achieved': withParameters<{ required: string; achieved: string; from: number }>(
    (p) => `实现目标尚需年均增长${p.required}，而${p.from}年以来实际年均增长${p.achieved}。`,
    (p) => `Meeting it now needs ${p.required} a year, against ${p.achieved} a year achieved since ${p.from}.`,
  ),
  'evaluation.problem-growth-history': withParameters<{ required: string; historical: string }>(
    (p) => `实现目标尚需年均增长${p.required}，历史年均增速为${p.historical}。`,
    (p) => `Meeting it needs ${p.required} a year, against ${p.historical} a year in its history.`,
  ),
  'evaluation.problem-growth-required': withParameters<{ required: string }>((p) => `实现目标尚需年均增长${p.required}。`, (p) => `Meeting it needs ${p.required} a year.`),
  'evaluation.problem-yearly-amount': withParameters<{ amount: string }>((p) => `剩余年份每年尚需完成${p.amount}。`, (p) => `Each remaining year must add ${p.amount}.`),
  'evaluation.problem-probability': withParameters<{ probability: string }>((p) => `按主情景模拟，到期达标概率为${p.probability}。`, (p) => `The simulation gives it a ${p.probability} probability of being met under the main scenario.`),
  'evaluation.problem-binding': text('该指标为约束性指标，须采取针对性纠偏措施。', 'It is a binding goal: corrective measures are due.'),
  'evaluation.decomposition': withParameters<{ from: number; to: number; ratio: string; ratioGrowth: string; numerator: string; numeratorGrowth: string; numeratorReference: string; denominator: string; denominatorGrowth: string; denominatorReference: string; numeratorShare: string; denominatorShare: string; main: string }>(
    (p) => `从构成看，${p.from}—${p.to}年${p.ratio}年均变化${p.ratioGrowth}：${p.numerator}年均增长${p.numeratorGrowth}（${p.numeratorReference}），${p.denominator}年均增长${p.denominatorGrowth}（与目标路径相容的增速为${p.denominatorReference}）。差距约${p.numeratorShare}来自${p.numerator}，约${p.denominatorShare}来自${p.denominator}，主要制约因素是${p.main}。`,
    (p) => `By its parts: over ${p.from}–${p.to} ${p.ratio} changed ${p.ratioGrowth} a year; ${p.numerator} grew ${p.numeratorGrowth} a year (${p.numeratorReference}) and ${p.denominator} ${p.denominatorGrowth} a year (consistent with the path: ${p.denominatorReference}). About ${p.numeratorShare} of the shortfall comes from ${p.numerator} and ${p.denominatorShare} from ${p.denominator}: it was held back mainly by ${p.main}.`,
  ),
  'evaluation.decomposition-one-sided': withParameters<{ from: number; to: number; ratio: string; ratioGrowth: string; numerator: string; numeratorGrowth: string; numeratorReference: string; denominator: string; denominatorGrowth: string; denominatorReference: string; cause: string; helper: string }>(
    (p) => `从构成看，${p.from}—${p.to}年${p.ratio}年均变化${p.ratioGrowth}：${p.numerator}年均增长${p.numeratorGrowth}（${p.numeratorReference}），${p.denominator}年均增长${p.denominatorGrowth}（与目标路径相容的增速为${p.denominatorReference}）。差距全部来自${p.cause}；${p.helper}的变化缩小了差距。`,
    (p) => `By its parts: over ${p.from}–${p.to} ${p.ratio} changed ${p.ratioGrowth} a year; ${p.numerator} grew ${p.numeratorGrowth} a year (${p.numeratorReference}) and ${p.denominator} ${p.denominatorGrowth} a year (consistent with the path: ${p.denominatorReference}). The whole shortfall comes from ${p.cause}; ${p.helper} narrowed it.`,
  ),
  'evaluation.percentage-points': withParameters<{ value: string }>((p) => `${p.value}个百分点`, (p) => `${p.value} percentage points`),
  'evaluation.reference.own-goal': withParameters<{ growth: string }>((p) => `按其自身目标的直线路径应为${p.growth}`, (p) => `its own goal's straight path: ${p.growth}`),
  'evaluation.reference.earlier-trend': withParameters<{ growth: string }>((p) => `按基期前趋势应为${p.growth}`, (p) => `its trend before the base: ${p.growth}`),
  'evaluation.requirement': withParameters<{ ratio: string; requiredRatio: string; numerator: string; requiredNumerator: string; numeratorHistory: string; denominator: string; denominatorHistory: string }>(
    (p) => `若${p.denominator}保持历史年均增速${p.denominatorHistory}，${p.ratio}需年均提高${p.requiredRatio}，${p.numerator}需年均增长${p.requiredNumerator}，而其历史年均增速为${p.numeratorHistory}。`,
    (p) => `If ${p.denominator} keeps growing ${p.denominatorHistory} a year as it has, ${p.ratio} must rise ${p.requiredRatio} a year, so ${p.numerator} must grow ${p.requiredNumerator} a year, against ${p.numeratorHistory} in its history.`,
  ),

  // 三、对策建议与目标调整
  'evaluation.measures': text('三、对策建议与目标调整', '3. Measures and proposed target adjustments'),
  'evaluation.no-measures': withParameters<{ threshold: string }>(
    (p) => `所有尚未到期目标的达标概率均不低于${p.threshold}，暂不需要调整目标；建议保持现有政策力度并跟踪监测。`,
    (p) => `Every goal still ahead has a probability of at least ${p.threshold} of being met: no target needs adjusting; keep the current policies and monitor.`,
  ),
  'evaluation.measures-intro': withParameters<{ count: number; threshold: string }>(
    (p) => `对达标概率低于${p.threshold}的${p.count}项目标，列出敏感性分析中对其达标概率影响最大的政策杠杆，以及按主情景模拟分别有50%和80%把握实现的目标值。`,
    (p) => `For the ${p.count} goals below a ${p.threshold} probability: the policy levers that move it most in the sensitivity analysis, and the values that would be met with 50 % and 80 % probability under the main scenario.`,
  ),
  'evaluation.congress-note': text('目标调整须报请人民代表大会（或其常务委员会）审议批准；上述调整值仅为提交审议的建议，不代表已作调整。', 'Changing a target needs the approval of the people\'s congress (or its standing committee): the values above are proposals for it to decide, not adjustments made.'),
  'evaluation.measure-levers': withParameters<{ name: string; levers: string }>((p) => `${p.name}：政策杠杆中对其达标概率影响最大的是${p.levers}。`, (p) => `${p.name}: among the policy levers, what moves its probability most is ${p.levers}.`),
  'evaluation.measure-lever': withParameters<{ lever: string; low: string; high: string }>((p) => `${p.lever}（达标概率${p.low}至${p.high}）`, (p) => `${p.lever} (probability ${p.low} to ${p.high})`),
  'evaluation.measure-risk': withParameters<{ lever: string; low: string; high: string }>((p) => `主要风险是${p.lever}（达标概率${p.low}至${p.high}）。`, (p) => `The main risk is ${p.lever} (probability ${p.low} to ${p.high}).`),
  'evaluation.measure-no-sensitivity': withParameters<{ name: string }>((p) => `${p.name}：敏感性分析只针对各指标的主要目标，本目标未单独分析。`, (p) => `${p.name}: the sensitivity analysis covers each indicator's main goal only; this goal was not analysed on its own.`),
  'evaluation.measure-adjust': withParameters<{ year: number; v50: string; v80: string }>(
    (p) => `如确需调整，${p.year}年目标可考虑设为${p.v50}（约50%把握）或${p.v80}（约80%把握），提请人民代表大会审议决定。`,
    (p) => `Should it be adjusted, the ${p.year} target could be set at ${p.v50} (met with about 50 % probability) or ${p.v80} (about 80 %), for the people's congress to decide.`,
  ),
  'evaluation.measure-binding': text('作为约束性指标，应优先加大政策力度、采取纠偏措施，原则上不下调目标。', 'As a binding goal, stronger policy and corrective measures come first; its target is in principle not lowered.'),
  'evaluation.value-with-growth': withParameters<{ value: string; growth: string }>((p) => `${p.value}（年均增长${p.growth}）`, (p) => `${p.value} (${p.growth} a year)`),
  'evaluation.adjusted-at': withParameters<{ confidence: string }>((p) => `${p.confidence}把握目标值`, (p) => `Value met with ${p.confidence} probability`),
  'evaluation.main-levers': text('影响最大的政策杠杆', 'Policy levers that move it most'),
  'evaluation.proposal-status': text('性质', 'Standing'),
  'evaluation.proposal-for-congress': text('建议，待人大审议', 'proposal for the congress'),
  'evaluation.proposal-binding': text('约束性：先纠偏，原则上不下调', 'binding: correct first, in principle not lowered'),

  // target proposals for a later plan
  'proposal.section': withParameters<{ number: string; plan: string }>((p) => `${p.number}${p.plan}目标建议`, (p) => `${p.number}Target proposals for the ${p.plan}`),
  'proposal.intro': withParameters<{ year: number; first: number; last: number; confidences: string }>(
    (p) => `下表列出各指标${p.year}年在各情景下分别有${p.confidences}把握达到的数值（模拟路径的分位数），以及由此隐含的${p.first}—${p.last}年年均增速。目标值由人民代表大会审议决定，此处仅为测算建议。`,
    (p) => `For every indicator: the ${p.year} value reached with ${p.confidences} probability under each scenario (quantiles of the simulated paths), and the yearly growth over ${p.first}–${p.last} it implies. Targets are for the people's congress to decide; these are proposals.`,
  ),
  'proposal.reference-corpus': text(
    '“同类序列”一栏：在校准预测所用参照语料（见附件6）中与该指标同一参照类的序列里，五年区间年均增速不低于该增速的区间所占比例。各指标所用参照类：',
    'The "comparable series" column: of the five-year windows of the series in the indicator\'s reference class of the reference corpora the calibrated forecasts learn from (Annex 6), the share that grew at least this fast a year. The classes used:',
  ),
  'proposal.reference-class': withParameters<{ name: string; series: number; windows: number; names: string }>(
    (p) => `${p.name}：${p.series}条序列、${p.windows}个五年区间（${p.names}）`,
    (p) => `${p.name}: ${p.series} series, ${p.windows} five-year windows (${p.names})`,
  ),
  'proposal.reference-named': withParameters<{ corpus: string; name: string }>((p) => `${p.corpus}中的“${p.name}”`, (p) => `"${p.name}" of the ${p.corpus}`),
  'proposal.reference-general': withParameters<{ corpus: string }>((p) => `${p.corpus}（通用参照类：以下指标无专属参照类）`, (p) => `the ${p.corpus} (the general class: these indicators have no class of their own)`),
  'proposal.base-projected': withParameters<{ year: number; names: string }>(
    (p) => `以下指标${p.year}年尚无观测值，基期值取主情景预测中位数：${p.names}。`,
    (p) => `These indicators have no observation for ${p.year}; their base is the main scenario's median projection: ${p.names}.`,
  ),
  'proposal.rules-intro': text('规划编制常用测算方法的结果，供比较：趋势外推（历史年均增速延续）、翻番（期末为基期的2倍，即“双倍增”）、上级目标分解（上级地区同期目标，总量指标按本地区所占比重分解）。', 'What the planners\' common rules give, for comparison: the trend (the historical growth continued), doubling (twice the base year by the end, Chongqing\'s 双倍增) and the cascade of the parent region\'s target (the same level for ratios; for amounts, the region\'s share of the parent\'s).'),
  'proposal.rules-table': text('常用测算方法', 'Planners\' common rules'),
  'proposal.reachable-table': text('各情景下可达到的目标值', 'Values reachable under each scenario'),
  'proposal.base': withParameters<{ year: number }>((p) => `基期值（${p.year}）`, (p) => `Base (${p.year})`),
  'proposal.projected-mark': withParameters<{ value: string }>((p) => `${p.value}（预测）`, (p) => `${p.value} (projected)`),
  'proposal.at-confidence': withParameters<{ confidence: string; year: number }>((p) => `${p.year}年${p.confidence}把握值`, (p) => `${p.year} value, ${p.confidence} probability`),
  'proposal.cell': withParameters<{ value: string; growth: string; share: string }>((p) => `${p.value}（年均${p.growth}；同类序列${p.share}）`, (p) => `${p.value} (${p.growth} a year; comparable series ${p.share})`),
  'proposal.cell-no-reference': withParameters<{ value: string; growth: string }>((p) => `${p.value}（年均${p.growth}）`, (p) => `${p.value} (${p.growth} a year)`),
  'proposal.rule.trend': text('趋势外推', 'Trend'),
  'proposal.rule.doubling': text('翻番（双倍增）', 'Doubling (双倍增)'),
  'proposal.rule.cascade': text('上级目标分解', 'Parent target cascaded'),
  'proposal.existing-goal': text('数据中已有目标', 'Goal already in the data'),
  'proposal.cascade-share': withParameters<{ parent: string; share: string; year: number }>((p) => `按${p.year}年占${p.parent}${p.share}`, (p) => `${p.share} of ${p.parent} in ${p.year}`),
  'proposal.cascade-level': withParameters<{ parent: string }>((p) => `与${p.parent}目标持平`, (p) => `${p.parent}'s level`),
  'proposal.none': text('没有可预测的指标。', 'No indicator can be projected.'),

  // annexes
  'annex.charts': text('附件1：指标走势与预测', 'Annex 1: indicator charts and projections'),
  'annex.scenarios': text('附件2：情景分析', 'Annex 2: scenarios'),
  'annex.sensitivity': text('附件3：敏感性分析', 'Annex 3: sensitivity analysis'),
  'annex.sources': text('附件4：数据来源', 'Annex 4: data sources'),
  'annex.conflicts': text('附件5：来源冲突及处理', 'Annex 5: conflicting sources and how they were settled'),
  'annex.methods': text('附件6：方法说明', 'Annex 6: methods'),
  'annex.models': text('附件7：各指标模型', 'Annex 7: the model of each indicator'),
  'sources.intro': text('本报告所用数据的来源文件（按编号），以及各数值所在的表格或章节、行号和原文写法。', 'The documents this report\'s values come from (by number), then each value with its table or section, line and the number as written.'),
  'sources.number': text('编号', 'No.'),
  'sources.title': text('文件名称', 'Title'),
  'sources.issuer': text('发布机关', 'Issued by'),
  'sources.document-number': text('文号', 'Document number'),
  'sources.date': text('日期', 'Date'),
  'sources.tables': text('所涉表格或章节', 'Tables and sections cited'),
  'sources.described': withParameters<{ title: string }>((p) => `${p.title}（页面内容说明）`, (p) => `${p.title} (description of the page)`),
  'sources.published': withParameters<{ date: string; published: string }>((p) => `${p.date}（${p.published}发布）`, (p) => `${p.date} (published ${p.published})`),
  'sources.published-only': withParameters<{ published: string }>((p) => `${p.published}发布`, (p) => `published ${p.published}`),
  'sources.files': text('来源文件的存档编号或网址（供核对原文）：', 'File names and addresses of the sources (to check the originals):'),
  'sources.seed-copy': withParameters<{ number: string; file: string }>((p) => `原文存档第${p.number}号（seed-documents）`, (p) => `archived original no. ${p.number} (seed-documents/${p.file})`),
  'sources.values': text('各数值出处', 'Where each value comes from'),
  'sources.source': text('来源', 'Source'),
  'source.user-data': withParameters<{ file: string }>((p) => `用户提供数据（${p.file}）`, (p) => `User-supplied data (${p.file})`),
  'source.cited': withParameters<{ number: number; location: string }>((p) => `［${p.number}］${p.location}`, (p) => `[${p.number}] ${p.location}`),
  'source.number': withParameters<{ number: number }>((p) => `［${p.number}］`, (p) => `[${p.number}]`),
  'source.value-in': withParameters<{ value: string; year: number; source: string }>((p) => `${p.value}（${p.year}年，${p.source}）`, (p) => `${p.value} (${p.year}, ${p.source})`),
  'conflict.note': text('采用理由', 'Why this value'),
  'conflict-reason.plan-table-over-text': text('采用规划指标表中的数值（规划目标据此测算），正文中的不同表述另列备查。', 'The plan\'s indicator table is used (its targets are measured from it); the text\'s different figure is kept for the record.'),
  'conflict-reason.plan-table-over-estimate': text('采用规划指标表中的数值；其他位置将同一数值写作预计值。', 'The plan\'s indicator table is used; elsewhere the same year is given as an estimate.'),
  'conflict-reason.text-over-table': text('采用正文中口径一致的数值；表格中的数值口径较宽（包含其他类别）。', 'The text\'s figure is used, on the indicator\'s definition; the table\'s figure counts more categories.'),
  'conflict-reason.plan-base-over-public-page': text('采用规划自身的基期值（规划目标据此测算），公开网页数值另列备查。', 'The plan\'s own base value is used (its target is measured from it); the public page\'s figure is kept for the record.'),
  'conflict-reason.other-definition': text('公开网页数值可能采用不同统计口径，仅列示、不用于建模。', 'The public page\'s figure probably follows another definition: shown, not modelled.'),
  'conflict-reason.tagged-other-year': text('该数值写在另一年份栏内，但标注了其实际年份，按标注年份使用。', 'The value stands in another year\'s column but is tagged with its own year, which is used.'),
  'conflict-reason.cumulative-not-level': text('原文表明该目标为规划期累计值，而非期末年度值。', 'The text makes the goal a sum over the plan period, not an end-year level.'),
  'conflict-reason.level-not-sum': text('同一数值按年末存量使用（对应的目标为存量），累计口径的记录另列。', 'The figure is used as the end-year level (the goal is a level); the record read as a sum is kept beside it.'),
  'conflict-reason.document-own-projection': text('采用文件自身测算的预测值。', 'The document\'s own computed projection is used.'),
  'conflict-reason.document-own-window': text('采用文件自身选定的测算时间窗口所得增速。', 'The growth over the window the document itself chose is used.'),
  'conflict-reason.implausible-value': text('另一处数值明显不合理（疑遗漏“万”字），采用合理的数值。', 'The other figure is implausible (a 万 was probably lost); the plausible one is used.'),
  'conflict.reason-unkeyed': text('见原始数据备注', 'See the data file\'s note'),

  // the models in words
  'model.row-sentence': withParameters<{ name: string; family: string; observations: number; criterion: string; evidence: string; source: string }>(
    (p) => `${p.name}：采用${p.family}（观测值${p.observations}个；选择依据：${p.criterion}；证据：${p.evidence}；预测区间来源：${p.source}）。`,
    (p) => `${p.name}: ${p.family} (${p.observations} observations; chosen by ${p.criterion}; evidence: ${p.evidence}; interval spread from ${p.source}).`,
  ),
  'model.none-fitted': withParameters<{ name: string }>((p) => `${p.name}：无法拟合模型，未作预测。`, (p) => `${p.name}: no model could be fitted, so nothing is projected.`),

  // methods of the evaluation
  'methods.evaluation': text('评估方法', 'How the evaluation is made'),
  'methods.evaluation-kind': text('评估类型按评估年份与规划期对照确定：评估年份早于规划末年为中期评估，达到或晚于规划末年为总结评估；指定 --as-of 时评估该年份已开始的最近一个规划，否则评估当前规划。', 'The kind of evaluation follows the assessment year against the plan calendar: before the plan\'s last year a mid-term evaluation, from its last year on a final evaluation; with --as-of the latest plan begun by that year is evaluated, otherwise the current plan.'),
  'methods.halfway': text('“时间过半、任务过半”：序时进度达到一半时，完成进度（已完成距离占比）不低于一半的目标即实现“任务过半”。', '"Half the time, half the task": once half the plan\'s time has passed, a goal that has covered at least half its distance has done half its task.'),
  'methods.gap': text('差距分析：落后年数为实际值在从基期到目标的直线路径上对应的年份与实际年份之差；数值差距为直线路径在最新年份的值与实际值之差。', 'The gap: the years behind are how far the year at which the straight path from the base to the target reaches the actual value lies from the actual year; the shortfall is the straight path\'s value in the latest year minus the actual value.'),
  'methods.decomposition': text('比率指标分解：比率 = 分子 / 分母。比率与其直线路径的差距（对数）恰好等于分子低于其参照路径的部分与分母高于相容路径的部分之和；分子的参照路径为其自身同期目标的直线路径，没有目标时为基期前趋势。', 'A ratio\'s decomposition: ratio = numerator / denominator. The ratio\'s shortfall from its straight path (in logs) is exactly the numerator\'s shortfall from its reference path plus the denominator\'s excess over the path consistent with the ratio\'s; the numerator\'s reference is the straight path to its own goal of the plan, or its trend before the base.'),
  'methods.adjusted-targets': text('调整目标值：主情景下模拟路径在目标年份的分位数——有p把握实现的值为第(1−p)分位数（数值越低越好的指标取第p分位数），按三位有效数字向稳妥方向取整。', 'Adjusted targets: quantiles of the simulated paths in the goal year under the main scenario — the value met with probability p is the (1 − p) quantile (the p quantile for lower-is-better indicators), rounded to three significant digits towards the safe side.'),
  'methods.levers': text('政策杠杆与风险：敏感性分析中规划部门可调的因素（本指标增速、企业培育转化率等）为政策杠杆，模型不确定性、持久冲击、GDP和人口增速等为风险。', 'Policy levers and risks: in the sensitivity analysis, what planners control (the indicator\'s growth, the enterprise pipeline\'s conversion and the like) are policy levers; the model\'s uncertainty, a lasting shock, GDP and population growth are risks.'),

  // the overview of every region
  'overview.title': text('各地区科技创新规划目标评估总览', 'Every region at a glance: evaluation of the science and technology plan goals'),
  'overview.subtitle': withParameters<{ count: number; year: string }>((p) => `共${p.count}个地区 · ${p.year}`, (p) => `${p.count} regions · ${p.year}`),
  'overview.status-section': text('各地区目标状态', 'Status of the goals by region'),
  'overview.goal-count': text('目标数（项）', 'Goals'),
  'overview.status-intro': text('各地区本次评估所涉规划目标按状态分类的数量（按各地区采用的评估方法）。', 'How many of each region\'s goals fall in each status class (by each region\'s assessment method).'),
  'overview.goals-section': text('主要目标达标概率对比', 'The main goals side by side'),
  'overview.goals-intro': text('各地区各指标主要目标（当前规划期末目标）的目标值与按主情景模拟的达标概率。', 'Each region\'s main goal of each indicator (the current plan\'s end target) and its probability of being met under the main scenario.'),
  'overview.reports-section': text('各地区评估报告', 'The reports'),
  'overview.region': text('地区', 'Region'),
  'overview.report': text('报告', 'Report'),
  'overview.evaluation': text('评估', 'Evaluation'),
  'overview.kind.mid-term': text('中期评估', 'mid-term'),
  'overview.kind.final': text('总结评估', 'final'),
  'overview.data-year': text('数据截至', 'Data as of'),
  'overview.open': text('打开报告', 'open the report'),
  'overview.chart-title': text('各地区目标状态分布', 'Goals by status in each region'),
  'overview.goal-cell': withParameters<{ goal: string; probability: string }>((p) => `${p.goal}：${p.probability}`, (p) => `${p.goal}: ${p.probability}`),
  'overview.sheet': text('各地区总览', 'Overview'),
};

/** A scenario's levers as short sentences, for `scenarios show`, the report and the TUI. */
import type { ScenarioSpec } from './scenario-spec.js';

type Language = 'zh' | 'en';

const KIND_NAMES: Readonly<Record<string, { zh: string; en: string }>> = {
  flow: { zh: '流量类指标', en: 'flow indicators' },
  stock: { zh: '存量类指标', en: 'stock indicators' },
  ratio: { zh: '比率类指标', en: 'ratio indicators' },
  share: { zh: '占比类指标', en: 'share indicators' },
  count: { zh: '计数类指标', en: 'count indicators' },
};

function selectorText(selector: string | string[], language: Language): string {
  const one = (entry: string): string => {
    if (entry === '*') return language === 'zh' ? '全部指标' : 'all indicators';
    const kind = /^kind:(\w+)$/.exec(entry)?.[1];
    return kind !== undefined && KIND_NAMES[kind] ? KIND_NAMES[kind][language] : entry;
  };
  return (Array.isArray(selector) ? selector : [selector]).map(one).join(language === 'zh' ? '、' : ', ');
}

function yearsText(from: number | undefined, to: number | undefined): string {
  if (from === undefined && to === undefined) return '';
  return ` (${from ?? '…'}–${to ?? '…'})`;
}

function signed(value: number): string {
  return value > 0 ? `+${value}` : String(value);
}

export function describeScenarioLevers(scenario: ScenarioSpec, language: Language): string[] {
  const zh = language === 'zh';
  const lines: string[] = [];
  for (const lever of scenario.growth) {
    const parts = [
      lever.multiplier !== undefined ? (zh ? `增速×${lever.multiplier}` : `growth × ${lever.multiplier}`) : '',
      lever.percentagePoints !== undefined ? (zh ? `增速${signed(lever.percentagePoints)}个百分点` : `growth ${signed(lever.percentagePoints)} pp`) : '',
    ].filter(Boolean);
    lines.push(`${selectorText(lever.indicators, language)}: ${parts.join(', ')}${yearsText(lever.from, lever.to)}`);
  }
  for (const shock of scenario.shocks) {
    lines.push(zh
      ? `${selectorText(shock.indicators, language)}: ${shock.year}年水平${signed(shock.sizePercent)}%，${shock.recoveryYears}年内恢复`
      : `${selectorText(shock.indicators, language)}: level ${signed(shock.sizePercent)} % in ${shock.year}, recovered over ${shock.recoveryYears} years`);
  }
  for (const ceiling of scenario.ceilings) {
    const value = ceiling.range ? `${ceiling.range[0]}–${ceiling.range[1]}` : String(ceiling.value);
    lines.push(zh ? `${ceiling.indicator}: 上限 ${value}` : `${ceiling.indicator}: ceiling ${value}${ceiling.range ? ' (uncertain)' : ''}`);
  }
  if (scenario.drivers) {
    for (const [name, driver] of Object.entries(scenario.drivers)) {
      if (typeof driver !== 'object' || driver === null) continue;
      lines.push(zh ? `驱动 ${name}: 年增速 ${driver.growthPercent}% ± ${driver.spreadPercent}` : `driver ${name}: growth ${driver.growthPercent} % ± ${driver.spreadPercent} pp`);
    }
  }
  if (scenario.pipeline) {
    const pipeline = scenario.pipeline;
    const rate = pipeline.conversionRatePercent !== undefined ? `${pipeline.conversionRatePercent} %` : zh ? '按基准趋势校准' : 'calibrated to the baseline';
    lines.push(zh
      ? `培育管道: 科技型企业→高新技术企业 转化率 ${rate}${pipeline.conversionRateChangePercentagePoints ? ` ${signed(pipeline.conversionRateChangePercentagePoints)}个百分点` : ''}，到期续认定率 ${pipeline.renewalRatePercent}%`
      : `pipeline: tech → high-tech conversion ${rate}${pipeline.conversionRateChangePercentagePoints ? ` ${signed(pipeline.conversionRateChangePercentagePoints)} pp` : ''}, renewal ${pipeline.renewalRatePercent} % after ${pipeline.certificationYears} years`);
  }
  if (scenario.planPath) lines.push(zh ? '各指标按恰好实现目标的增速增长' : 'every indicator grows at the rate that meets its target exactly');
  if (scenario.spreadMultiplier !== 1) lines.push(zh ? `不确定性×${scenario.spreadMultiplier}` : `spread × ${scenario.spreadMultiplier}`);
  return lines;
}

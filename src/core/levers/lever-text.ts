/** Small pieces of text the levers' sentences share: an indicator selector, a year range, a signed number. */
import type { Language } from '../report/messages.js';

const KIND_NAMES: Readonly<Record<string, { zh: string; en: string }>> = {
  flow: { zh: '流量类指标', en: 'flow indicators' },
  stock: { zh: '存量类指标', en: 'stock indicators' },
  ratio: { zh: '比率类指标', en: 'ratio indicators' },
  share: { zh: '占比类指标', en: 'share indicators' },
  count: { zh: '计数类指标', en: 'count indicators' },
};

/** `rd_expenditure`, `kind:flow` → 流量类指标, `*` → 全部指标; lists joined. */
export function selectorText(selector: string | readonly string[], language: Language): string {
  const one = (entry: string): string => {
    if (entry === '*') return language === 'zh' ? '全部指标' : 'all indicators';
    const kind = /^kind:(\w+)$/.exec(entry)?.[1];
    return kind !== undefined && KIND_NAMES[kind] ? KIND_NAMES[kind][language] : entry;
  };
  return (typeof selector === 'string' ? [selector] : selector).map(one).join(language === 'zh' ? '、' : ', ');
}

export function yearsText(from: number | undefined, to: number | undefined): string {
  if (from === undefined && to === undefined) return '';
  return ` (${from ?? '…'}–${to ?? '…'})`;
}

export function signed(value: number): string {
  return value > 0 ? `+${value}` : String(value);
}

/** A number for a label, without float noise (0.1 + 0.2 → 0.3). */
export function round(value: number): number {
  return Number(value.toFixed(6));
}

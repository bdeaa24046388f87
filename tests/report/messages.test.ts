/**
 * The message catalogue: every key in both languages, Chinese text actually Chinese, parameters
 * substituted, and a name for every progress status.
 */
import { describe, expect, it } from 'vitest';
import { LANGUAGES, MESSAGE_KEYS, STATUS_NAMES, messagesFor, statusName, translate, type MessageKey } from '../../src/core/report/messages.js';

const sampleParameters = { region: '渝北区', year: 2023, version: '0.1.0', total: 10, onTrack: 6, achieved: 2, indicator: '研发投入强度', unit: '%', comparator: '≥', value: '4.8', probability: '46%', family: 'logistic', reason: 'too few points', paths: 10000, seed: '42', generator: 'xoshiro128**', plans: '“十四五”', count: 2, names: '研发投入强度 2025', number: 1, location: '表1', goal: '2025年≥4.8' };
const englishParameters = { ...sampleParameters, region: 'Yubei', indicator: 'R&D intensity', plans: '14th Five-Year Plan', names: 'R&D intensity 2025', location: 'Table 1', goal: '≥ 4.8 by 2025' };
const render = (language: 'zh' | 'en', key: MessageKey) =>
  (translate as (language: string, key: string, params?: unknown) => string)(language, key, language === 'zh' ? sampleParameters : englishParameters);
/** Keys whose text is the same symbol or acronym in both languages. */
const languageNeutral = new Set<MessageKey>(['report.not-available', 'model.aicc', 'source.number']);

describe('the message catalogue', () => {
  it.each(MESSAGE_KEYS.map((key) => [key]))('%s has non-empty text in both languages, Chinese in zh', (key) => {
    for (const language of LANGUAGES) expect(render(language, key).trim()).not.toBe('');
    if (!languageNeutral.has(key)) {
      expect(render('zh', key)).toMatch(/[\u4e00-\u9fff]/);
      // English text may quote a Chinese term in brackets, as in "Time-elapsed schedule (序时进度)"
      expect(render('en', key).replace(/\([^)]*\)/g, '')).not.toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('substitutes parameters', () => {
    expect(translate('zh', 'report.title', { region: '渝北区' })).toBe('渝北区科技创新规划中期评估报告');
    expect(translate('en', 'chart.target-label', { comparator: '≥', value: '4.8', year: 2025 })).toBe('2025 target ≥ 4.8');
    expect(translate('zh', 'axis.value', { unit: '' })).toBe('数值');
    expect(translate('en', 'table.projected-median', { year: 2025 })).toBe('Median projection 2025');
  });

  it('gives the table headers a 中期评估 needs', () => {
    expect(['table.indicator', 'table.base', 'table.latest', 'table.target', 'table.attainment', 'table.time-elapsed', 'table.status', 'table.probability', 'table.required-growth', 'table.historical-growth'].map((key) => translate('zh', key as 'table.base')))
      .toEqual(['指标', '基期值', '最新值', '目标值', '完成率', '序时进度', '状态', '达标概率', '所需年均增速', '历史年均增速']);
  });

  it('names every progress status in both languages', () => {
    for (const status of STATUS_NAMES) for (const language of LANGUAGES) expect(statusName(language, status)).not.toBe('');
    expect(statusName('zh', 'on-track')).toBe('符合序时进度');
    expect(statusName('en', 'sun-and-cloud')).toBe('Sun and cloud');
  });

  it('messagesFor gives the same text as translate', () => {
    const zh = messagesFor('zh');
    expect(zh['legend.median']).toBe('中位数预测');
    expect(zh['chart.fan.title']({ indicator: 'GDP' })).toBe(translate('zh', 'chart.fan.title', { indicator: 'GDP' }));
    expect(Object.keys(messagesFor('en'))).toEqual(MESSAGE_KEYS);
  });
});

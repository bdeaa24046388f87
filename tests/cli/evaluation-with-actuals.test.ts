/**
 * The evaluation with a bureau's own 2021–2023 actuals (`report --data … --as-of 2023`), as a user runs it:
 * the indicator table gains a column per year; 二、存在问题与原因 quantifies each gap against the straight
 * path in value and in years, the growth now required against the growth achieved, and splits R&D
 * intensity's shortfall between R&D spending and GDP — every figure worked by hand below from the plan's
 * base (2020: R&D 88.39 亿元, intensity 4.4 %, GDP 2009.52 亿元; goals 2025: 140 亿元 and 4.8 %).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPlancast } from '../helpers/run-plancast.js';
import { useTemporaryDirectory } from '../helpers/temporary-files.js';

const files = useTemporaryDirectory('plancast-evaluation-actuals-');
const data = files.write('yubei-2021-2023.csv', [
  'region,indicator,year,value,kind',
  'yubei,rd_expenditure,2021,95,actual', 'yubei,rd_expenditure,2022,102,actual', 'yubei,rd_expenditure,2023,110,actual',
  'yubei,gdp,2021,2150,actual', 'yubei,gdp,2022,2300,actual', 'yubei,gdp,2023,2450,actual',
  'yubei,rd_intensity,2021,4.42,actual', 'yubei,rd_intensity,2022,4.43,actual', 'yubei,rd_intensity,2023,4.49,actual',
].join('\n'));
const percent = (share: number): string => `${(share * 100).toFixed(1)}%`;

async function report(language: 'zh' | 'en'): Promise<string> {
  const out = files.path(`report-${language}`);
  const run = await runPlancast('report', '--region', 'yubei', '--data', data, '--as-of', '2023', '--lang', language, '--paths', '300', '--no-png', '--out', out);
  expect(run.exitCode, run.stderr).toBe(0);
  return readFileSync(join(out, 'report.md'), 'utf8');
}

describe('a mid-term evaluation with 2021–2023 actuals', () => {
  it('shows each year\'s actual, the gaps in value and years, and the ratio\'s shortfall by its parts (zh)', async () => {
    const text = await report('zh');
    expect(text).toMatch(/^# 渝北区科技创新“十四五”规划中期评估报告/);
    expect(text).toContain('| 指标 | 单位 | 属性 | 基期值（2020） | 2021年 | 2022年 | 2023年 | 目标 |');
    // R&D spending: the straight path gives 88.39 + 3/5 × (140 − 88.39) = 119.356 in 2023, 9.356 above 110;
    // 110 is where the path was after (110 − 88.39)/(51.61/5) = 2.09 years, 0.9 years behind
    expect(text).toContain('落后于从基期到目标的直线路径约0.9年（按直线路径应达119.36亿元，差9.36亿元）');
    expect(text).toContain(`实现目标尚需年均增长${percent((140 / 110) ** 0.5 - 1)}，而2020年以来实际年均增长${percent((110 / 88.39) ** (1 / 3) - 1)}`);
    // intensity: path 4.4 + 0.6 × 0.4 = 4.64 in 2023; R&D on its own goal's path would have grown (119.356/88.39)^(1/3) − 1 a year,
    // GDP consistent with both 119.356 × 100 / 4.64 = 2572.3, i.e. (2572.3/2009.52)^(1/3) − 1 a year; GDP grew less, so R&D spending is the whole cause
    expect(text).toContain('按直线路径应达4.64%');
    expect(text).toContain(`全社会研究与试验发展经费支出年均增长${percent((110 / 88.39) ** (1 / 3) - 1)}（按其自身目标的直线路径应为${percent((119.356 / 88.39) ** (1 / 3) - 1)}）`);
    expect(text).toContain(`地区生产总值年均增长${percent((2450 / 2009.52) ** (1 / 3) - 1)}（与目标路径相容的增速为${percent(((119.356 * 100) / 4.64 / 2009.52) ** (1 / 3) - 1)}）`);
    expect(text).toContain('差距全部来自全社会研究与试验发展经费支出；地区生产总值的变化缩小了差距');
  });

  it('says the same in English', async () => {
    const text = await report('en');
    expect(text).toMatch(/^# Yubei District/);
    expect(text).toContain('By its parts: over 2020–2023');
    expect(text).toContain('The whole shortfall comes from');
  });
});

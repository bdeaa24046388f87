/**
 * Realistic chart inputs for the chart and rendering tests: Yubei's R&D intensity (history from the
 * Yubei plan: 2015 2.53 %, 2016 3.65 %, 2020 4.40 %; 2025 target ≥ 4.8 %) with bands widening from 2021
 * to 2025, scenarios, a tornado and a status summary. The projected numbers are illustrative only.
 */
import type { FanChartInput } from '../../src/core/report/charts/fan-chart.js';
import type { ScenarioComparisonInput } from '../../src/core/report/charts/scenario-comparison.js';
import type { StatusSummaryInput } from '../../src/core/report/charts/status-summary.js';
import type { TornadoInput } from '../../src/core/report/charts/tornado.js';

const medians = [4.5, 4.59, 4.67, 4.75, 4.83];
const spreads = [0.08, 0.13, 0.18, 0.23, 0.28];

export const yubeiIntensityFan: FanChartInput = {
  title: 'R&D经费支出占地区生产总值比重',
  unit: '%',
  language: 'zh',
  history: [
    { year: 2015, value: 2.53 },
    { year: 2016, value: 3.65 },
    { year: 2020, value: 4.4 },
  ],
  bands: medians.map((p50, index) => {
    const spread = spreads[index] ?? 0;
    return {
      year: 2021 + index, p50,
      p025: p50 - 1.96 * spread, p10: p50 - 1.2816 * spread, p25: p50 - 0.6745 * spread,
      p75: p50 + 0.6745 * spread, p90: p50 + 1.2816 * spread, p975: p50 + 1.96 * spread,
    };
  }),
  target: { year: 2025, value: 4.8, comparator: 'at-least' },
  straightPath: [2020, 2021, 2022, 2023, 2024, 2025].map((year) => ({ year, value: 4.4 + ((year - 2020) * 0.4) / 5 })),
  milestones: [{ year: 2022, value: 4.6, label: '2022年阶段目标' }],
};

export const yubeiIntensityFanEnglish: FanChartInput = {
  ...yubeiIntensityFan,
  title: 'R&D expenditure as a share of GDP (Yubei)',
  language: 'en',
  milestones: [{ year: 2022, value: 4.6, label: '2022 milestone' }],
};

export const yubeiIntensityScenarios: ScenarioComparisonInput = {
  title: 'R&D经费支出占地区生产总值比重',
  unit: '%',
  language: 'zh',
  scenarios: [
    { scenario: 'baseline', label: '基准情景', points: medians.map((p50, index) => ({ year: 2021 + index, p10: p50 - 0.15 * (index + 1) / 2, p50, p90: p50 + 0.15 * (index + 1) / 2 })) },
    { scenario: 'rd-plus-2', label: '研发投入增速提高2个百分点', points: medians.map((p50, index) => ({ year: 2021 + index, p10: p50 + 0.03 * (index + 1) - 0.15 * (index + 1) / 2, p50: p50 + 0.03 * (index + 1), p90: p50 + 0.03 * (index + 1) + 0.15 * (index + 1) / 2 })) },
    { scenario: 'gdp-slowdown', label: 'GDP增速放缓', points: medians.map((p50, index) => ({ year: 2021 + index, p10: p50 + 0.02 * (index + 1) - 0.15 * (index + 1) / 2, p50: p50 + 0.02 * (index + 1), p90: p50 + 0.02 * (index + 1) + 0.15 * (index + 1) / 2 })) },
  ],
  target: { year: 2025, value: 4.8, comparator: 'at-least' },
};

export const yubeiIntensityTornado: TornadoInput = {
  title: 'R&D经费支出占地区生产总值比重',
  language: 'zh',
  baseProbability: 0.46,
  levers: [
    { lever: 'gdp-growth', label: 'GDP增速 ±1个百分点', low: 0.58, high: 0.35 },
    { lever: 'rd-growth', label: '研发投入增速 ±2个百分点', low: 0.22, high: 0.71 },
    { lever: 'enterprise-rd', label: '企业研发投入占比', low: 0.4, high: 0.52 },
  ],
};

export const yubeiStatusSummary: StatusSummaryInput = {
  title: '渝北区“十四五”科技创新指标达标概率',
  language: 'zh',
  indicators: [
    { indicator: 'rd_intensity', label: 'R&D经费支出占地区生产总值比重', probability: 0.46, status: 'moderate-progress' },
    { indicator: 'high_tech_enterprises', label: '高新技术企业数', probability: 0.92, status: 'on-track' },
    { indicator: 'invention_patents_per_10k', label: '每万人口发明专利拥有量', probability: 0.18, status: 'insufficient-progress' },
    { indicator: 'tech_contract_turnover', label: '技术合同成交额', probability: null, status: 'not-assessable' },
    { indicator: 'new_rd_institutions', label: '新型研发机构', probability: 1, status: 'achieved' },
  ],
};

/**
 * How a report writes its numbers and goals, the same in Markdown and HTML: values with at most two
 * decimals and grouped thousands, shares as percentages, goals as "2025年≥4.8" / "≥ 4.8 by 2025", and
 * the colours of statuses and outlooks. Deterministic (no locale-dependent formatting).
 */
import type { FeasibilityStatus } from '../feasibility/goal-assessment.js';
import { comparatorSymbol, formatLabelNumber, formatProbability } from './charts/chart-style.js';
import { OUTLOOK_COLORS, STATUS_COLORS } from './charts/status-summary.js';
import { statusName, translate, type Language, type StatusName } from './messages.js';

/** A value with at most two decimals, thousands grouped from 10,000 up (1750000 → "1,750,000"). */
export function formatValue(value: number | null): string | null {
  if (value === null || !Number.isFinite(value)) return null;
  const text = formatLabelNumber(value);
  if (Math.abs(value) < 10_000) return text;
  const [whole = '', fraction] = text.split('.');
  const sign = whole.startsWith('-') ? '-' : '';
  const digits = sign ? whole.slice(1) : whole;
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}${grouped}${fraction === undefined ? '' : `.${fraction}`}`;
}

/** A share as a percentage with one decimal (0.923 → "92.3%"). */
export function formatShare(share: number | null): string | null {
  return share === null || !Number.isFinite(share) ? null : `${(share * 100).toFixed(1)}%`;
}

/** A probability as a whole percentage, "<1%" and ">99%" near the ends so 0 and 1 stay meaningful. */
export function formatChance(probability: number | null): string | null {
  if (probability === null || !Number.isFinite(probability)) return null;
  if (probability > 0 && probability < 0.005) return '<1%';
  if (probability < 1 && probability > 0.995) return '>99%';
  return formatProbability(probability);
}

/** A value with its year: "4.4（2020）" / "4.4 (2020)". */
export function valueInYear(value: number | null, year: number | null, language: Language): string | null {
  const text = formatValue(value);
  if (text === null) return null;
  if (year === null) return text;
  return language === 'zh' ? `${text}（${year}）` : `${text} (${year})`;
}

export interface GoalDescription {
  kind: string;
  targetYear: number;
  target: number;
  comparator: string;
  periodStart: number | null;
}

/** A goal in words: "2025年≥4.8", "2021—2025年累计40" / "≥ 4.8 by 2025", "40 in total over 2021–2025". */
export function goalText(goal: GoalDescription, language: Language): string {
  const comparator = comparatorSymbol(goal.comparator);
  const value = formatValue(goal.target) ?? String(goal.target);
  if (goal.kind === 'cumulative-target' && goal.periodStart !== null) {
    return translate(language, 'goal.cumulative', { comparator, value, from: goal.periodStart, to: goal.targetYear }).replace(/\s+/g, ' ').trim();
  }
  const text = translate(language, 'goal.level', { comparator, value, year: goal.targetYear });
  const milestone = translate(language, 'goal-kind.milestone');
  const withKind = goal.kind !== 'milestone' ? text : language === 'zh' ? `${text}（${milestone}）` : `${text} (${milestone.toLowerCase()})`;
  return withKind.replace(/\s+/g, ' ').trim();
}

export { OUTLOOK_COLORS };

export function outlookName(language: Language, outlook: FeasibilityStatus): string {
  return translate(language, `outlook.${outlook}`);
}

export function statusColor(status: StatusName): string {
  return STATUS_COLORS[status];
}

export { statusName };

/** Dark or white text on a coloured background, whichever reads better (WCAG relative luminance). */
export function textColorOn(background: string): string {
  const channel = (offset: number): number => {
    const value = parseInt(background.slice(offset, offset + 2), 16) / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
  return luminance > 0.3 ? '#1f2937' : '#ffffff';
}

/** A round coloured mark for plain text (Markdown), by the colour's hue family. */
export function colorMark(color: string): string {
  const marks: Record<string, string> = {
    '#1a7f37': '🟢', '#2e9e4f': '🟢', '#9bbf3b': '🟢', '#f0a202': '🟡', '#e07b39': '🟠', '#c0392b': '🔴', '#9ca3af': '⚪', '#d1d5db': '⚪',
  };
  return marks[color] ?? '⚪';
}

/** The preset's name, with "the default for Chongqing's regions" when the region's default chose it. */
export function presetLabel(model: { meta: { preset: string; presetIsRegionDefault: boolean } }, language: Language): string {
  const name = translate(language, `preset.${model.meta.preset as 'schedule'}`);
  return model.meta.presetIsRegionDefault ? translate(language, 'report.preset-default', { preset: name }) : name;
}

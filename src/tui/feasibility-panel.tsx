/**
 * The feasibility panel: the main goal of the selected indicator under the current (adjusted) scenario —
 * probability of meeting it (with the change the levers made), the outlook in words, required against
 * historical growth, the year it is reached, the median and 80 % range in the goal year, and the schedule
 * (years ahead of or behind the straight path).
 */
import { Box, Text } from 'ink';
import type { ReactElement } from 'react';
import type { GoalAssessment } from '../core/feasibility/goal-assessment.js';
import { translate, type Language } from '../core/report/messages.js';
import { displayWidth, formatRange, formatShare, formatSigned, formatValue, padDisplay } from './display-text.js';
import type { ProjectionView } from './engine.js';

const COMPARATOR_SYMBOLS: Record<string, string> = { 'at-least': '≥', above: '>', about: '≈', exact: '', 'at-most': '≤', below: '<' };
const OUTLOOK_COLORS: Record<string, string> = {
  'very-likely': 'greenBright', likely: 'green', uncertain: 'yellow', unlikely: 'red', 'very-unlikely': 'redBright', achieved: 'greenBright', missed: 'redBright', 'no-data': 'gray',
};

export interface FeasibilityPanelProps {
  view: ProjectionView | undefined;
  language: Language;
  width: number;
}

function Row({ label, value, width, color, labelWidth }: { label: string; value: string; width: number; color?: string; labelWidth: number }): ReactElement {
  return (
    <Text wrap="truncate">
      <Text dimColor>{padDisplay(label, labelWidth)}</Text>
      <Text color={color}>{padDisplay(value, Math.max(0, width - labelWidth))}</Text>
    </Text>
  );
}

function probabilityText(goal: GoalAssessment, unadjusted: GoalAssessment | undefined): string {
  const probability = formatShare(goal.probability);
  if (goal.probability === null || unadjusted === undefined || unadjusted === goal || unadjusted.probability === null) return probability;
  return `${probability} (${formatSigned((goal.probability - unadjusted.probability) * 100)})`;
}

function reachText(goal: GoalAssessment, language: Language): string {
  const reach = goal.reachYear;
  if (reach === null) return '—';
  if (reach.median === null) return translate(language, 'tui.never-reached');
  return reach.p10 !== null && reach.p90 !== null && reach.p10 !== reach.p90 ? `${reach.median} (${reach.p10}–${reach.p90})` : String(reach.median);
}

function scheduleText(goal: GoalAssessment, language: Language): string {
  const years = goal.yearsAheadOfStraightPath;
  if (years === null) return '—';
  const value = Math.abs(years).toFixed(1);
  return years >= 0 ? translate(language, 'tui.years-ahead', { value }) : translate(language, 'tui.years-behind', { value });
}

export function FeasibilityPanel({ view, language, width }: FeasibilityPanelProps): ReactElement {
  const title = translate(language, 'tui.feasibility');
  const goal = view?.goal;
  if (view === undefined || goal === undefined) {
    const note = view === undefined ? '' : view.projection.quantiles.length === 0 ? translate(language, 'tui.no-model') : translate(language, 'tui.no-goal');
    return (
      <Box flexDirection="column" width={width}>
        <Text bold>{title}</Text>
        <Text wrap="wrap">{note}</Text>
      </Box>
    );
  }
  const target = translate(language, 'chart.target-label', { year: goal.targetYear, comparator: COMPARATOR_SYMBOLS[goal.comparator] ?? '', value: formatValue(goal.target) }).replace(/\s+/g, ' ');
  const percent = (value: number | null) => (value === null ? '—' : `${(value * 100).toFixed(1)}%`);
  const rows: { label: string; value: string; color?: string }[] = [
    { label: translate(language, 'tui.probability'), value: probabilityText(goal, view.unadjustedGoal), color: OUTLOOK_COLORS[goal.status] },
    { label: translate(language, 'tui.outlook'), value: translate(language, `outlook.${goal.status}`), color: OUTLOOK_COLORS[goal.status] },
    { label: translate(language, 'tui.required-growth'), value: percent(goal.requiredGrowth) },
    { label: translate(language, 'tui.historical-growth'), value: percent(goal.historicalGrowth) },
    { label: translate(language, 'tui.reach-year'), value: reachText(goal, language) },
    { label: translate(language, 'tui.median', { year: goal.targetYear }), value: formatValue(goal.projectedMedian) },
    { label: translate(language, 'tui.interval-80'), value: formatRange(goal.projected80) },
    { label: translate(language, 'tui.schedule'), value: scheduleText(goal, language) },
    ...(goal.bindingWarning !== null ? [{ label: translate(language, 'table.warning'), value: `⚠ ${translate(language, `warning.${goal.bindingWarning}`)}`, color: 'red' }] : []),
  ];
  const attribute = goal.attribute === null ? '' : ` · ${translate(language, `attribute.${goal.attribute}`)}`;
  const labelWidth = Math.min(width - 12, Math.max(...rows.map((row) => displayWidth(row.label))) + 1);
  return (
    <Box flexDirection="column" width={width}>
      <Text bold wrap="truncate">{padDisplay(`${title} · ${target}${attribute}`, width)}</Text>
      {rows.map((row) => <Row key={row.label} {...row} width={width} labelWidth={labelWidth} />)}
    </Box>
  );
}

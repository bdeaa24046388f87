/**
 * The lever panel: the current scenario (with its place in the list and whether it is adjusted) and the
 * lever rows with their settings — the registry's lever controls (selected by their keys), then one row
 * per policy (as the scenario has it, or at the low, central or high end of its assumed effect). The
 * selected row is marked; rows that cannot move the selected indicator are dimmed (GDP growth moves only
 * GDP and ratios over it; the pipeline only what grows from a pool; a policy only what it reaches). When
 * the rows do not fit, the panel scrolls to keep the selected one in view. A policy the scenario already
 * uses shows its assumption in brackets.
 */
import { Box, Text } from 'ink';
import type { ReactElement } from 'react';
import { translate, type Language } from '../core/report/messages.js';
import { displayWidth, formatSigned, formatValue, padDisplay } from './display-text.js';
import { hasAdjustments, leverValue, policyOfRow, POLICY_SETTINGS, type LeverAdjustments, type LeverName, type LeverRow } from './lever-adjustments.js';
import type { IndicatorChoice, ScenarioChoice } from './session-choices.js';

export interface LeverPanelProps {
  rows: readonly LeverRow[];
  adjustments: LeverAdjustments;
  selectedLever: LeverName;
  indicator: IndicatorChoice | undefined;
  scenarios: readonly ScenarioChoice[];
  scenarioId: string;
  focused: boolean;
  language: Language;
  width: number;
  /** lines available (default: every row shown) */
  height?: number;
}

function policyText(setting: 'low' | 'central' | 'high', language: Language): string {
  return translate(language, `tui.policy.${setting}`);
}

function rowValue(row: LeverRow, adjustments: LeverAdjustments, indicator: IndicatorChoice | undefined, scenario: ScenarioChoice | undefined, language: Language): string {
  const value = leverValue(adjustments, row);
  const points = (number: number) => `${formatSigned(number)} ${translate(language, 'tui.points')}`;
  switch (row.stepping.kind) {
    case 'points': return points(value ?? 0);
    case 'percent': return value === null || value === 0 ? '0%' : `${formatSigned(value, 0)}%`;
    case 'year': return String(value ?? indicator?.firstProjectedYear ?? '—');
    case 'level':
      if (indicator && scenario?.ceilingIndicators.includes(indicator.id)) return translate(language, 'tui.set-by-scenario');
      return value === null ? translate(language, 'tui.none') : `${formatValue(value)}${indicator?.unit === '%' ? '%' : ''}`;
    case 'policy': {
      const setting = POLICY_SETTINGS[value ?? 0] ?? null;
      if (setting !== null) return policyText(setting, language);
      const inScenario = scenario?.policies[policyOfRow(row.id) ?? ''];
      return inScenario !== undefined ? translate(language, 'tui.policy.in-scenario', { setting: policyText(inScenario, language) }) : translate(language, 'tui.policy.off');
    }
  }
}

function applies(row: LeverRow, indicator: IndicatorChoice | undefined, adjustments: LeverAdjustments): boolean {
  if (indicator === undefined || !indicator.levers.includes(row.id)) return false;
  return row.needs === undefined || row.needs in adjustments;
}

/** The first row to show so the selected one is in view. */
function firstShown(count: number, visible: number, selected: number): number {
  if (count <= visible) return 0;
  return Math.min(count - visible, Math.max(0, selected - Math.floor(visible / 2)));
}

export function LeverPanel({ rows, adjustments, selectedLever, indicator, scenarios, scenarioId, focused, language, width, height }: LeverPanelProps): ReactElement {
  const index = scenarios.findIndex((scenario) => scenario.id === scenarioId);
  const scenario = scenarios[index];
  const adjusted = hasAdjustments(adjustments) ? ` · ${translate(language, 'tui.adjusted')}` : '';
  // policies have no key of their own: a • marks them
  const labels = rows.map((row) => `${row.key ?? '•'} ${row.label[language]}`);
  // the lever controls set the label column; a longer policy name is cut to it
  const labelWidth = Math.min(width - 12, Math.max(0, ...labels.filter((_, position) => rows[position]!.key !== null).map(displayWidth)) + 2);
  const visible = Math.max(1, (height ?? rows.length + 3) - 3);
  const selectedIndex = Math.max(0, rows.findIndex((row) => row.id === selectedLever));
  const start = firstShown(rows.length, visible, selectedIndex);
  const shown = rows.slice(start, start + visible);
  return (
    <Box flexDirection="column" width={width}>
      <Text bold wrap="truncate">{padDisplay(`${translate(language, 'tui.levers')}${focused ? ' ◂' : ''}${rows.length > visible ? ` ${selectedIndex + 1}/${rows.length}` : ''}`, width)}</Text>
      <Text wrap="truncate" color={adjusted ? 'yellow' : undefined}>{padDisplay(`${translate(language, 'scenario.name')} ${index + 1}/${scenarios.length}${adjusted}  [ ]`, width)}</Text>
      <Text wrap="truncate">{padDisplay(` ${scenario?.label[language] ?? scenarioId}`, width)}</Text>
      {shown.map((row, offset) => {
        const selected = row.id === selectedLever;
        const value = rowValue(row, adjustments, indicator, scenario, language);
        // a policy's value is short: its name may take the room the value does not need
        const columns = row.key === null ? Math.max(labelWidth, width - displayWidth(value) - 1) : labelWidth;
        return (
          <Text key={row.id} wrap="truncate" inverse={selected && focused} dimColor={!applies(row, indicator, adjustments)}>
            {padDisplay(`${selected ? '▸' : ' '}${labels[start + offset]}`, columns)}
            {padDisplay(value, Math.max(0, width - columns))}
          </Text>
        );
      })}
    </Box>
  );
}

/**
 * The lever panel: the current scenario (with its place in the list and whether it is adjusted) and the
 * six levers with their settings. The selected lever is marked; levers that cannot move the selected
 * indicator are dimmed (GDP growth moves only GDP and ratios over GDP; the pipeline only high-tech
 * enterprises).
 */
import { Box, Text } from 'ink';
import type { ReactElement } from 'react';
import { translate, type Language } from '../core/report/messages.js';
import { displayWidth, formatSigned, formatValue, padDisplay } from './display-text.js';
import { hasAdjustments, LEVER_NAMES, type LeverAdjustments, type LeverName } from './lever-adjustments.js';
import type { IndicatorChoice, ScenarioChoice } from './session-choices.js';

export interface LeverPanelProps {
  adjustments: LeverAdjustments;
  selectedLever: LeverName;
  indicator: IndicatorChoice | undefined;
  scenarios: readonly ScenarioChoice[];
  scenarioId: string;
  focused: boolean;
  language: Language;
  width: number;
}

function leverValue(lever: LeverName, adjustments: LeverAdjustments, indicator: IndicatorChoice | undefined, scenario: ScenarioChoice | undefined, language: Language): string {
  const points = (value: number) => `${formatSigned(value)} ${translate(language, 'tui.points')}`;
  switch (lever) {
    case 'growth': return points(adjustments.growthPercentagePoints);
    case 'shock-year': return String(adjustments.shockYear ?? indicator?.firstProjectedYear ?? '—');
    case 'shock-size': return adjustments.shockSizePercent === 0 ? '0%' : `${formatSigned(adjustments.shockSizePercent, 0)}%`;
    case 'ceiling':
      if (indicator && scenario?.ceilingIndicators.includes(indicator.id)) return translate(language, 'tui.set-by-scenario');
      return adjustments.ceiling === null ? translate(language, 'tui.none') : `${formatValue(adjustments.ceiling)}${indicator?.unit === '%' ? '%' : ''}`;
    case 'gdp-growth': return points(adjustments.gdpGrowthPercentagePoints);
    case 'pipeline-conversion': return points(adjustments.pipelineConversionPercentagePoints);
  }
}

function applies(lever: LeverName, indicator: IndicatorChoice | undefined, adjustments: LeverAdjustments): boolean {
  if (indicator === undefined) return false;
  if (lever === 'gdp-growth') return indicator.gdpApplies;
  if (lever === 'pipeline-conversion') return indicator.pipelineApplies;
  if (lever === 'shock-year') return adjustments.shockSizePercent !== 0;
  return true;
}

export function LeverPanel({ adjustments, selectedLever, indicator, scenarios, scenarioId, focused, language, width }: LeverPanelProps): ReactElement {
  const index = scenarios.findIndex((scenario) => scenario.id === scenarioId);
  const scenario = scenarios[index];
  const adjusted = hasAdjustments(adjustments) ? ` · ${translate(language, 'tui.adjusted')}` : '';
  const labels = LEVER_NAMES.map((lever, position) => `${position + 1} ${translate(language, `tui.lever.${lever}`)}`);
  const labelWidth = Math.min(width - 12, Math.max(...labels.map(displayWidth)) + 2);
  return (
    <Box flexDirection="column" width={width}>
      <Text bold wrap="truncate">{padDisplay(`${translate(language, 'tui.levers')}${focused ? ' ◂' : ''}`, width)}</Text>
      <Text wrap="truncate" color={adjusted ? 'yellow' : undefined}>{padDisplay(`${translate(language, 'scenario.name')} ${index + 1}/${scenarios.length}${adjusted}  [ ]`, width)}</Text>
      <Text wrap="truncate">{padDisplay(` ${scenario?.label[language] ?? scenarioId}`, width)}</Text>
      {LEVER_NAMES.map((lever, position) => {
        const selected = lever === selectedLever;
        const active = applies(lever, indicator, adjustments);
        return (
          <Text key={lever} wrap="truncate" inverse={selected && focused} dimColor={!active}>
            {padDisplay(`${selected ? '▸' : ' '}${labels[position]}`, labelWidth)}
            {padDisplay(leverValue(lever, adjustments, indicator, scenario, language), Math.max(0, width - labelWidth))}
          </Text>
        );
      })}
    </Box>
  );
}

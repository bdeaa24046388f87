/**
 * The compare view (`c`): the selected indicator's main goal under every scenario, each with the current
 * lever adjustments on top — probability, median and 80 % range in the goal year, and the year it is
 * reached. All scenarios share the same random draws, so the differences are the scenarios' own. Enter
 * switches to the highlighted scenario.
 */
import { Box, Text } from 'ink';
import type { ReactElement } from 'react';
import { translate, type Language } from '../core/report/messages.js';
import { formatRange, formatShare, formatValue, padDisplay } from './display-text.js';
import type { CompareRow } from './engine.js';

export interface CompareViewProps {
  rows: readonly CompareRow[];
  highlighted: number;
  currentScenarioId: string;
  indicatorName: string;
  adjusted: boolean;
  language: Language;
  width: number;
  height: number;
}

export function CompareView({ rows, highlighted, currentScenarioId, indicatorName, adjusted, language, width, height }: CompareViewProps): ReactElement {
  const year = rows.find((row) => row.goal)?.goal?.targetYear;
  const columns = [
    { title: translate(language, 'tui.probability'), width: 12, align: 'right' as const },
    { title: year ? translate(language, 'tui.median', { year }) : '', width: 14, align: 'right' as const },
    { title: translate(language, 'tui.interval-80'), width: 14, align: 'right' as const },
    ...(width >= 62 ? [{ title: translate(language, 'tui.reach-year'), width: 10, align: 'right' as const }] : []),
  ];
  const nameWidth = Math.max(8, width - 2 - columns.reduce((sum, column) => sum + column.width, 0));
  // each column keeps one space on its left, so Chinese headers never touch
  const line = (cells: string[]) => cells.map((cell, index) => ` ${padDisplay(cell, columns[index]!.width - 1, columns[index]!.align)}`).join('');
  return (
    <Box flexDirection="column" width={width} height={height}>
      <Text bold wrap="truncate">{padDisplay(translate(language, 'chart.scenario.title', { indicator: indicatorName }), width)}</Text>
      <Text dimColor wrap="truncate">{adjusted ? translate(language, 'tui.compare.with-adjustments') : ' '}</Text>
      <Text dimColor wrap="truncate">{`  ${padDisplay(translate(language, 'scenario.name'), nameWidth)}${line(columns.map((column) => column.title))}`}</Text>
      {rows.slice(0, Math.max(0, height - 4)).map((row, index) => {
        const goal = row.goal;
        const reach = goal?.reachYear?.median;
        const cells = [formatShare(goal?.probability), formatValue(goal?.projectedMedian), formatRange(goal?.projected80), reach === undefined ? '—' : reach === null ? '>' : String(reach)];
        const marker = `${index === highlighted ? '▸' : ' '}${row.scenario.id === currentScenarioId ? '✓' : ' '}`;
        return (
          <Text key={row.scenario.id} wrap="truncate" inverse={index === highlighted}>
            {marker}
            {padDisplay(row.scenario.label[language], nameWidth)}
            {line(cells.slice(0, columns.length))}
          </Text>
        );
      })}
      <Text dimColor wrap="truncate">{translate(language, 'tui.compare.hint')}</Text>
    </Box>
  );
}

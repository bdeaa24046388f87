/**
 * The chart pane: the indicator's name and unit, the fan chart from terminal-chart.ts coloured by role,
 * and a one-line legend. Each chart row is one Text with coloured spans, so the layout stays cheap.
 */
import { Box, Text } from 'ink';
import type { ReactElement } from 'react';
import { translate, type Language } from '../core/report/messages.js';
import { displayWidth, padDisplay, truncateDisplay } from './display-text.js';
import type { ProjectionView } from './engine.js';
import { drawTerminalChart, type ChartRole } from './terminal-chart.js';

export const ROLE_COLORS: Record<ChartRole, string | undefined> = {
  plain: undefined, axis: 'gray', band95: 'gray', band80: 'cyan', median: 'yellowBright', straight: 'magenta', history: 'greenBright', target: 'redBright',
};

export interface ChartPaneProps {
  view: ProjectionView | undefined;
  width: number;
  height: number;
  language: Language;
  /** shown instead of a chart when there is nothing to draw */
  placeholder?: string;
}

type LegendItem = [symbol: string, role: ChartRole, label: string];

function legendItems(language: Language): LegendItem[] {
  return [
    ['●', 'history', translate(language, 'legend.history')],
    ['⠤', 'median', translate(language, 'tui.legend.median')],
    ['▒', 'band80', '80%'],
    ['░', 'band95', '95%'],
    ['◆', 'target', translate(language, 'legend.target')],
    ['⠒', 'straight', translate(language, 'tui.legend.straight-path')],
  ];
}

/** The legend's items split into lines that fit the width (one line at 100 columns, two at 80 in English). */
export function legendLines(language: Language, width: number): LegendItem[][] {
  const lines: LegendItem[][] = [[]];
  let used = 0;
  for (const item of legendItems(language)) {
    const itemWidth = displayWidth(item[2]) + 3;
    if (used + itemWidth > width && lines.at(-1)!.length > 0) {
      lines.push([]);
      used = 0;
    }
    lines.at(-1)!.push(item);
    used += itemWidth;
  }
  return lines;
}

function Legend({ items }: { items: LegendItem[] }): ReactElement {
  return (
    <Text wrap="truncate">
      {items.map(([symbol, role, label]) => (
        <Text key={role}>
          <Text color={ROLE_COLORS[role]}>{symbol}</Text>
          {` ${label} `}
        </Text>
      ))}
    </Text>
  );
}

export function ChartPane({ view, width, height, language, placeholder }: ChartPaneProps): ReactElement {
  if (view === undefined || (view.projection.history.length === 0 && view.projection.quantiles.length === 0)) {
    return (
      <Box width={width} height={height} flexDirection="column">
        <Text wrap="wrap">{placeholder ?? ''}</Text>
      </Box>
    );
  }
  const { projection, goal } = view;
  const unit = projection.unit ? `（${projection.unit}）` : '';
  const title = `${projection.name[language]}${language === 'zh' ? unit : projection.unit ? ` (${projection.unit})` : ''}`;
  const legend = legendLines(language, width);
  const rows = drawTerminalChart(projection, goal, width, height - 1 - legend.length);
  return (
    <Box width={width} height={height} flexDirection="column">
      <Text bold wrap="truncate">{padDisplay(truncateDisplay(title, width), width)}</Text>
      {rows.map((row, index) => (
        <Text key={index} wrap="truncate">
          {row.map((segment, part) => (
            <Text key={part} color={ROLE_COLORS[segment.role]}>{segment.text}</Text>
          ))}
        </Text>
      ))}
      {legend.map((items, index) => <Legend key={index} items={items} />)}
    </Box>
  );
}

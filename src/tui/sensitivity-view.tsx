/**
 * The sensitivity view (`t`): what moves the selected indicator's main goal under the current scenario
 * and adjustments, with what planners control kept apart from what they do not — policy levers first,
 * then risks, each ranked by how far it moves the probability, with the probability at its low and at
 * its high setting (pipeline/sensitivity.ts computes them on the same random numbers).
 */
import { Box, Text } from 'ink';
import type { ReactElement } from 'react';
import { leverReach, type IndicatorSensitivity, type LeverSensitivity } from '../core/pipeline/sensitivity.js';
import { translate, type Language } from '../core/report/messages.js';
import { formatShare, padDisplay } from './display-text.js';

export interface SensitivityViewProps {
  sensitivity: IndicatorSensitivity | undefined;
  /** the engine is still working it out (undefined then means "not yet", not "nothing") */
  computing?: boolean;
  indicatorName: string;
  language: Language;
  width: number;
  height: number;
}

const COLUMN = 8;

function Row({ lever, base, width, language }: { lever: LeverSensitivity; base: number; width: number; language: Language }): ReactElement {
  const moved = `${Math.round(leverReach(lever, base) * 100)}`;
  const cells = [formatShare(lever.low), formatShare(lever.high), moved].map((cell) => padDisplay(cell, COLUMN, 'right')).join('');
  return <Text wrap="truncate">{padDisplay(`  ${lever.label[language]}`, Math.max(8, width - 3 * COLUMN))}{cells}</Text>;
}

export function SensitivityView({ sensitivity, computing = false, indicatorName, language, width, height }: SensitivityViewProps): ReactElement {
  if (sensitivity === undefined) {
    return (
      <Box flexDirection="column" width={width} height={height}>
        <Text bold wrap="truncate">{padDisplay(indicatorName, width)}</Text>
        <Text wrap="wrap">{translate(language, computing ? 'tui.simulating' : 'tui.sensitivity.none')}</Text>
      </Box>
    );
  }
  const base = sensitivity.baseProbability;
  const groups = (['policy', 'risk'] as const).map((control) => ({ control, levers: sensitivity.levers.filter((lever) => lever.control === control) }));
  const header = [translate(language, 'tui.sensitivity.low'), translate(language, 'tui.sensitivity.high'), translate(language, 'tui.sensitivity.moves')];
  const lines: ReactElement[] = [];
  for (const group of groups) {
    lines.push(<Text key={`${group.control}-title`} bold color={group.control === 'policy' ? 'green' : 'yellow'} wrap="truncate">{padDisplay(translate(language, group.control === 'policy' ? 'sensitivity.policies' : 'sensitivity.risks'), width)}</Text>);
    for (const lever of group.levers) lines.push(<Row key={lever.lever} lever={lever} base={base} width={width} language={language} />);
  }
  return (
    <Box flexDirection="column" width={width} height={height}>
      <Text bold wrap="truncate">{padDisplay(translate(language, 'tui.sensitivity.title', { indicator: indicatorName, year: sensitivity.goalYear, probability: formatShare(base) }), width)}</Text>
      <Text dimColor wrap="truncate">{padDisplay('', Math.max(8, width - 3 * COLUMN))}{header.map((cell) => padDisplay(cell, COLUMN, 'right')).join('')}</Text>
      {lines.slice(0, Math.max(0, height - 3))}
      <Text dimColor wrap="truncate">{translate(language, 'tui.sensitivity.hint')}</Text>
    </Box>
  );
}

/**
 * The picker for a region or an indicator: a prompt, the filter being typed, and the matching rows (name
 * in the session's language, then the other language and the id), scrolled so the highlighted row stays
 * in view. Chinese names are padded by display width so the second column lines up.
 */
import { Box, Text } from 'ink';
import type { ReactElement } from 'react';
import { translate, type Language } from '../core/report/messages.js';
import { displayWidth, padDisplay } from './display-text.js';
import type { ListEntry } from './session-choices.js';

export interface PickerProps {
  title: string;
  entries: readonly ListEntry[];
  /** how many there are without the filter */
  total: number;
  highlighted: number;
  filter: string;
  /** the id of the current choice, marked with ✓ */
  current: string | null;
  showMarks: boolean;
  language: Language;
  width: number;
  height: number;
}

/** The first row to show so that `highlighted` is visible in `visible` rows, kept near the middle. */
export function scrollStart(highlighted: number, count: number, visible: number): number {
  if (count <= visible) return 0;
  return Math.min(count - visible, Math.max(0, highlighted - Math.floor(visible / 2)));
}

export function RegionIndicatorPicker({ title, entries, total, highlighted, filter, current, showMarks, language, width, height }: PickerProps): ReactElement {
  const visible = Math.max(1, height - 3);
  const start = scrollStart(highlighted, entries.length, visible);
  const shown = entries.slice(start, start + visible);
  const primaryWidth = Math.min(Math.max(8, ...shown.map((entry) => displayWidth(entry.primary))), Math.floor(width * 0.6));
  const prefix = showMarks ? 4 : 2;
  return (
    <Box flexDirection="column" width={width} height={height}>
      <Text bold wrap="truncate">{padDisplay(title, width)}</Text>
      <Text wrap="truncate">
        <Text color="cyan">{`${translate(language, 'tui.filter')}: `}</Text>
        <Text inverse={filter === ''}>{filter === '' ? ' ' : filter}</Text>
        {filter !== '' ? <Text inverse> </Text> : null}
        <Text dimColor>{`  ${entries.length}/${total}`}</Text>
      </Text>
      {entries.length === 0 ? <Text dimColor wrap="truncate">{translate(language, 'tui.no-match')}</Text> : null}
      {shown.map((entry, offset) => {
        const index = start + offset;
        const selected = index === highlighted;
        const marks = `${selected ? '▸' : ' '}${entry.id === current ? '✓' : ' '}${showMarks ? (entry.marked ? '● ' : '  ') : ''}`;
        return (
          <Text key={entry.id} wrap="truncate" inverse={selected}>
            {marks}
            {padDisplay(entry.primary, primaryWidth)}
            <Text dimColor={!selected}>{padDisplay(` ${entry.secondary}`, Math.max(0, width - prefix - primaryWidth))}</Text>
          </Text>
        );
      })}
    </Box>
  );
}

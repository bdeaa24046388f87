/**
 * The two bottom lines: the status message (coloured by tone) with the re-simulation time on the right,
 * and the keys that work where the focus is.
 */
import { Box, Text } from 'ink';
import type { ReactElement } from 'react';
import { translate, type Language } from '../core/report/messages.js';
import { displayWidth, padDisplay, truncateDisplay } from './display-text.js';
import type { Focus, StatusMessage } from './session-state.js';

const TONE_COLORS: Record<StatusMessage['tone'], string> = { info: 'cyan', success: 'greenBright', error: 'redBright', busy: 'yellow' };

export interface StatusBarProps {
  status: StatusMessage | null;
  /** e.g. "10000 paths in 8.2 ms" */
  timing: string;
  focus: Focus;
  language: Language;
  width: number;
}

export function StatusBar({ status, timing, focus, language, width }: StatusBarProps): ReactElement {
  const right = timing === '' ? '' : ` ${timing}`;
  const messageWidth = Math.max(0, width - displayWidth(right));
  const hints = translate(language, focus === 'levers' ? 'tui.hints.levers' : 'tui.hints.lists');
  return (
    <Box flexDirection="column" width={width}>
      <Text wrap="truncate">
        <Text color={status ? TONE_COLORS[status.tone] : undefined}>{padDisplay(status ? status.text[language] : '', messageWidth)}</Text>
        <Text dimColor>{right}</Text>
      </Text>
      <Text dimColor wrap="truncate">{truncateDisplay(hints, width)}</Text>
    </Box>
  );
}

/**
 * The help overlay (`?`): every key and what it does, from the same table the key bindings use
 * (KEY_HELP), in the session's language. Any key closes it.
 */
import { Box, Text } from 'ink';
import type { ReactElement } from 'react';
import { translate, type Language } from '../core/report/messages.js';
import { displayWidth, padDisplay } from './display-text.js';
import { KEY_HELP } from './key-bindings.js';

export interface HelpOverlayProps {
  language: Language;
  width: number;
  height: number;
}

export function HelpOverlay({ language, width, height }: HelpOverlayProps): ReactElement {
  const keysWidth = Math.max(...KEY_HELP.map((entry) => displayWidth(entry.keys))) + 2;
  const rows = KEY_HELP.slice(0, Math.max(0, height - 3));
  return (
    <Box flexDirection="column" width={width} height={height} borderStyle="round" borderColor="cyan" paddingX={1}>
      <Text bold color="cyan" wrap="truncate">{translate(language, 'tui.help')}</Text>
      {rows.map((entry) => (
        <Text key={entry.keys} wrap="truncate">
          <Text color="yellow">{padDisplay(entry.keys, keysWidth)}</Text>
          {translate(language, entry.description)}
        </Text>
      ))}
      <Text dimColor wrap="truncate">{translate(language, 'tui.help.close')}</Text>
    </Box>
  );
}

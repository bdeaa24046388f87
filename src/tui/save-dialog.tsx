/**
 * The save dialog (`s`): the scenario's name or path being typed (the suggested name is replaced by the
 * first key), where it will be written, what is wrong with the name, and — when the file exists — the
 * overwrite question (y/n).
 */
import { Box, Text } from 'ink';
import type { ReactElement } from 'react';
import { translate, type Language } from '../core/report/messages.js';
import { truncateDisplay } from './display-text.js';
import type { SaveDialog as SaveDialogState } from './session-state.js';

export interface SaveDialogProps {
  dialog: SaveDialogState;
  /** the file the typed name becomes */
  path: string;
  language: Language;
  width: number;
  height: number;
}

export function SaveDialog({ dialog, path, language, width, height }: SaveDialogProps): ReactElement {
  const inner = Math.max(10, width - 4);
  return (
    <Box flexDirection="column" width={width} height={Math.min(height, 10)} borderStyle="round" borderColor="yellow" paddingX={1}>
      <Text bold color="yellow" wrap="truncate">{translate(language, 'tui.save.title')}</Text>
      <Text dimColor wrap="truncate">{translate(language, 'tui.save.prompt')}</Text>
      <Text wrap="truncate">
        {'> '}
        <Text inverse={dialog.pristine}>{dialog.name}</Text>
        {dialog.stage === 'naming' ? <Text inverse> </Text> : null}
      </Text>
      <Text dimColor wrap="truncate">{`→ ${truncateDisplay(path, inner - 2)}`}</Text>
      {dialog.stage === 'confirm-overwrite' ? (
        <Text color="redBright" bold wrap="wrap">{translate(language, 'tui.save.exists', { value: dialog.existingPath ?? path })}</Text>
      ) : null}
      {dialog.stage === 'saving' ? <Text color="cyan" wrap="truncate">{translate(language, 'tui.save.saving')}</Text> : null}
      {dialog.problem ? <Text color="red" wrap="wrap">{dialog.problem[language]}</Text> : null}
      <Text dimColor wrap="truncate">{translate(language, 'tui.save.hint')}</Text>
    </Box>
  );
}

/**
 * Keys → session actions, pure. What a key does depends on the overlay and the focus: in a list or the
 * save dialog letters are text (type to filter, type a name); with the levers focused they are commands.
 * Several characters arriving together (a paste, or a fast typist) are taken one by one as commands or
 * whole as text. `KEY_HELP` is the table the help overlay shows, so the help cannot drift from the code.
 */
import type { MessageKey } from '../core/report/messages.js';
import { sessionControls } from '../core/levers/lever-registry.js';
import type { SessionAction, SessionState } from './session-model.js';

/** The parts of a key press the session reads (Ink's Key has these and more). */
export interface KeyPress {
  upArrow?: boolean;
  downArrow?: boolean;
  leftArrow?: boolean;
  rightArrow?: boolean;
  pageUp?: boolean;
  pageDown?: boolean;
  return?: boolean;
  escape?: boolean;
  ctrl?: boolean;
  shift?: boolean;
  tab?: boolean;
  backspace?: boolean;
  delete?: boolean;
  meta?: boolean;
}

export const KEY_HELP: readonly { keys: string; description: MessageKey }[] = [
  { keys: 'Tab  Shift+Tab', description: 'tui.help.focus' },
  { keys: 'abc…  Enter  Esc', description: 'tui.help.filter' },
  { keys: '/', description: 'tui.help.indicator' },
  { keys: `↑ ↓  ${sessionControls().map(({ control }) => control.key).join(' ')}`, description: 'tui.help.select-lever' },
  { keys: '← →  - +', description: 'tui.help.step-lever' },
  { keys: 'Backspace', description: 'tui.help.clear-lever' },
  { keys: '0', description: 'tui.help.reset-levers' },
  { keys: '[  ]', description: 'tui.help.scenario' },
  { keys: 'c', description: 'tui.help.compare' },
  { keys: 't', description: 'tui.help.sensitivity' },
  { keys: 's', description: 'tui.help.save' },
  { keys: 'r', description: 'tui.help.report' },
  { keys: 'l', description: 'tui.help.language' },
  { keys: '?', description: 'tui.help.help' },
  { keys: 'q  Ctrl+C', description: 'tui.help.quit' },
];

/** Printable text of an input: control characters removed. */
export function printable(input: string): string {
  return input.replace(/[\u0000-\u001f\u007f-\u009f]/g, '');
}

const erases = (key: KeyPress): boolean => Boolean(key.backspace || key.delete);

/** The keys that select a lever control (each lever declares its own in the registry). */
const LEVER_KEYS = new Set(sessionControls().map(({ control }) => control.key));

function leverCommand(character: string): SessionAction | undefined {
  if (LEVER_KEYS.has(character)) return { type: 'lever-key-pressed', key: character };
  switch (character) {
    case '+': case '=': return { type: 'lever-stepped', direction: 1 };
    case '-': case '_': return { type: 'lever-stepped', direction: -1 };
    case '0': return { type: 'levers-reset' };
    case '[': return { type: 'scenario-cycled', direction: -1 };
    case ']': return { type: 'scenario-cycled', direction: 1 };
    case 'c': return { type: 'compare-opened' };
    case 't': return { type: 'sensitivity-opened' };
    case 's': return { type: 'save-opened' };
    case 'r': return { type: 'report-requested' };
    case 'l': return { type: 'language-toggled' };
    case '?': return { type: 'help-toggled' };
    case 'q': return { type: 'quit-requested' };
    case '/': return { type: 'focus-set', focus: 'indicators' };
    default: return undefined;
  }
}

function leverKeys(input: string, key: KeyPress): SessionAction[] {
  if (key.upArrow) return [{ type: 'lever-moved', offset: -1 }];
  if (key.downArrow) return [{ type: 'lever-moved', offset: 1 }];
  if (key.leftArrow) return [{ type: 'lever-stepped', direction: -1 }];
  if (key.rightArrow) return [{ type: 'lever-stepped', direction: 1 }];
  if (key.tab) return [{ type: 'focus-moved', direction: key.shift ? -1 : 1 }];
  if (erases(key)) return [{ type: 'lever-cleared' }];
  if (key.escape || key.ctrl || key.meta) return [];
  return [...printable(input)].flatMap((character) => leverCommand(character) ?? []);
}

function listKeys(state: SessionState, input: string, key: KeyPress): SessionAction[] {
  if (key.upArrow) return [{ type: 'highlight-moved', offset: -1 }];
  if (key.downArrow) return [{ type: 'highlight-moved', offset: 1 }];
  if (key.pageUp) return [{ type: 'highlight-moved', offset: -10 }];
  if (key.pageDown) return [{ type: 'highlight-moved', offset: 10 }];
  if (key.return) return [{ type: 'choice-confirmed' }];
  if (key.tab) return [{ type: 'focus-moved', direction: key.shift ? -1 : 1 }];
  if (key.escape) return [state.filter !== '' ? { type: 'filter-cleared' } : { type: 'focus-set', focus: 'levers' }];
  if (erases(key)) return [{ type: 'filter-erased' }];
  if (key.ctrl) return input === 'u' ? [{ type: 'filter-cleared' }] : [];
  if (input === '?') return [{ type: 'help-toggled' }];
  const text = printable(input);
  return text === '' || key.meta ? [] : [{ type: 'filter-typed', text }];
}

function saveDialogKeys(state: SessionState, input: string, key: KeyPress): SessionAction[] {
  if (state.overlay.kind !== 'save') return [];
  if (state.overlay.stage === 'confirm-overwrite') {
    if (input === 'y' || input === 'Y') return [{ type: 'save-overwrite-answered', overwrite: true }];
    if (input === 'n' || input === 'N' || key.escape) return [{ type: 'save-overwrite-answered', overwrite: false }];
    return [];
  }
  if (state.overlay.stage === 'saving') return [];
  if (key.return) return [{ type: 'save-submitted' }];
  if (key.escape) return [{ type: 'overlay-closed' }];
  if (erases(key)) return [{ type: 'save-name-erased' }];
  if (key.ctrl) return input === 'u' ? [{ type: 'save-name-cleared' }] : [];
  const text = printable(input);
  return text === '' || key.meta || key.upArrow || key.downArrow || key.leftArrow || key.rightArrow || key.tab ? [] : [{ type: 'save-name-typed', text }];
}

function sensitivityKeys(input: string, key: KeyPress): SessionAction[] {
  if (key.escape || input === 't') return [{ type: 'overlay-closed' }];
  if (input === 'q') return [{ type: 'quit-requested' }];
  if (input === '?') return [{ type: 'help-toggled' }];
  return [];
}

function compareKeys(input: string, key: KeyPress): SessionAction[] {
  if (key.upArrow) return [{ type: 'compare-moved', offset: -1 }];
  if (key.downArrow) return [{ type: 'compare-moved', offset: 1 }];
  if (key.return) return [{ type: 'compare-confirmed' }];
  if (key.escape || input === 'c') return [{ type: 'overlay-closed' }];
  if (input === 'q') return [{ type: 'quit-requested' }];
  if (input === '?') return [{ type: 'help-toggled' }];
  return [];
}

export function actionsForKey(state: SessionState, input: string, key: KeyPress): SessionAction[] {
  if (key.ctrl && input === 'c') return [{ type: 'quit-requested' }];
  switch (state.overlay.kind) {
    case 'help': return [{ type: 'help-toggled' }];
    case 'compare': return compareKeys(input, key);
    case 'sensitivity': return sensitivityKeys(input, key);
    case 'save': return saveDialogKeys(state, input, key);
    case 'none': return state.focus === 'levers' ? leverKeys(input, key) : listKeys(state, input, key);
  }
}

/**
 * The command tree commander parses, grown from the registry (command-registry.ts): every command is
 * there by name and description from the start, so help lists them and commander suggests the nearest
 * name for a typo; a command's options, arguments and action are defined only when the arguments name it
 * (`feasibility …`, `data list …`, `help report`), before commander parses them. A run so loads and
 * builds one command's definition instead of all of them.
 */
import { Help, type Command } from 'commander';
import type { CliIo } from './cli-io.js';
import type { CommandEntry } from './command-registry.js';

/** Commands created from the registry whose definition is not loaded yet. */
const pending = new WeakMap<Command, CommandEntry>();

/** What a parent's help lists for a command: the registry's words until the command is defined, then commander's own. */
function subcommandTerm(this: Help, command: Command): string {
  const entry = pending.get(command);
  return entry === undefined ? Help.prototype.subcommandTerm.call(this, command) : [entry.name, entry.usage].filter((part) => part !== '').join(' ');
}

/** Where commander writes, how it fails (by throwing, for runCli to turn into an exit code) and its suggestions, on one command. */
export function applyOutputSettings(command: Command, io: CliIo): Command {
  return command
    .exitOverride()
    .configureOutput({ writeOut: (text) => io.out(text), writeErr: (text) => io.err(text) })
    .showSuggestionAfterError(true)
    .configureHelp({ subcommandTerm });
}

/** Adds the registry's commands under `parent`, by name and description, each with its own subcommands. */
export function addRegisteredCommands(parent: Command, entries: readonly CommandEntry[], io: CliIo): void {
  for (const entry of entries) {
    const command = applyOutputSettings(parent.command(entry.name).description(entry.description), io);
    if (entry.define !== undefined) pending.set(command, entry);
    if (entry.subcommands !== undefined) addRegisteredCommands(command, entry.subcommands, io);
  }
}

/** Loads and adds a registry command's options, arguments and action, once. */
export async function defineCommand(command: Command, io: CliIo): Promise<void> {
  const entry = pending.get(command);
  if (entry?.define === undefined) return;
  pending.delete(command);
  await entry.define(command, io);
}

/**
 * Defines the commands `argv` names: the first word that is not an option names a command of the program,
 * the next one a command of that group, and so on down to a leaf; after `help`, the word that follows.
 * Options come only after a leaf (a group and the program take no option with a value), so the words
 * before it are names. A word that names no command is left to commander, which reports it.
 * `beforeDefine` runs before the command named is defined (a run names one at most); not when only the
 * program or a group is named (their help).
 */
export async function defineNamedCommands(program: Command, argv: readonly string[], io: CliIo, beforeDefine?: () => Promise<unknown>): Promise<void> {
  let parent = program;
  let helpFor = false;
  for (const word of argv) {
    if (word.startsWith('-')) continue;
    if (word === 'help' && !helpFor && parent.commands.length > 0 && !parent.commands.some((command) => command.name() === 'help')) {
      helpFor = true;
      continue;
    }
    const command = parent.commands.find((candidate) => candidate.name() === word || candidate.aliases().includes(word));
    if (command === undefined) return;
    if (pending.has(command)) {
      await beforeDefine?.();
      await defineCommand(command, io);
    }
    if (helpFor || command.commands.length === 0) return;
    parent = command;
  }
}

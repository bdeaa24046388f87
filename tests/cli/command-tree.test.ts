/**
 * The command tree from the registry (src/cli/command-registry.ts, command-tree.ts): commands are there by
 * name and description, and a command's options are defined only when the arguments name it. What a user
 * sees must not depend on that: the help lists the same words as commander would for the defined
 * commands, and every word that names a command defines exactly it.
 */
import type { Command } from 'commander';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/cli-io.js';
import { COMMANDS, type CommandEntry } from '../../src/cli/command-registry.js';
import { defineCommand, defineNamedCommands } from '../../src/cli/command-tree.js';
import { createProgram, runCli } from '../../src/cli/run-cli.js';
import { runPlancast } from '../helpers/run-plancast.js';

const quiet: CliIo = { out: () => undefined, err: () => undefined };

/** Every command of the tree with its path from the program, e.g. "data list". */
function everyCommand(parent: Command, path: string[] = []): { path: string; command: Command }[] {
  return parent.commands.flatMap((command) => [{ path: [...path, command.name()].join(' '), command }, ...everyCommand(command, [...path, command.name()])]);
}

function entryAt(path: string): CommandEntry {
  let entries = COMMANDS;
  let found: CommandEntry | undefined;
  for (const name of path.split(' ')) {
    found = entries.find((entry) => entry.name === name);
    if (found === undefined) throw new Error(`no registry entry ${path}`);
    entries = found.subcommands ?? [];
  }
  return found!;
}

async function fullyDefined(): Promise<Command> {
  const program = createProgram(quiet);
  for (const { command } of everyCommand(program)) await defineCommand(command, quiet);
  return program;
}

const isDefined = (command: Command): boolean => command.options.length > 0;

describe('the registry and the defined commands agree', () => {
  it("every leaf's listed words are commander's own term for the defined command", async () => {
    const program = await fullyDefined();
    const help = program.createHelp();
    const leaves = everyCommand(program).filter(({ command }) => command.commands.length === 0);
    expect(leaves.length).toBe(20);
    for (const { path, command } of leaves) {
      expect(isDefined(command), path).toBe(true);
      const entry = entryAt(path);
      expect([entry.name, entry.usage].filter((part) => part !== '').join(' '), path).toBe(help.subcommandTerm(command));
    }
  });

  it('the help of the program and of each group is the same with the commands pending as with all defined', async () => {
    const pending = createProgram(quiet);
    const defined = await fullyDefined();
    expect(pending.helpInformation()).toBe(defined.helpInformation());
    expect(pending.helpInformation()).toContain('feasibility [options]');
    for (const group of ['data', 'scenarios']) {
      const inPending = pending.commands.find((command) => command.name() === group)!;
      const inDefined = defined.commands.find((command) => command.name() === group)!;
      expect(inPending.helpInformation(), group).toBe(inDefined.helpInformation());
    }
    expect(pending.commands.find((command) => command.name() === 'scenarios')!.helpInformation()).toContain('show [options] <scenario>');
  });

  it('a command is pending until it is defined (the check above can fail)', () => {
    const program = createProgram(quiet);
    expect(everyCommand(program).filter(({ command }) => isDefined(command))).toEqual([]);
  });
});

describe('the arguments define the commands they name, and only those', () => {
  it.each([
    [['--help'], []],
    [['-V'], []],
    [[], []],
    [['data'], []],
    [['data', '--help'], []],
    [['feasibility', '--region', 'yubei'], ['feasibility']],
    [['feasibility', '--help'], ['feasibility']],
    [['data', 'list', '--json'], ['data list']],
    [['scenarios', 'show', 'baseline'], ['scenarios show']],
    [['help', 'report'], ['report']],
    [['help', 'data'], []],
    [['data', 'help', 'show'], ['data show']],
    [['--version', 'fit'], ['fit']],
    [['feasibilty', '--region', 'yubei'], []],
    [['data', 'lst'], []],
  ])('%j defines %j', async (argv, expected) => {
    const program = createProgram(quiet);
    let prepared = 0;
    await defineNamedCommands(program, argv, quiet, async () => { prepared += 1; });
    expect(everyCommand(program).filter(({ command }) => isDefined(command)).map(({ path }) => path)).toEqual(expected);
    expect(prepared).toBe(expected.length === 0 ? 0 : 1);
  });

  it('runs beforeCommand once, before the definition, and not for the program\'s or a group\'s help', async () => {
    const calls: string[] = [];
    const beforeCommand = async (): Promise<void> => { calls.push('before'); };
    expect(await runCli(['--help'], quiet, { beforeCommand })).toBe(0);
    expect(await runCli(['data', '--help'], quiet, { beforeCommand })).toBe(0);
    expect(calls).toEqual([]);
    expect(await runCli(['feasibility', '--help'], quiet, { beforeCommand })).toBe(0);
    expect(calls).toEqual(['before']);
    // before: the command has no options yet when it runs, and has them after
    const program = createProgram(quiet);
    const fit = program.commands.find((command) => command.name() === 'fit')!;
    const optionsWhenCalled: number[] = [];
    await defineNamedCommands(program, ['fit', '--region', 'yubei'], quiet, async () => { optionsWhenCalled.push(fit.options.length); });
    expect(optionsWhenCalled).toEqual([0]);
    expect(fit.options.length).toBeGreaterThan(0);
  });

  it('a mistyped command or option is still told with the nearest name', async () => {
    const command = await runPlancast('feasibilty');
    expect(command.exitCode).toBe(2);
    expect(command.stderr).toMatch(/unknown command 'feasibilty'\n\(Did you mean feasibility\?\)/);
    const option = await runPlancast('data', 'list', '--jsn');
    expect(option.exitCode).toBe(2);
    expect(option.stderr).toMatch(/unknown option '--jsn'\n\(Did you mean --json\?\)/);
    const subcommand = await runPlancast('data', 'lst');
    expect(subcommand.exitCode).toBe(2);
    expect(subcommand.stderr).toMatch(/Did you mean list\?/);
  });

  it('help for a command shows its options: the definition is loaded first', async () => {
    for (const argv of [['help', 'feasibility'], ['feasibility', '--help'], ['data', 'help', 'validate']]) {
      const run = await runPlancast(...argv);
      expect(run.exitCode, argv.join(' ')).toBe(0);
      expect(run.stdout, argv.join(' ')).toMatch(/Options:\n[\s\S]*--json/);
    }
  });
});

describe('whatever commander runs was defined first (property)', () => {
  /** Parses argv after defining what it names, with every leaf's action replaced by a recorder: what ran, and whether it was defined. */
  async function commandsRun(argv: readonly string[]): Promise<string[]> {
    const program = createProgram(quiet);
    await defineNamedCommands(program, argv, quiet);
    const ran: string[] = [];
    for (const { path, command } of everyCommand(program)) {
      if (command.commands.length > 0) continue;
      command.action(() => { ran.push(isDefined(command) ? path : `UNDEFINED ${path}`); });
    }
    try {
      await program.parseAsync(argv, { from: 'user' });
    } catch {
      // usage errors and help end in commander's error (exitOverride)
    }
    return ran;
  }

  it('the recorder sees the command that runs (the property below can fail)', async () => {
    expect(await commandsRun(['data', 'list'])).toEqual(['data list']);
    expect(await commandsRun(['scenarios', 'show', 'baseline', '--json'])).toEqual(['scenarios show']);
    expect(await commandsRun(['start'])).toEqual(['start']);
    expect(await commandsRun(['--help'])).toEqual([]);
  });

  const words = ['data', 'scenarios', 'list', 'show', 'validate', 'policies', 'conflicts', 'feasibility', 'fit', 'report', 'tui', 'start', 'help',
    '--help', '-h', '-V', '--version', '--json', '--region', 'yubei', '--', '-', 'baseline', 'nosuch', '--data', 'x.csv'];
  const commandLines = ['data list', 'data validate', 'scenarios list', 'scenarios show baseline', 'scenarios policies', 'start', 'feasibility --region yubei', 'report --region yubei', 'tui'];

  it('for arguments made of command names, options and other words', async () => {
    const argvs = fc.oneof(
      fc.array(fc.constantFrom(...words), { maxLength: 6 }),
      // a command line with words put before, between and after its words
      fc.tuple(fc.array(fc.constantFrom(...words), { maxLength: 2 }), fc.constantFrom(...commandLines), fc.array(fc.constantFrom(...words), { maxLength: 3 }))
        .map(([before, line, after]) => [...before, ...line.split(' '), ...after]),
    );
    await fc.assert(fc.asyncProperty(argvs, async (argv) => {
      expect((await commandsRun(argv)).filter((entry) => entry.startsWith('UNDEFINED'))).toEqual([]);
    }), { numRuns: 1000 });
  });
});

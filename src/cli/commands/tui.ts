/**
 * `plancast tui [--region R] [--indicator I] [--scenario S] [--data FILE] [--paths N] [--seed N] [--lang zh|en]`:
 * the interactive session ("what would it take?"). Ink and React are imported inside the action, so
 * every other command (and `plancast --help`) starts without them. Outside a terminal it says which
 * commands to use instead and exits 2, before loading anything.
 */
import { InvalidArgumentError, type Command } from 'commander';
import { preferredLanguage, terminalRefusal } from '../../tui/terminal-check.js';
import type { CliIo } from '../cli-io.js';
import { ExitSignal } from '../exit-signal.js';
import { parsePathCount, parseSeed } from '../option-parsers.js';
import { addDataOption } from './shared-options.js';

function parseLanguage(value: string): 'zh' | 'en' {
  if (value !== 'zh' && value !== 'en') throw new InvalidArgumentError(`--lang must be zh or en (got "${value}")`);
  return value;
}

export function defineTuiCommand(command: Command, io: CliIo): void {
  command
    .option('--region <region>', 'start with this region, e.g. yubei')
    .option('--indicator <indicator>', 'start with this indicator (id or Chinese name), e.g. rd_intensity')
    .option('--scenario <scenario>', 'scenario id or YAML file (default baseline)')
    .option('--paths <n>', 'Monte Carlo paths per indicator (default 10000)', parsePathCount)
    .option('--seed <n>', 'random seed', parseSeed)
    .option('--models <file>', 'model spec file (default models/default.yaml)')
    .option('--lang <language>', 'zh or en (default: from the locale)', parseLanguage);
  addDataOption(command).action(async (options: { region?: string; indicator?: string; scenario?: string; paths?: number; seed?: number; models?: string; lang?: string; data?: string; catalog?: string }) => {
    const refusal = terminalRefusal();
    if (refusal !== undefined) {
      const { translate } = await import('../../core/report/messages.js');
      io.err(translate(preferredLanguage(options.lang), refusal));
      throw new ExitSignal(2);
    }
    // Ink draws only the final frame when it believes it runs in CI (CI=true is often inherited from a
    // build environment); this is a real terminal, so it must draw live. Ink reads this when it loads.
    for (const name of ['CI', 'CONTINUOUS_INTEGRATION']) if (process.env[name] !== undefined) process.env[name] = '0';
    // NO_COLOR (no-color.org): Ink's colour library reads FORCE_COLOR, not NO_COLOR.
    if (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '') process.env.FORCE_COLOR = '0';
    // React's production build: its development build checks every render and doubles the key-to-frame time.
    process.env.NODE_ENV ??= 'production';
    const { runTui } = await import('../../tui/run-tui.js');
    const exitCode = await runTui(options, io);
    if (exitCode !== 0) throw new ExitSignal(exitCode);
  });
}

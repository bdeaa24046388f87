/**
 * A command's options are defined when a run names it (command-tree.ts), and what it does is loaded only
 * when it runs: `plancast --help`, a command's help and light commands never import the pipeline, the
 * renderers or the terminal UI.
 *
 *   .action(lazyAction(() => import('./actions/feasibility.js'), 'feasibilityAction', io))
 */
import type { CliIo } from './cli-io.js';

type ActionModule<Name extends string> = Record<Name, (io: CliIo, ...args: never[]) => unknown>;

/** A commander action that imports `module` on first use and calls its export `name` with io and the action's arguments. */
export function lazyAction<Name extends string>(load: () => Promise<ActionModule<Name>>, name: Name, io: CliIo): (...args: unknown[]) => Promise<void> {
  return async (...args: unknown[]) => {
    const module = await load();
    await (module[name] as (io: CliIo, ...rest: unknown[]) => unknown)(io, ...args);
  };
}

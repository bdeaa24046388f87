/** Options several commands share, defined once. */
import type { Command } from 'commander';

export function addDataOption(command: Command): Command {
  return command.option('--data <file>', 'your own CSV or .xlsx file (region,indicator,year,value[,kind,unit,comparator,source]) laid over the bundled data');
}

export function addJsonOption(command: Command): Command {
  return command.option('--json', 'print machine-readable JSON instead of a table');
}

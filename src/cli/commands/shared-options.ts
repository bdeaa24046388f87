/** Options several commands share, defined once. */
import type { Command } from 'commander';

export function addDataOption(command: Command): Command {
  return command
    .option('--data <file>', 'your own CSV or .xlsx file (region,indicator,year,value[,kind,unit,comparator,source]) laid over the bundled data')
    .option('--catalog <file>', 'your own indicator catalogue (YAML like seeds/indicators.yaml) adding indicators, derived ones included');
}

/** The loader options a command's --data and --catalog give. */
export function dataOptions(options: { data?: string; catalog?: string }): { dataFile?: string; catalogFile?: string } {
  return { ...(options.data ? { dataFile: options.data } : {}), ...(options.catalog ? { catalogFile: options.catalog } : {}) };
}

export function addJsonOption(command: Command): Command {
  return command.option('--json', 'print machine-readable JSON instead of a table');
}

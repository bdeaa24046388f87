/** Options several commands share, defined once. */
import type { Command } from 'commander';
import { inputLimits, MAX_INPUT_ENVIRONMENT_VARIABLE, DEFAULT_MAX_INPUT_MB, type InputLimits } from '../../io/input-file.js';
import { parseFilePath, parseMaxInputMegabytes } from '../option-parsers.js';

export function addDataOption(command: Command): Command {
  return command
    .option('--data <file>', 'your own CSV or .xlsx file (region,indicator,year,value[,kind,unit,comparator,source]) laid over the bundled data', parseFilePath)
    .option('--catalog <file>', 'your own indicator catalogue (YAML like seeds/indicators.yaml) adding indicators, derived ones included', parseFilePath)
    .option('--max-input-mb <n>', `the largest input file read, in MB (default ${DEFAULT_MAX_INPUT_MB}, or ${MAX_INPUT_ENVIRONMENT_VARIABLE})`, parseMaxInputMegabytes);
}

/** The loader options a command's --data, --catalog and --max-input-mb give. */
export function dataOptions(options: { data?: string; catalog?: string; maxInputMb?: number }): { dataFile?: string; catalogFile?: string; limits: InputLimits } {
  return { ...(options.data !== undefined ? { dataFile: options.data } : {}), ...(options.catalog !== undefined ? { catalogFile: options.catalog } : {}), limits: inputLimits(options.maxInputMb) };
}

export function addJsonOption(command: Command): Command {
  return command.option('--json', 'print machine-readable JSON instead of a table');
}

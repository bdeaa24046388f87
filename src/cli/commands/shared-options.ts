/** Options several commands share, defined once. */
import type { Command } from 'commander';
import type { DatasetOptions } from '../../app/open-dataset.js';
import { MAX_INPUT_ENVIRONMENT_VARIABLE, DEFAULT_MAX_INPUT_MB } from '../../io/input-file.js';
import { parseFilePath, parseMaxInputMegabytes } from '../option-parsers.js';

export function addDataOption(command: Command): Command {
  return command
    .option('--data <file>', 'your own CSV or .xlsx file (region,indicator,year,value[,kind,unit,comparator,source]) laid over the bundled data', parseFilePath)
    .option('--catalog <file>', 'your own indicator catalogue (YAML like seeds/indicators.yaml) adding indicators, derived ones included', parseFilePath)
    .option('--plans <file>', 'your own plan calendar (YAML like seeds/plans.yaml) adding plans', parseFilePath)
    .option('--plan <plan>', 'the plan the rows of --data belong to when they name none: a plan id of seeds/plans.yaml (or --plans) or the plan\'s years, first-last')
    .option('--fractions-as-percent', 'read a percentage indicator\'s values below 1 in --data as fractions and multiply them by 100')
    .option('--max-input-mb <n>', `the largest input file read, in MB (default ${DEFAULT_MAX_INPUT_MB}, or ${MAX_INPUT_ENVIRONMENT_VARIABLE})`, parseMaxInputMegabytes);
}

/** The dataset options of --data, --catalog, --plans, --plan, --fractions-as-percent and --max-input-mb. */
export function datasetOptions(options: { data?: string | undefined; catalog?: string | undefined; plans?: string | undefined; plan?: string | undefined; fractionsAsPercent?: boolean | undefined; maxInputMb?: number | undefined }): DatasetOptions {
  return {
    ...(options.data ? { data: options.data } : {}), ...(options.catalog ? { catalog: options.catalog } : {}),
    ...(options.plans ? { plans: options.plans } : {}), ...(options.plan ? { plan: options.plan } : {}),
    ...(options.fractionsAsPercent ? { fractionsAsPercent: true } : {}),
    ...(options.maxInputMb !== undefined ? { maxInputMb: options.maxInputMb } : {}),
  };
}

export function addJsonOption(command: Command): Command {
  return command.option('--json', 'print machine-readable JSON instead of a table');
}

/** Options several commands share, defined once. */
import type { Command } from 'commander';

export function addDataOption(command: Command): Command {
  return command
    .option('--data <file>', 'your own CSV or .xlsx file (region,indicator,year,value[,kind,unit,comparator,source]) laid over the bundled data')
    .option('--catalog <file>', 'your own indicator catalogue (YAML like seeds/indicators.yaml) adding indicators, derived ones included')
    .option('--plans <file>', 'your own plan calendar (YAML like seeds/plans.yaml) adding plans')
    .option('--plan <plan>', 'the plan the rows of --data belong to when they name none: a plan id of seeds/plans.yaml (or --plans) or the plan\'s years, first-last')
    .option('--fractions-as-percent', 'read a percentage indicator\'s values below 1 in --data as fractions and multiply them by 100');
}

/** The loader options a command's --data and --catalog give. */
export function dataOptions(options: { data?: string; catalog?: string }): { dataFile?: string; catalogFile?: string } {
  return { ...(options.data ? { dataFile: options.data } : {}), ...(options.catalog ? { catalogFile: options.catalog } : {}) };
}

/** The dataset options of --data, --catalog, --plans, --plan and --fractions-as-percent. */
export function datasetOptions(options: { data?: string | undefined; catalog?: string | undefined; plans?: string | undefined; plan?: string | undefined; fractionsAsPercent?: boolean | undefined }): { data?: string; catalog?: string; plans?: string; plan?: string; fractionsAsPercent?: boolean } {
  return {
    ...(options.data ? { data: options.data } : {}), ...(options.catalog ? { catalog: options.catalog } : {}),
    ...(options.plans ? { plans: options.plans } : {}), ...(options.plan ? { plan: options.plan } : {}),
    ...(options.fractionsAsPercent ? { fractionsAsPercent: true } : {}),
  };
}

export function addJsonOption(command: Command): Command {
  return command.option('--json', 'print machine-readable JSON instead of a table');
}

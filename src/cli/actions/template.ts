/** What `plancast template` does (the command's options are in commands/template.ts). */
import { openDataset } from '../../app/open-dataset.js';
import { requireRegion } from '../../app/require-region.js';
import { PlancastError } from '../../core/errors.js';
import { dataRequest } from '../../core/template/data-request.js';
import { dataRequestCsv, dataRequestXlsx, writeFileAtomically } from '../../io/write-data-request.js';
import type { CliIo } from '../cli-io.js';
import { datasetOptions } from '../commands/shared-options.js';

export interface TemplateOptions {
  region: string;
  asOf: number;
  xlsx?: boolean;
  out?: string;
  data?: string;
  catalog?: string;
  plans?: string;
  plan?: string;
  fractionsAsPercent?: boolean;
}

export async function templateAction(io: CliIo, options: TemplateOptions): Promise<void> {
  if (options.xlsx && options.out === undefined) throw new PlancastError('E_USAGE', '--xlsx writes a binary workbook and needs --out FILE', { remedy: 'add --out request.xlsx (or drop --xlsx for CSV on standard output)' });
  const dataset = await openDataset(datasetOptions(options));
  const region = requireRegion(dataset, options.region);
  const request = dataRequest(dataset, region, options.asOf);
  if (request.plan === undefined) throw new PlancastError('E_NO_PLAN', `${region}: no plan of the calendar covers ${options.asOf}`, { remedy: 'choose an --as-of year inside a plan of seeds/plans.yaml, or add the plan with --plans FILE' });
  const summary = `${region}: ${request.rows.length} rows to fill for the ${request.plan} plan as of ${options.asOf}`;
  if (options.out === undefined) {
    io.out(dataRequestCsv(request).replace(/^\uFEFF/, '').replace(/\r\n/g, '\n').trimEnd());
    io.err(summary);
    return;
  }
  writeFileAtomically(options.out, options.xlsx ? await dataRequestXlsx(request) : dataRequestCsv(request));
  io.out(`${summary}: wrote ${options.out}`);
}

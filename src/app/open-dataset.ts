/**
 * The dataset of a process — bundled seeds plus a user's --data and --catalog — read and validated once
 * and shared by everything that asks for the same files (the data commands use it alone; a workspace
 * adds the model spec and scenarios around it).
 */
import type { Dataset } from '../core/records/dataset.js';
import { inputLimits } from '../io/input-file.js';
import { loadDataset } from '../io/load-dataset.js';

export interface DatasetOptions {
  /** a user's CSV or .xlsx file laid over the bundled records */
  data?: string | undefined;
  /** a user's indicator catalogue (YAML) adding indicators */
  catalog?: string | undefined;
  /** the largest input file read, in MB (--max-input-mb; default PLANCAST_MAX_INPUT_MB or 256) */
  maxInputMb?: number | undefined;
}

const opened = new Map<string, Promise<Dataset>>();

export function openDataset(options: DatasetOptions = {}): Promise<Dataset> {
  const key = JSON.stringify([options.data ?? null, options.catalog ?? null, options.maxInputMb ?? null]);
  let dataset = opened.get(key);
  if (dataset === undefined) {
    dataset = loadDataset({ ...(options.data ? { dataFile: options.data } : {}), ...(options.catalog ? { catalogFile: options.catalog } : {}), limits: inputLimits(options.maxInputMb) });
    opened.set(key, dataset);
    // A failed load is not remembered: the next call tries again (and reports the error again).
    dataset.catch(() => opened.delete(key));
  }
  return dataset;
}

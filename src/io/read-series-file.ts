/**
 * Reads the series of a user's file for `plancast forecast` and `plancast evaluate` (either layout, see
 * src/core/evaluation/series-from-table.ts). Any error-level problem raises a DataValidationError with
 * every issue, so nothing is forecast from a half-read file.
 */
import type { Catalog } from '../core/catalog/indicator-catalog.js';
import { seriesFromTable, type SeriesTable } from '../core/evaluation/series-from-table.js';
import { DataValidationError } from '../core/records/dataset.js';
import { collectingSink } from '../core/validation/tabular-file.js';
import { readTableFile } from './read-table-file.js';

export async function readSeriesFile(path: string, catalog: Catalog): Promise<SeriesTable> {
  const sink = collectingSink();
  const read = await readTableFile(path, sink);
  const table = sink.table();
  if (!read.ok || table === undefined) throw new DataValidationError(path, read.issues);
  const result = seriesFromTable(table, catalog);
  const issues = [...read.issues, ...result.issues];
  if (issues.some((issue) => issue.severity === 'error')) throw new DataValidationError(path, issues);
  return { ...result, issues };
}

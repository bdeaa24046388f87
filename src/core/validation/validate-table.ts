/**
 * Validates a whole table held in memory (small files, tests): the streaming validator of
 * table-validator.ts, fed the header and every row. Collects every problem; returns the records of the
 * rows that passed.
 */
import type { Catalog } from '../catalog/indicator-catalog.js';
import type { TabularFile } from './tabular-file.js';
import { createTableValidator, recordKey, type TableValidation } from './table-validator.js';

export { recordKey, type TableValidation };

export function validateTable(table: TabularFile, catalog: Catalog): TableValidation {
  const validator = createTableValidator(catalog, table.file);
  const { rows, ...header } = table;
  validator.header(header);
  for (const row of rows) validator.row(row);
  return validator.finish();
}

/** What `plancast data validate` does (the command's options are in commands/data-validate.ts). */
import { formatIssue } from '../../core/validation/validation-issue.js';
import { loadCatalogWith, seedRecordFiles, validateDataFile } from '../../io/load-dataset.js';
import type { CliIo } from '../cli-io.js';
import { ExitSignal } from '../exit-signal.js';
import { inputLimits } from '../../io/input-file.js';

export async function dataValidateAction(io: CliIo, files: string[], options: { json?: boolean; catalog?: string; maxInputMb?: number }): Promise<void> {
  const catalog = await loadCatalogWith(options.catalog);
  const targets = files.length > 0 ? files : seedRecordFiles();
  const limits = inputLimits(options.maxInputMb);
  const results = [];
  // Records are counted, not kept: checking a file of a million rows holds no million records.
  for (const file of targets) results.push({ file, ...(await validateDataFile(file, catalog, { keepRecords: false, limits })) });
  const invalid = results.filter((result) => result.issues.some((issue) => issue.severity === 'error'));
  if (options.json) {
    io.out(JSON.stringify(results.map((result) => ({
      file: result.file, valid: !result.issues.some((issue) => issue.severity === 'error'),
      rows: result.rowCount, records: result.recordCount, readNote: result.readNote ?? null, issues: result.issues,
    })), null, 2));
  } else {
    for (const result of results) {
      const errors = result.issues.filter((issue) => issue.severity === 'error').length;
      const warnings = result.issues.length - errors;
      for (const issue of result.issues) io.err(formatIssue(issue));
      const note = result.readNote ? ` (${result.readNote})` : '';
      io.out(errors === 0
        ? `✓ ${result.file}: valid — ${result.recordCount} records${warnings ? `, ${warnings} warning${warnings === 1 ? '' : 's'}` : ''}${note}`
        : `✗ ${result.file}: ${errors} error${errors === 1 ? '' : 's'}${warnings ? `, ${warnings} warning${warnings === 1 ? '' : 's'}` : ''} in ${result.rowCount} rows${note}`);
    }
  }
  if (invalid.length > 0) throw new ExitSignal(2);
}

/**
 * `plancast data validate FILE…`: checks users' CSV/.xlsx files (or the bundled seeds) and lists every
 * problem with file, line, column, value, code and remedy. Exit 0 when valid, 2 when not.
 */
import type { Command } from 'commander';
import { formatIssue } from '../../core/validation/validation-issue.js';
import { loadCatalogWith, seedRecordFiles, validateDataFile } from '../../io/load-dataset.js';
import type { CliIo } from '../cli-io.js';
import { ExitSignal } from '../exit-signal.js';
import { addJsonOption } from './shared-options.js';
import { DEFAULT_MAX_INPUT_MB, inputLimits, MAX_INPUT_ENVIRONMENT_VARIABLE } from '../../io/input-file.js';
import { parseFilePath, parseMaxInputMegabytes } from '../option-parsers.js';

export function registerDataValidate(data: Command, io: CliIo): void {
  const command = data
    .command('validate')
    .description('check data files (CSV UTF-8/GB18030, or .xlsx); with no file, the bundled seeds')
    .argument('[files...]', 'the files to check');
  command.option('--catalog <file>', 'your own indicator catalogue (YAML) whose indicators the files may use', parseFilePath);
  command.option('--max-input-mb <n>', `the largest file read, in MB (default ${DEFAULT_MAX_INPUT_MB}, or ${MAX_INPUT_ENVIRONMENT_VARIABLE})`, parseMaxInputMegabytes);
  addJsonOption(command).action(async (files: string[], options: { json?: boolean; catalog?: string; maxInputMb?: number }) => {
    const catalog = await loadCatalogWith(options.catalog);
    const targets = files.length > 0 ? files : seedRecordFiles();
    const limits = inputLimits(options.maxInputMb);
    const results = [];
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
  });
}

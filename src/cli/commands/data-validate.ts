/**
 * `plancast data validate FILE…`: checks users' CSV/.xlsx files (or the bundled seeds) and lists every
 * problem with file, line, column, value, code and remedy. Exit 0 when valid, 2 when not.
 */
import type { Command } from 'commander';
import type { CliIo } from '../cli-io.js';
import { lazyAction } from '../lazy-action.js';
import { addJsonOption } from './shared-options.js';
import { DEFAULT_MAX_INPUT_MB, MAX_INPUT_ENVIRONMENT_VARIABLE } from '../../io/input-file.js';
import { parseFilePath, parseMaxInputMegabytes } from '../option-parsers.js';

export function defineDataValidateCommand(command: Command, io: CliIo): void {
  command.argument('[files...]', 'the files to check');
  command.option('--catalog <file>', 'your own indicator catalogue (YAML) whose indicators the files may use', parseFilePath);
  command.option('--max-input-mb <n>', `the largest file read, in MB (default ${DEFAULT_MAX_INPUT_MB}, or ${MAX_INPUT_ENVIRONMENT_VARIABLE})`, parseMaxInputMegabytes);
  addJsonOption(command).action(lazyAction(() => import('../actions/data-validate.js'), 'dataValidateAction', io));
}

/**
 * The gate every input file passes (data files, workbooks, catalogue, scenario and model-spec YAML):
 * a regular file, not larger than the input limit. It is checked with stat before anything is opened,
 * so a FIFO with no writer (which would block a reader forever), a device such as /dev/zero or
 * /dev/urandom (endless), or a folder is refused at once; the file is then opened non-blocking and
 * checked again on its descriptor, so swapping the file between the two looks changes nothing.
 *
 * The limit is 256 MB unless raised with --max-input-mb or the PLANCAST_MAX_INPUT_MB environment
 * variable.
 */
import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { PlancastError } from '../core/errors.js';

export const DEFAULT_MAX_INPUT_MB = 256;
export const MAX_INPUT_ENVIRONMENT_VARIABLE = 'PLANCAST_MAX_INPUT_MB';

export interface InputLimits {
  /** the largest input file read, in bytes */
  maxBytes: number;
}

/** The limit: an explicit --max-input-mb, else PLANCAST_MAX_INPUT_MB, else 256 MB. */
export function inputLimits(maxInputMb?: number): InputLimits {
  if (maxInputMb !== undefined) return { maxBytes: maxInputMb * 1024 * 1024 };
  const fromEnvironment = process.env[MAX_INPUT_ENVIRONMENT_VARIABLE];
  if (fromEnvironment !== undefined && fromEnvironment.trim() !== '') {
    if (!/^[1-9]\d{0,6}$/.test(fromEnvironment.trim())) {
      throw new PlancastError('E_INVALID_OPTION', `${MAX_INPUT_ENVIRONMENT_VARIABLE}=${fromEnvironment} is not a whole number of megabytes`, { remedy: `set ${MAX_INPUT_ENVIRONMENT_VARIABLE} to a whole number such as 1024, or unset it` });
    }
    return { maxBytes: Number(fromEnvironment.trim()) * 1024 * 1024 };
  }
  return { maxBytes: DEFAULT_MAX_INPUT_MB * 1024 * 1024 };
}

export type InputProblemCode = 'E_UNREADABLE_FILE' | 'E_NOT_REGULAR_FILE' | 'E_FILE_TOO_LARGE';

export interface InputProblem {
  code: InputProblemCode;
  message: string;
  remedy: string;
}

function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return 'a folder';
  if (stats.isFIFO()) return 'a named pipe (FIFO)';
  if (stats.isCharacterDevice()) return 'a character device (such as /dev/zero or /dev/urandom)';
  if (stats.isBlockDevice()) return 'a block device';
  if (stats.isSocket()) return 'a socket';
  return 'not a regular file';
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;
}

function statProblem(stats: Stats, limits: InputLimits): InputProblem | undefined {
  if (!stats.isFile()) {
    return { code: 'E_NOT_REGULAR_FILE', message: `this is ${kindOf(stats)}, not a regular file; plancast reads only files`, remedy: 'save the data to a file and pass its path' };
  }
  if (stats.size > limits.maxBytes) {
    return {
      code: 'E_FILE_TOO_LARGE',
      message: `the file is ${megabytes(stats.size)}, larger than the input limit of ${megabytes(limits.maxBytes)}`,
      remedy: `raise the limit with --max-input-mb ${Math.ceil(stats.size / 1024 / 1024)} (or ${MAX_INPUT_ENVIRONMENT_VARIABLE}), or split the file`,
    };
  }
  return undefined;
}

function unreadable(error: unknown): InputProblem {
  const code = (error as NodeJS.ErrnoException).code;
  return {
    code: 'E_UNREADABLE_FILE',
    message: code === 'ENOENT' ? 'the file does not exist' : code === 'EACCES' ? 'the file cannot be read (permission denied)' : `the file cannot be read (${code ?? 'unknown error'})`,
    remedy: 'check the path (relative paths start from the current folder)',
  };
}

/** An input file opened for reading after the checks, or the problem that stopped it. */
export type OpenedInput = { ok: true; descriptor: number; size: number } | { ok: false; problem: InputProblem };

export function openInputFile(path: string, limits: InputLimits): OpenedInput {
  let stats: Stats;
  try {
    stats = statSync(path);
  } catch (error) {
    return { ok: false, problem: unreadable(error) };
  }
  const before = statProblem(stats, limits);
  if (before) return { ok: false, problem: before };
  let descriptor: number;
  try {
    descriptor = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    return { ok: false, problem: unreadable(error) };
  }
  const after = statProblem(fstatSync(descriptor), limits);
  if (after) {
    closeSync(descriptor);
    return { ok: false, problem: after };
  }
  return { ok: true, descriptor, size: fstatSync(descriptor).size };
}

/** Reads a whole opened input (at most the limit: a file that grows meanwhile is cut off and refused). */
export function readOpenedInput(descriptor: number, limits: InputLimits): Buffer | InputProblem {
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for (;;) {
      const chunk = Buffer.allocUnsafe(1024 * 1024);
      const read = readSync(descriptor, chunk, 0, chunk.length, null);
      if (read === 0) break;
      total += read;
      if (total > limits.maxBytes) return statProblemForSize(total, limits);
      chunks.push(chunk.subarray(0, read));
    }
  } catch (error) {
    return unreadable(error);
  } finally {
    closeSync(descriptor);
  }
  return Buffer.concat(chunks, total);
}

function statProblemForSize(size: number, limits: InputLimits): InputProblem {
  return { code: 'E_FILE_TOO_LARGE', message: `the file is larger than the input limit of ${megabytes(limits.maxBytes)}`, remedy: `raise the limit with --max-input-mb (or ${MAX_INPUT_ENVIRONMENT_VARIABLE}), or split the file (read ${megabytes(size)} so far)` };
}

/** For YAML and other whole-file inputs: the bytes, or a PlancastError naming the file. */
export function readInputFileOrThrow(path: string, limits: InputLimits = inputLimits()): Buffer {
  const opened = openInputFile(path, limits);
  if (!opened.ok) throw new PlancastError(opened.problem.code === 'E_UNREADABLE_FILE' ? 'E_FILE_NOT_FOUND' : opened.problem.code, `${path}: ${opened.problem.message}`, { remedy: opened.problem.remedy });
  const bytes = readOpenedInput(opened.descriptor, limits);
  if (!Buffer.isBuffer(bytes)) throw new PlancastError(bytes.code === 'E_UNREADABLE_FILE' ? 'E_FILE_NOT_FOUND' : bytes.code, `${path}: ${bytes.message}`, { remedy: bytes.remedy });
  return bytes;
}

/** The most aliases a YAML input may expand: an "alias bomb" (billion laughs) stops here with E_YAML_SYNTAX. */
export const YAML_MAX_ALIAS_COUNT = 100;

/** A text input (YAML): through the gate, decoded as UTF-8 (a BOM is allowed); other bytes are E_TEXT_ENCODING. */
export function readUtf8InputOrThrow(path: string, limits: InputLimits = inputLimits()): string {
  const bytes = readInputFileOrThrow(path, limits);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new PlancastError('E_TEXT_ENCODING', `${path}: the file is not UTF-8 text`, { remedy: 'save the file as UTF-8' });
  }
}

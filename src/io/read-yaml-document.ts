/**
 * Reads a YAML file keeping where each value stands, so a schema problem at a path (growth.0.multiplier)
 * can be reported with its line and column. The file passes the input gate (a regular file within the
 * size limit, so /dev/zero or a FIFO is refused at once), must be UTF-8, and may expand at most
 * YAML_MAX_ALIAS_COUNT aliases: an alias bomb ("billion laughs") is E_YAML_SYNTAX with the file, not an
 * internal error.
 */
import { isNode, LineCounter, parseDocument } from 'yaml';
import { PlancastError } from '../core/errors.js';
import { readUtf8InputOrThrow, YAML_MAX_ALIAS_COUNT } from './input-file.js';
import { aliasBombError, isAliasLimitError, YAML_SYNTAX_REMEDY as YAML_REMEDY } from './yaml-errors.js';

export interface YamlDocument {
  file: string;
  value: unknown;
  /** 1-based line of the value at `path` (or of its nearest existing parent). */
  lineOf(path: readonly (string | number)[]): number | undefined;
}

export function readYamlDocument(file: string): YamlDocument {
  const text = readUtf8InputOrThrow(file);
  const lineCounter = new LineCounter();
  let document: ReturnType<typeof parseDocument>;
  try {
    document = parseDocument(text, { lineCounter, prettyErrors: true });
  } catch (error) {
    throw new PlancastError('E_YAML_SYNTAX', `${file}: the YAML cannot be read (${error instanceof RangeError ? 'nested too deeply' : 'malformed'})`, { remedy: YAML_REMEDY });
  }
  const [firstError] = document.errors;
  if (firstError !== undefined) {
    const position = firstError.linePos?.[0];
    throw new PlancastError('E_YAML_SYNTAX', `${file}${position ? `:${position.line}:${position.col}` : ''}: ${firstError.message.split('\n')[0]}`, { remedy: YAML_REMEDY });
  }
  let value: unknown;
  try {
    value = document.toJS({ maxAliasCount: YAML_MAX_ALIAS_COUNT });
  } catch (error) {
    if (isAliasLimitError(error)) throw aliasBombError(file);
    throw new PlancastError('E_YAML_SYNTAX', `${file}: the YAML cannot be turned into data`, { remedy: YAML_REMEDY });
  }
  return {
    file,
    value,
    lineOf(path) {
      for (let length = path.length; length >= 0; length--) {
        const node = length === 0 ? document.contents : document.getIn(path.slice(0, length), true);
        if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
      }
      return undefined;
    },
  };
}

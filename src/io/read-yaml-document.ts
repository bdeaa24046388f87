/**
 * Reads a YAML file keeping where each value stands, so a schema problem at a path (growth.0.multiplier)
 * can be reported with its line and column. The file passes the input gate (a regular file within the
 * size limit, so /dev/zero or a FIFO is refused at once), must be UTF-8, and may expand at most
 * YAML_MAX_ALIAS_COUNT aliases: an alias bomb ("billion laughs") is E_YAML_SYNTAX with the file, not an
 * internal error.
 *
 * The bundled scenarios, policies and model spec have compiled JSON copies (compiled-yaml.ts): when the
 * file's text is exactly what was compiled, its value is read from the JSON and the YAML is parsed only
 * if a line is asked for (a problem to report). The YAML parser itself is loaded on first use, so a
 * command reading only bundled files never loads it.
 */
import { createRequire } from 'node:module';
import type { LineCounter } from 'yaml';
import { PlancastError } from '../core/errors.js';
import { compiledValueOf } from './compiled-yaml.js';
import { readUtf8InputOrThrow, YAML_MAX_ALIAS_COUNT } from './input-file.js';
import { aliasBombError, isAliasLimitError, YAML_SYNTAX_REMEDY as YAML_REMEDY } from './yaml-errors.js';

export interface YamlDocument {
  file: string;
  value: unknown;
  /** 1-based line of the value at `path` (or of its nearest existing parent). */
  lineOf(path: readonly (string | number)[]): number | undefined;
}

/** The YAML library, loaded the first time a document is parsed. */
function yamlLibrary(): typeof import('yaml') {
  return createRequire(import.meta.url)('yaml') as typeof import('yaml');
}

export function readYamlDocument(file: string): YamlDocument {
  const text = readUtf8InputOrThrow(file);
  const compiled = compiledValueOf(file, text);
  if (compiled === undefined) return parseYamlDocument(file, text);
  let parsed: YamlDocument | undefined;
  return { file, value: compiled.value, lineOf: (path) => (parsed ??= parseYamlDocument(file, text)).lineOf(path) };
}

function parseYamlDocument(file: string, text: string): YamlDocument {
  const { isNode, LineCounter: LineCounterClass, parseDocument } = yamlLibrary();
  const lineCounter: LineCounter = new LineCounterClass();
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

/**
 * Reads a YAML file keeping where each value stands, so a schema problem at a path (growth.0.multiplier)
 * can be reported with its line and column.
 */
import { readFileSync } from 'node:fs';
import { isNode, LineCounter, parseDocument } from 'yaml';
import { PlancastError } from '../core/errors.js';

export interface YamlDocument {
  file: string;
  value: unknown;
  /** 1-based line of the value at `path` (or of its nearest existing parent). */
  lineOf(path: readonly (string | number)[]): number | undefined;
}

export function readYamlDocument(file: string): YamlDocument {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new PlancastError('E_FILE_NOT_FOUND', `${file}: ${code === 'ENOENT' ? 'the file does not exist' : `cannot be read (${code})`}`, { remedy: 'check the path' });
  }
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: true });
  const [firstError] = document.errors;
  if (firstError !== undefined) {
    const position = firstError.linePos?.[0];
    throw new PlancastError('E_YAML_SYNTAX', `${file}${position ? `:${position.line}:${position.col}` : ''}: ${firstError.message.split('\n')[0]}`, {
      remedy: 'fix the YAML syntax: indent with spaces, put a space after each colon, quote text that starts with * or contains ": "',
    });
  }
  return {
    file,
    value: document.toJS(),
    lineOf(path) {
      for (let length = path.length; length >= 0; length--) {
        const node = length === 0 ? document.contents : document.getIn(path.slice(0, length), true);
        if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
      }
      return undefined;
    },
  };
}

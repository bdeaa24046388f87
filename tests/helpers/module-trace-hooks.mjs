// The loader hooks behind module-trace.mjs: every resolved URL is appended to the trace file.
import { appendFileSync } from 'node:fs';

let traceFile;

export function initialize(data) {
  traceFile = data?.file;
}

export async function resolve(specifier, context, nextResolve) {
  const resolved = await nextResolve(specifier, context);
  if (traceFile) appendFileSync(traceFile, `${resolved.url}\n`);
  return resolved;
}

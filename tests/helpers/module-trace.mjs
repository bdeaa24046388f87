// Loaded with `node --import ./tests/helpers/module-trace.mjs …`: records the URL of every module the
// process loads (ESM and CommonJS through the ESM loader) into the file named by PLANCAST_MODULE_TRACE,
// so a test can see what a command really loads at run time, dynamic imports included. A CommonJS
// require() (createRequire, or a bundled CommonJS package's require) does not pass the ESM loader's hooks:
// the files it resolves are recorded here too.
import { appendFileSync } from 'node:fs';
import Module, { isBuiltin, register } from 'node:module';
import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';

const file = process.env.PLANCAST_MODULE_TRACE;
register(new URL('./module-trace-hooks.mjs', import.meta.url), { data: { file } });

if (file) {
  const resolveFilename = Module._resolveFilename;
  Module._resolveFilename = function (request, ...rest) {
    const resolved = resolveFilename.call(this, request, ...rest);
    if (!isBuiltin(resolved) && isAbsolute(resolved)) appendFileSync(file, `${pathToFileURL(resolved).href}\n`);
    return resolved;
  };
}

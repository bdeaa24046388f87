// Loaded with `node --import ./tests/helpers/module-trace.mjs …`: records the URL of every module the
// process loads (ESM and CommonJS through the ESM loader) into the file named by PLANCAST_MODULE_TRACE,
// so a test can see what a command really loads at run time, dynamic imports included.
import { register } from 'node:module';

register(new URL('./module-trace-hooks.mjs', import.meta.url), { data: { file: process.env.PLANCAST_MODULE_TRACE } });

#!/usr/bin/env node
// Part of `npm run build`, after tsc: bundles the `plancast` command and its two worker scripts from the
// compiled dist/src/ into dist/bundle/ with esbuild, so that a command starts by loading a few files instead
// of several hundred ES modules (zod, Ink with es-toolkit, vega's d3 packages, the pipeline's own files),
// each of which costs Node about a millisecond to resolve, read and link.
//
// - Two halves. The front, dist/bundle/plancast.cjs (the CLI: `bin` and `npm start`), is one CommonJS file
//   built from src/cli/main.ts: the command registry, the tree built from it, the failure handling — what
//   `--help` runs — with commander in commander.cjs beside it. CommonJS because Node starts it faster (an
//   empty ES module costs 3–5 ms more than an empty CommonJS file; commander bundled as an ES module 5–9 ms
//   more than as CommonJS). Every import() of the front (a command's definition, report-failure.ts,
//   v8-settings.ts) is an entry of the back, named after its source (cli-commands-feasibility.js).
// - The back: those entries and the two worker scripts, as ES modules in one flat folder with their
//   chunks, so that the worker clients' `new URL('./…-worker.js', import.meta.url)` finds the bundled worker
//   from whichever chunk the client lands in (and the compiled one when running from dist/src/).
//   `splitting`: each dynamic import() (a command's action, Ink and React, vega, the report writers) stays
//   a chunk of its own, loaded only when a command reaches it; shared code is split into chunks imported by
//   whichever entries use it.
// - One copy of each module: the back's imports of commander become require('./commander.cjs'), the file
//   the front requires, and the build fails if any other module is in both halves (SHARED_STATELESS below
//   names the four stateless ones that may be).
// - External (loaded from node_modules at run time, as before): packages with native binaries, WebAssembly
//   or files read beside their own module (@resvg/resvg-js, playwright-core, harfbuzzjs), the writers used
//   by one option each (exceljs, docx, write-excel-file: large, CommonJS, nothing gained at start-up), and
//   optional peers nothing installs (react-devtools-core for Ink's DEV mode). Everything else is bundled.
//   Files read at run time by path (seeds/, models/, dist/compiled-seeds/, vega's browser builds for the
//   HTML, harfbuzzjs' .wasm) are found from the package.json named plancast or through node_modules,
//   which dist/bundle/ shares with dist/src/.
// - The CommonJS packages bundled into the back's ES modules (React, yaml …) call require() for
//   Node's own modules (and the shim commander.cjs): a banner gives every file of the back a `require` (createRequire).
// - A CommonJS package imported with import() becomes a chunk that exports only its default
//   (module.exports), where Node would also give its named exports: the build fails on any such package
//   the code does not read through `.default` (DEFAULT_ONLY below).
// - dist/bundle/metafile.json records which sources and packages went into which file (of the three builds): the start-up test
//   (tests/architecture/bundle-start-up.test.ts) reads it to tell which packages a run loaded.
// `dist/src/` stays as tsc wrote it: the library export, the tests and the scripts import from it.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const compiled = (...parts) => join(root, 'dist', 'src', ...parts);
const BUNDLE_DIRECTORY = join(root, 'dist', 'bundle');

/** Packages left to node_modules (see above); their subpaths (write-excel-file/node) too. */
const EXTERNAL_PACKAGES = ['@resvg/resvg-js', 'playwright-core', 'harfbuzzjs', 'exceljs', 'docx', 'write-excel-file', 'react-devtools-core'];

/** CommonJS packages imported with import(), and where the code reads them through `.default`. */
const DEFAULT_ONLY = { react: 'src/tui/run-tui.ts' };

/**
 * What the commands load and never run, left out of the chunks (each kilobyte of a chunk is read and
 * compiled whenever a command loads it):
 * - zod's translations of its messages into 40 languages (`z.locales`, half of zod's size): plancast sets
 *   no locale, and zod's own default, English, is imported by zod's schemas directly and stays.
 * - React's development builds (react, react-reconciler, scheduler: 1.1 MB beside the production
 *   builds): `plancast tui` sets NODE_ENV=production before it loads React (src/cli/commands/tui.ts),
 *   so the bundle keeps only the production build.
 * And one thing made on first use instead of on load: string-width's grapheme segmenter (Intl.Segmenter
 * loads ICU's break rules, about 25 ms), which the CLI's tables need only for text beyond the characters
 * they count themselves (src/cli/format-table.ts).
 * And commander's child_process, which it needs only to run a subcommand that is a separate executable (plancast
 * has none): requiring it at start-up loaded child_process, net and dgram (3–4 ms of every command); the
 * bundle requires it when commander first spawns.
 * And yoga-layout's WebAssembly (Ink's layout engine) read from the data: URL it is shipped in without fetch():
 * its loader calls fetch() on that URL whenever a global fetch exists, and in Node the first touch of `fetch`
 * loads undici, Node's HTTP client (30–50 ms of the session's start); the loader's own base64 decoding,
 * which it uses where there is no fetch, gives the same bytes.
 * And a shortcut in Ink's string-width (version 8, also under widest-line and cli-truncate): text made only of
 * characters that each are a grapheme of a fixed width — the session's chart rows of Braille, shade blocks
 * and box drawing, Chinese names — is measured by src/core/report/simple-text-width.ts without Intl.Segmenter
 * (Ink measures every line of the screen several times: 50–70 ms of the first screen). Other text takes
 * string-width's own path; tests/core/report/simple-text-width.test.ts checks the two agree.
 * And zod without its JIT: zod compiles a parser for each object schema with new Function() the first
 * time it parses one, which pays off over thousands of parses; a command parses each file's schema once
 * (the catalogue, the model spec, the scenarios, the policies), where the compiling costs more than it
 * saves. The bundle starts zod's configuration with jitless: true (the same results, parsed by zod's
 * own interpreter); zod's config() can still change it.
 */
const lighterStart = {
  name: 'plancast-lighter-start',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) => (/[\\/]node_modules[\\/]zod[\\/]/.test(args.importer)
      ? { path: join(dirname(args.importer), '..', 'locales', 'en.js'), namespace: 'plancast-zod-locales' }
      : undefined));
    build.onLoad({ filter: /.*/, namespace: 'plancast-zod-locales' }, (args) => ({ contents: `export { default as en } from ${JSON.stringify(args.path)};`, loader: 'js', resolveDir: dirname(args.path) }));
    // plancast's own string-width (Ink's copies under other packages' node_modules are left as they are)
    build.onLoad({ filter: /[\\/]node_modules[\\/]string-width[\\/]index\.js$/ }, (args) => {
      if (args.path !== join(root, 'node_modules', 'string-width', 'index.js')) return undefined;
      const text = readFileSync(args.path, 'utf8');
      const created = 'const segmenter = new Intl.Segmenter();';
      const used = 'segmenter.segment(string)';
      if (!text.includes(created) || !text.includes(used)) throw new Error(`${args.path}: string-width no longer creates its segmenter as scripts/bundle.mjs expects; update the plugin`);
      return { contents: text.replace(created, 'let segmenter;').replace(used, '(segmenter ??= new Intl.Segmenter()).segment(string)'), loader: 'js' };
    });
    build.onLoad({ filter: /[\\/]node_modules[\\/]zod[\\/]v4[\\/]core[\\/]core\.js$/ }, (args) => {
      const text = readFileSync(args.path, 'utf8');
      const initial = '(_a.__zod_globalConfig = {})';
      if (!text.includes(initial)) throw new Error(`${args.path}: zod no longer starts its configuration as scripts/bundle.mjs expects; update the plugin`);
      return { contents: text.replace(initial, '(_a.__zod_globalConfig = { jitless: true })'), loader: 'js' };
    });
    build.onLoad({ filter: /[\\/]node_modules[\\/]commander[\\/]lib[\\/]command\.js$/ }, (args) => {
      const text = readFileSync(args.path, 'utf8');
      const eager = "const childProcess = require('node:child_process');";
      if (!text.includes(eager) || (text.match(/childProcess\.(\w+)/g) ?? []).some((use) => use !== 'childProcess.spawn')) throw new Error(`${args.path}: commander no longer uses child_process as scripts/bundle.mjs expects; update the plugin`);
      return { contents: text.replace(eager, "const childProcess = { spawn: (...args) => require('node:child_process').spawn(...args) };"), loader: 'js' };
    });
    build.onLoad({ filter: /[\\/]node_modules[\\/](?:ink|widest-line|cli-truncate)[\\/]node_modules[\\/]string-width[\\/]index\.js$/ }, (args) => {
      const text = readFileSync(args.path, 'utf8');
      const asciiPath = "if (/^[\\u0020-\\u007E]*$/.test(string)) {\n\t\treturn string.length;\n\t}\n";
      if (!text.includes(asciiPath) || !text.includes('ambiguousIsNarrow = true,')) throw new Error(`${args.path}: string-width no longer has the fast path scripts/bundle.mjs extends; update the plugin`);
      const simple = "\tconst simpleWidth = ambiguousIsNarrow ? simpleTextWidth(string) : undefined;\n\tif (simpleWidth !== undefined) {\n\t\treturn simpleWidth;\n\t}\n";
      return { contents: `import { simpleTextWidth } from ${JSON.stringify(compiled('core', 'report', 'simple-text-width.js'))};\n${text.replace(asciiPath, asciiPath + simple)}`, loader: 'js', resolveDir: dirname(args.path) };
    });
    build.onLoad({ filter: /[\\/]node_modules[\\/]yoga-layout[\\/]dist[\\/]binaries[\\/]yoga-wasm-base64-esm\.js$/ }, (args) => {
      const text = readFileSync(args.path, 'utf8');
      const viaFetch = 'function ya(){return w||"function"!=typeof fetch?';
      if (!text.includes(viaFetch)) throw new Error(`${args.path}: yoga-layout no longer loads its WebAssembly as scripts/bundle.mjs expects; update the plugin`);
      return { contents: text.replace(viaFetch, 'function ya(){return true?'), loader: 'js' };
    });
    build.onLoad({ filter: /[\\/]node_modules[\\/](react|react-reconciler|scheduler)[\\/][^\\/]+\.js$/ }, (args) => {
      const text = readFileSync(args.path, 'utf8');
      return { contents: text.replaceAll("process.env.NODE_ENV === 'production'", 'true'), loader: 'js' };
    });
  },
};

/**
 * commander, the one package both halves use (below), as a CommonJS file of its own: the front requires it
 * and the back's imports of it are turned into the same require(), so there is one commander, loaded as
 * CommonJS (Node links CommonJS faster than ES modules, and faster bundled than from its folder).
 */
const COMMANDER_FILE = 'commander.cjs';
const sharedCommander = {
  name: 'plancast-shared-commander',
  setup(build) {
    build.onResolve({ filter: /^commander$/ }, (args) => {
      if (args.kind === 'require-call' && args.namespace === 'plancast-commander') return { path: `./${COMMANDER_FILE}`, external: true };
      // packages with a command-line tool of their own (d3-dsv, topojson-client) depend on other commanders
      if (!args.importer.startsWith(compiled())) throw new Error(`${args.importer} imports commander: only plancast's own code may share commander.cjs (scripts/bundle.mjs)`);
      return { path: 'commander', namespace: 'plancast-commander' };
    });
    build.onLoad({ filter: /.*/, namespace: 'plancast-commander' }, () => ({ contents: `module.exports = require('commander');`, loader: 'js' }));
  },
};

/** A compiled source's name as an entry of the back: dist/src/cli/commands/feasibility.js → cli-commands-feasibility. */
const entryNameOf = (path) => relative(compiled(), path).replace(/\.js$/, '').split(sep).join('-');

/**
 * The front's dynamic imports (a command's definition, report-failure.ts, v8-settings.ts) become entries of
 * the back, imported by their file name there; the front keeps them external.
 */
const backEntries = {};
const frontBoundary = {
  name: 'plancast-front-boundary',
  setup(build) {
    build.onResolve({ filter: /.*/ }, (args) => {
      if (args.kind !== 'dynamic-import') return undefined;
      const target = resolve(args.resolveDir, args.path);
      const name = entryNameOf(target);
      backEntries[name] = target;
      return { path: `./${name}.js`, external: true };
    });
  },
};

const common = { absWorkingDir: root, outdir: BUNDLE_DIRECTORY, bundle: true, platform: 'node', target: 'node20', legalComments: 'none', sourcemap: true, logLevel: 'warning', metafile: true };

rmSync(BUNDLE_DIRECTORY, { recursive: true, force: true });
const commander = await build({ ...common, entryPoints: { commander: join(root, 'node_modules', 'commander', 'index.js') }, format: 'cjs', outExtension: { '.js': '.cjs' }, plugins: [lighterStart] });
const front = await build({
  ...common,
  entryPoints: { plancast: compiled('cli', 'main.js') },
  format: 'cjs',
  outExtension: { '.js': '.cjs' },
  external: [`./${COMMANDER_FILE}`],
  alias: { commander: `./${COMMANDER_FILE}` },
  // project-paths.ts finds the project from its own file's URL
  define: { 'import.meta.url': '__plancastFileUrl' },
  banner: { js: "'use strict';\nconst __plancastFileUrl = require('node:url').pathToFileURL(__filename).href;" },
  plugins: [frontBoundary],
});
const result = await build({
  ...common,
  entryPoints: {
    ...backEntries,
    'chart-render-worker': compiled('render', 'chart-render-worker.js'),
    'engine-worker': compiled('tui', 'engine-worker.js'),
  },
  splitting: true,
  format: 'esm',
  chunkNames: '[name]-[hash]',
  external: EXTERNAL_PACKAGES.flatMap((name) => [name, `${name}/*`]),
  banner: { js: "import { createRequire as __plancastCreateRequire } from 'node:module'; const require = __plancastCreateRequire(import.meta.url);" },
  plugins: [sharedCommander, lighterStart],
});

// One instance of each module: a module in both halves would be two (two classes of an error, two caches).
// The front is the few modules that build the command tree; only stateless ones may also be in the back.
const SHARED_STATELESS = ['dist/src/cli/cli-io.js', 'dist/src/cli/terminal-text.js', 'dist/src/io/project-paths.js', 'dist/src/tui/terminal-check.js'];
const frontInputs = Object.keys(front.metafile.inputs);
const backInputs = new Set(Object.keys(result.metafile.inputs));
const twice = frontInputs.filter((input) => backInputs.has(input) && !SHARED_STATELESS.includes(input));
if (twice.length > 0) {
  console.error(`bundle: these modules are in both the front (dist/bundle/plancast.cjs) and the back: ${twice.join(', ')}.\n  Import them in the front only through import(), or, if they keep no state and define no class, add them to SHARED_STATELESS in scripts/bundle.mjs.`);
  process.exit(1);
}

const unexpected = [];
for (const [file, output] of Object.entries(result.metafile.outputs)) {
  const entry = output.entryPoint;
  const name = entry === undefined ? undefined : /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(entry)?.[1];
  if (name !== undefined && result.metafile.inputs[entry]?.format === 'cjs' && !(name in DEFAULT_ONLY)) unexpected.push(`${name} (${file})`);
}
if (unexpected.length > 0) {
  console.error(`bundle: CommonJS packages imported with import() export only their default in the bundle: ${unexpected.join(', ')}.\n  Read them through \`.default\` (as src/tui/run-tui.ts does React) and add them to DEFAULT_ONLY in scripts/bundle.mjs, or make them external.`);
  process.exit(1);
}
const merged = { inputs: {}, outputs: {} };
for (const part of [commander, front, result]) {
  Object.assign(merged.inputs, part.metafile.inputs);
  Object.assign(merged.outputs, part.metafile.outputs);
}
writeFileSync(join(BUNDLE_DIRECTORY, 'metafile.json'), JSON.stringify(merged));

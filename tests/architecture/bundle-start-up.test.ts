/**
 * The bundle (dist/bundle/, what `plancast` and `npm start` run; scripts/bundle.mjs) starts as light as the
 * compiled code (start-up.test.ts): `--help`, `data list` and `feasibility` load none of the heavy modules.
 * In the bundle a package is no longer a folder of files under node_modules but part of a chunk, so which
 * packages a file holds is read from esbuild's metafile (dist/bundle/metafile.json); a package left
 * external is still loaded from node_modules. Checked twice, as for the compiled code: through the static
 * imports between the bundle's files, and at run time, by recording every module the process resolves
 * while the bundled CLI runs the command. The bundle is also self-contained: it never loads dist/src/,
 * and its workers are the bundled ones.
 * (Needs `npm run build`, which `npm test` runs first.)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/io/project-paths.js';
import { useTemporaryDirectory } from '../helpers/temporary-files.js';
import { startTmuxTerminal } from '../helpers/tmux-terminal.js';

const HEAVY = ['playwright-core', 'vega', 'vega-lite', 'vega-embed', '@resvg/resvg-js', 'ink', 'react', 'mathjs'];
const BUNDLE = join(projectRoot, 'dist', 'bundle');
const CLI = join(BUNDLE, 'plancast.cjs');
const folder = useTemporaryDirectory('plancast-bundle-start-up-');

interface Metafile {
  inputs: Record<string, unknown>;
  outputs: Record<string, { entryPoint?: string; inputs: Record<string, unknown>; imports: { path: string; kind: string; external?: boolean }[] }>;
}

function readMetafile(): Metafile {
  const file = join(BUNDLE, 'metafile.json');
  if (!existsSync(CLI) || !existsSync(file)) throw new Error(`${BUNDLE} is missing: run \`npm run build\` first (npm test does)`);
  return JSON.parse(readFileSync(file, 'utf8')) as Metafile;
}
const metafile = readMetafile();

const packageOf = (path: string): string | undefined => /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(path)?.[1];
const externalPackageOf = (specifier: string): string | undefined =>
  specifier.startsWith('node:') || specifier.startsWith('.') ? undefined : specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');
/** The metafile's key of a file of the bundle (paths relative to the project). */
const outputKey = (file: string): string => file.slice(projectRoot.length).replace(/^\/+/, '');

/** The packages bundled into one output file, and the external ones it imports. */
function packagesIn(key: string): Set<string> {
  const output = metafile.outputs[key];
  if (output === undefined) throw new Error(`${key} is not a file of the bundle`);
  const packages = new Set<string>();
  for (const input of Object.keys(output.inputs)) {
    const name = packageOf(input);
    if (name !== undefined) packages.add(name);
  }
  for (const edge of output.imports) {
    const name = edge.external ? externalPackageOf(edge.path) : undefined;
    if (name !== undefined) packages.add(name);
  }
  return packages;
}

/** The output file built from a compiled source (a dynamically imported action is an entry of its own). */
function outputOf(source: string): string {
  const found = Object.entries(metafile.outputs).find(([, output]) => output.entryPoint === source);
  if (found === undefined) throw new Error(`no file of the bundle is built from ${source}`);
  return found[0];
}

/**
 * The bundle file a static import or require() of an output reaches, if it is one: the back's chunks import
 * each other by path; the front (plancast.cjs) and the back's commander shim require ./commander.cjs.
 */
function staticTarget(edge: { path: string; kind: string; external?: boolean }): string | undefined {
  if (edge.kind !== 'import-statement' && edge.kind !== 'require-call') return undefined;
  if (!edge.external) return edge.path;
  return edge.path.startsWith('./') ? `dist/bundle/${edge.path.slice(2)}` : undefined;
}

/** Every package reachable from the outputs through static imports between the bundle's files. */
function staticPackages(...keys: string[]): Set<string> {
  const seen = new Set<string>();
  const packages = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const name of packagesIn(key)) packages.add(name);
    for (const edge of metafile.outputs[key]!.imports) {
      const target = staticTarget(edge);
      if (target !== undefined) visit(target);
    }
  };
  keys.forEach(visit);
  return packages;
}

const TRACE_HOOK = join(projectRoot, 'tests', 'helpers', 'module-trace.mjs');

/** What a run of the bundled CLI resolved: the bundle's files, the packages in them and from node_modules, and any other file. */
function runTraced(name: string, ...args: string[]): { bundleFiles: Set<string>; packages: Set<string>; others: Set<string> } {
  const trace = folder.path(`${name}.trace`);
  const run = spawnSync(process.execPath, ['--import', TRACE_HOOK, CLI, ...args], {
    encoding: 'utf8', env: { ...process.env, PLANCAST_MODULE_TRACE: trace, PLANCAST_CACHE_DIR: 'none' }, timeout: 180_000,
  });
  expect(run.status, run.stderr).toBe(0);
  return readTrace(trace);
}

function readTrace(trace: string): { bundleFiles: Set<string>; packages: Set<string>; others: Set<string> } {
  const bundleFiles = new Set<string>();
  const packages = new Set<string>();
  const others = new Set<string>();
  for (const url of readFileSync(trace, 'utf8').split('\n')) {
    if (!url.startsWith('file:')) continue;
    const file = fileURLToPath(url);
    const name = packageOf(file);
    if (file.startsWith(`${BUNDLE}/`)) {
      bundleFiles.add(file);
      for (const bundled of packagesIn(outputKey(file))) packages.add(bundled);
    } else if (name !== undefined) packages.add(name);
    else if (!file.startsWith(join(projectRoot, 'tests'))) others.add(file);
  }
  return { bundleFiles, packages, others };
}

describe('start-up of the bundle', () => {
  it.each([
    ['--help', []],
    ['data list', ['dist/src/cli/commands/data-list.js', 'dist/src/cli/actions/data-list.js']],
    ['feasibility', ['dist/src/cli/commands/feasibility.js', 'dist/src/cli/actions/feasibility.js']],
  ] as const)('%s reaches none of the heavy modules through static imports', (_, actions) => {
    const packages = staticPackages('dist/bundle/plancast.cjs', ...actions.map(outputOf));
    expect(packages.has('commander')).toBe(true);
    expect([...packages].filter((name) => HEAVY.includes(name))).toEqual([]);
  });

  it("the session's entry starts its engine thread before loading a schema library or the screen: neither reached through static imports", () => {
    const packages = staticPackages(outputOf('dist/src/tui/run-tui.js'));
    expect([...packages].filter((name) => [...HEAVY, 'zod'].includes(name))).toEqual([]);
    // the same check sees zod where it is loaded: the screen's modules (the check can fail)
    expect(staticPackages(outputOf('dist/src/tui/app.js'))).toContain('zod');
  });

  it('the chunks that do hold them are seen through the same imports (the check can fail)', () => {
    expect(staticPackages(outputOf('dist/src/render/render-svg.js'))).toContain('vega');
    expect(staticPackages(outputOf('dist/src/render/render-png.js'))).toContain('@resvg/resvg-js'); // external
    expect(staticPackages(outputOf('dist/src/tui/app.js'))).toContain('ink');
  });

  it("leaves out what no command runs: zod's translations and React's development builds", () => {
    const inputs = Object.keys(metafile.inputs);
    expect(inputs.filter((input) => /node_modules\/zod\/v4\/locales\/(?!en\.js$)/.test(input))).toEqual([]);
    expect(inputs.filter((input) => /node_modules\/(react|react-reconciler|scheduler)\/cjs\/.*development/.test(input))).toEqual([]);
    // what stays (the check can fail): zod's English messages and React's production builds
    expect(inputs).toContain('node_modules/zod/v4/locales/en.js');
    expect(inputs).toContain('node_modules/react-reconciler/cjs/react-reconciler.production.js');
  });

  it("starts zod without its JIT (each schema is parsed a few times per command) and string-width without its segmenter", () => {
    const holding = (input: string): string => readFileSync(join(projectRoot, Object.entries(metafile.outputs).find(([, output]) => input in output.inputs)![0]), 'utf8');
    expect(holding('node_modules/zod/v4/core/core.js')).toContain('__zod_globalConfig = { jitless: true }');
    const stringWidth = holding('node_modules/string-width/index.js');
    expect(stringWidth).toContain('(segmenter ??= new Intl.Segmenter()).segment(string)');
    expect(stringWidth).not.toContain('segmenter = new Intl.Segmenter();');
  });

  it("measures simple text in Ink's string-width without segmenting it (src/core/report/simple-text-width.ts)", () => {
    for (const input of ['node_modules/ink/node_modules/string-width/index.js', 'node_modules/widest-line/node_modules/string-width/index.js']) {
      const holding = readFileSync(join(projectRoot, Object.entries(metafile.outputs).find(([, output]) => input in output.inputs)![0]), 'utf8');
      expect(holding, input).toMatch(/const simpleWidth = ambiguousIsNarrow \? simpleTextWidth\(string\) : void 0;/);
    }
  });

  it("reads yoga-layout's WebAssembly from its data: URL without fetch() (which would load undici into the session)", () => {
    const yoga = readFileSync(join(projectRoot, Object.entries(metafile.outputs).find(([, output]) => 'node_modules/yoga-layout/dist/binaries/yoga-wasm-base64-esm.js' in output.inputs)![0]), 'utf8');
    expect(yoga).toMatch(/function ya\(\) \{\s*return true \? Promise\.resolve\(\)/);
    expect(yoga).not.toMatch(/return w \|\| "function" != typeof fetch \? Promise/);
  });

  it.each([
    ['help', ['--help']],
    ['data-list', ['data', 'list']],
    ['feasibility', ['feasibility', '--region', 'yubei', '--paths', '200']],
  ])('running %s loads none of them, and only the bundle\'s own files', (name, args) => {
    const { bundleFiles, packages, others } = runTraced(name, ...args);
    expect(bundleFiles.has(CLI)).toBe(true);
    expect(packages.has('commander')).toBe(true);
    expect([...packages].filter((pkg) => HEAVY.includes(pkg))).toEqual([]);
    expect([...others]).toEqual([]);
  });

  it('the help loads commander and nothing else of the packages (no schema library either), from two files', () => {
    const { bundleFiles, packages } = runTraced('help-only', '--help');
    expect([...packages]).toEqual(['commander']);
    // the front and commander: no command's definition, no V8 settings (what a command loads: below)
    expect([...bundleFiles].sort()).toEqual([join(BUNDLE, 'commander.cjs'), CLI]);
  });

  it('a command loads its definition and the V8 settings before its work; the help of another command is not loaded', () => {
    const { bundleFiles } = runTraced('data-list-files', 'data', 'list');
    expect(bundleFiles.has(join(BUNDLE, 'cli-commands-data-list.js'))).toBe(true);
    expect(bundleFiles.has(join(BUNDLE, 'cli-v8-settings.js'))).toBe(true);
    expect([...bundleFiles].filter((file) => /cli-commands-(?!data-list)/.test(file))).toEqual([]);
  });

  it('holds one commander and one copy of each module: the front requires commander.cjs, the back requires the same file', () => {
    const outputsHolding = (input: string): string[] => Object.entries(metafile.outputs).filter(([, output]) => input in output.inputs).map(([key]) => key);
    expect(outputsHolding('node_modules/commander/lib/command.js')).toEqual(['dist/bundle/commander.cjs']);
    const front = metafile.outputs['dist/bundle/plancast.cjs']!;
    expect(front.imports.filter((edge) => /commander/.test(edge.path)).map((edge) => `${edge.kind} ${edge.path}`)).toContain('require-call ./commander.cjs');
    expect(front.imports.filter((edge) => /commander/.test(edge.path) && edge.path !== './commander.cjs')).toEqual([]);
    const backRequires = Object.entries(metafile.outputs).filter(([key, output]) => key.endsWith('.js') && output.imports.some((edge) => edge.path === './commander.cjs'));
    expect(backRequires.length).toBeGreaterThan(0);
    // the front's own modules are in no other file but the stateless ones scripts/bundle.mjs names
    const shared = ['dist/src/cli/cli-io.js', 'dist/src/cli/terminal-text.js', 'dist/src/io/project-paths.js', 'dist/src/tui/terminal-check.js'];
    for (const input of Object.keys(front.inputs).filter((name) => !shared.includes(name))) expect(outputsHolding(input), input).toEqual(['dist/bundle/plancast.cjs']);
    expect(Object.keys(front.inputs)).toContain('dist/src/cli/command-registry.js');
  });

  it("the help leaves Node's child_process unloaded: commander requires it only when it spawns (scripts/bundle.mjs)", () => {
    const list = folder.path('help-builtins.txt');
    const recorder = `data:text/javascript,import { writeFileSync } from 'node:fs'; process.on('exit', () => writeFileSync(${JSON.stringify(list)}, process.moduleLoadList.join('\\n')));`;
    const run = spawnSync(process.execPath, ['--import', recorder, CLI, '--help'], { encoding: 'utf8', timeout: 60_000 });
    expect(run.status, run.stderr).toBe(0);
    const loaded = readFileSync(list, 'utf8').split('\n');
    expect(loaded).toContain('NativeModule fs'); // the list is Node's own record (the check can fail)
    expect(loaded.filter((entry) => /^NativeModule (child_process|dgram)$/.test(entry))).toEqual([]);
    const commander = readFileSync(join(projectRoot, Object.entries(metafile.outputs).find(([, output]) => 'node_modules/commander/lib/command.js' in output.inputs)![0]), 'utf8');
    expect(commander).toMatch(/childProcess = \{ spawn: \(\.\.\.args\) => \w+\("node:child_process"\)\.spawn\(\.\.\.args\) \}/);
  });

  it('data list reads the bundled YAML files compiled: no YAML parser, bundled or from node_modules', () => {
    expect(runTraced('data-list-yaml', 'data', 'list').packages.has('yaml')).toBe(false);
    // a plan file of the user's is parsed (the check can fail)
    const plans = folder.write('plans.yaml', 'plans:\n  16th:\n    name: { zh: 十六五, en: 16th Five-Year Plan }\n    kind: five-year\n    first_year: 2031\n    last_year: 2035\n    base_year: 2030\n');
    expect(runTraced('data-list-user-plans', 'data', 'list', '--plans', plans).packages.has('yaml')).toBe(true);
  });

  it('feasibility reads the bundled scenarios, policies and model spec compiled: no YAML parser, bundled or from node_modules', () => {
    expect(runTraced('feasibility-yaml', 'feasibility', '--region', 'yubei', '--paths', '200').packages.has('yaml')).toBe(false);
    // a scenario file of the user's is parsed (the check can fail)
    const scenario = folder.write('slower.yaml', 'id: slower\nextends: baseline\nlabel: { zh: 放缓, en: Slower }\ngrowth:\n  - indicators: rd_intensity\n    multiplier: 0.9\n');
    expect(runTraced('feasibility-user-scenario', 'feasibility', '--region', 'yubei', '--paths', '200', '--scenario', scenario).packages.has('yaml')).toBe(true);
  });

  it('the trace does see a bundled package when one is loaded (the check can fail)', () => {
    const { packages } = runTraced('scenarios-validate', 'scenarios', 'validate');
    expect(packages.has('zod')).toBe(true);
  });

  it('a report renders its charts on the bundled chart worker, loading nothing from dist/src', () => {
    const out = folder.path('report');
    const { bundleFiles, packages, others } = runTraced('report', 'report', '--region', 'yubei', '--paths', '200', '--out', out);
    expect(bundleFiles.has(join(BUNDLE, 'chart-render-worker.js'))).toBe(true);
    expect(packages.has('vega')).toBe(true);
    expect(packages.has('@resvg/resvg-js')).toBe(true); // external: its native binary is loaded from node_modules
    expect([...others]).toEqual([]);
    expect(existsSync(join(out, 'index.html'))).toBe(true);
  }, 240_000);

  it('the session runs its engine on the bundled engine worker, loading nothing from dist/src', async () => {
    const trace = folder.path('tui.trace');
    const terminal = startTmuxTerminal('bundle-tui', folder.path(''));
    try {
      terminal.type(`PLANCAST_MODULE_TRACE=${trace} node --import ${TRACE_HOOK} ${CLI} tui --region yubei --indicator rd_intensity --lang en --paths 200; echo "session-exit=$?"`);
      terminal.keys('Enter');
      await terminal.waitFor((text) => /Probability\s+[\d.]+%/.test(text), 'the first projection', 120_000);
      terminal.keys('q');
      // the command line itself shows `session-exit=$?`: wait for the number
      expect(await terminal.waitFor((text) => /session-exit=\d/.test(text), 'the shell after quitting')).toMatch(/session-exit=0\b/);
    } finally {
      terminal.close();
    }
    const { bundleFiles, packages, others } = readTrace(trace);
    expect(bundleFiles.has(join(BUNDLE, 'engine-worker.js'))).toBe(true);
    expect(packages.has('ink') && packages.has('react')).toBe(true);
    expect([...others]).toEqual([]);
  }, 180_000);
});

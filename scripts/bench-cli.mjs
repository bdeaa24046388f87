#!/usr/bin/env node
// Whole-process figures of issue 9's targets (after `npm run build`): `node scripts/bench-cli.mjs [--runs N] [--only NAME]`.
// Each measure runs the built CLI as a user would (dist/bundle/plancast.cjs, what `bin` and `npm start` run),
// N times (default 5), and prints the median wall time (and the median peak RSS where /usr/bin/time can
// tell it) beside the target and the load average at the time. `start` runs in a temporary copy
// of the project (dist/, seeds/, models/, scenarios/ copied, node_modules linked), so the checkout's
// reports/ are left alone; the single report goes to a temporary folder.
// Times depend on the machine and its load: read them with the load average beside them.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const cli = join(root, 'dist', 'bundle', 'plancast.cjs');
const argument = (name, fallback) => { const index = process.argv.indexOf(name); return index >= 0 ? process.argv[index + 1] : fallback; };
const RUNS = Math.max(1, Number(argument('--runs', '5')));
const ONLY = argument('--only');
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const load = () => loadavg().map((value) => value.toFixed(2)).join(' ');
const line = (name, value) => console.log(`${name.padEnd(64)} ${value}`);

/** Runs the CLI once; wall seconds and peak RSS in MB (undefined without /usr/bin/time). */
function runOnce(args, options = {}) {
  const command = TIME ? [TIME, ['-f', '%e %M', process.execPath, options.cli ?? cli, ...args]] : [process.execPath, [options.cli ?? cli, ...args]];
  const started = performance.now();
  const run = spawnSync(command[0], command[1], { cwd: options.cwd ?? root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...options.env }, maxBuffer: 64 * 1024 * 1024 });
  const wall = (performance.now() - started) / 1000;
  if (run.status !== 0) throw new Error(`plancast ${args.join(' ')} exited ${run.status}: ${(run.stderr ?? '').split('\n').slice(-4).join(' ')}`);
  const measured = TIME ? /(\d+(?:\.\d+)?) (\d+)\s*$/.exec(run.stderr.trim()) : null;
  return { seconds: measured ? Number(measured[1]) : wall, megabytes: measured ? Number(measured[2]) / 1024 : undefined };
}

function measure(name, target, args, options = {}) {
  if (ONLY && !name.includes(ONLY)) return;
  const runs = [];
  for (let run = 0; run < RUNS; run++) { options.before?.(); runs.push(runOnce(args, options)); }
  const seconds = median(runs.map((run) => run.seconds));
  const megabytes = runs[0].megabytes === undefined ? undefined : median(runs.map((run) => run.megabytes));
  const verdict = (value, limit) => (value <= limit ? 'meets' : 'MISSES');
  let text = `${seconds.toFixed(2)} s (target ≤ ${target.seconds} s: ${verdict(seconds, target.seconds)})`;
  if (target.megabytes !== undefined) text += megabytes === undefined ? ', peak RSS n/a (no /usr/bin/time)' : `, peak ${megabytes.toFixed(0)} MB (target ≤ ${target.megabytes} MB: ${verdict(megabytes, target.megabytes)})`;
  line(`${name} (median of ${RUNS})`, `${text}; load ${load()}`);
}

/** A throwaway copy of the project for `start`: its reports/ go there. */
function projectCopy() {
  const folder = mkdtempSync(join(tmpdir(), 'plancast-bench-start-'));
  for (const entry of ['dist', 'seeds', 'models', 'scenarios', 'package.json']) cpSync(join(root, entry), join(folder, entry), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(folder, 'node_modules'), 'dir');
  return folder;
}

/** The terminal UI in tmux, from launch until its first screen shows a probability. */
async function tuiFirstScreen() {
  if (spawnSync('tmux', ['-V']).status !== 0) return undefined;
  const session = `plancast-bench-${process.pid}`;
  const started = performance.now();
  spawnSync('tmux', ['new-session', '-d', '-s', session, '-x', '100', '-y', '30', `${process.execPath} ${cli} tui --region yubei --indicator rd_intensity --lang en`], { env: { ...process.env, TERM: 'xterm-256color' } });
  try {
    for (;;) {
      const screen = spawnSync('tmux', ['capture-pane', '-p', '-t', session], { encoding: 'utf8' }).stdout ?? '';
      if (/Probability\s+[\d.]+\s*%/.test(screen)) return (performance.now() - started) / 1000;
      if (performance.now() - started > 60_000) throw new Error(`the terminal UI showed no probability within 60 s:\n${screen}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  } finally {
    spawnSync('tmux', ['kill-session', '-t', session]);
  }
}

console.log(`whole-process CLI figures — node ${process.version}, ${RUNS} runs each; load average ${load()}`);
// What Node itself takes to start and exit with no script, in the same environment: every figure below
// includes it (NODE_EXTRA_CA_CERTS, for one, makes Node read the whole certificate file at start-up).
if (!ONLY) {
  const runs = [];
  for (let run = 0; run < RUNS; run++) runs.push(runOnce(['0'], { cli: '-e' }).seconds); // node -e 0
  line(`node itself: node -e 0 (median of ${RUNS})`, `${median(runs).toFixed(2)} s${process.env.NODE_EXTRA_CA_CERTS ? ' (NODE_EXTRA_CA_CERTS is set)' : ''}; load ${load()}`);
  if (process.env.NODE_EXTRA_CA_CERTS) {
    // Node 20 reads and parses the whole certificate file as it starts: what that adds to every process below
    const bare = [];
    for (let run = 0; run < RUNS; run++) bare.push(runOnce(['0'], { cli: '-e', env: { NODE_EXTRA_CA_CERTS: '' } }).seconds);
    line(`  the same without NODE_EXTRA_CA_CERTS (for comparison only)`, `${median(bare).toFixed(2)} s`);
  }
}
measure('plancast --help', { seconds: 0.15, megabytes: 70 }, ['--help']);
measure('plancast data list', { seconds: 0.4 }, ['data', 'list']);
measure('plancast feasibility --region yubei (10,000 paths)', { seconds: 1.0 }, ['feasibility', '--region', 'yubei']);
if (!ONLY || 'terminal UI'.includes(ONLY)) {
  const times = [];
  for (let run = 0; run < RUNS; run++) {
    const seconds = await tuiFirstScreen();
    if (seconds === undefined) break;
    times.push(seconds);
  }
  if (times.length === 0) line('terminal UI: launch to first screen', 'not measured: tmux is not installed');
  else line(`terminal UI: launch to first screen (median of ${times.length})`, `${median(times).toFixed(2)} s (target ≤ 1.0 s: ${median(times) <= 1 ? 'meets' : 'MISSES'}); load ${load()}`);
}
const reportFolder = mkdtempSync(join(tmpdir(), 'plancast-bench-report-'));
try {
  measure("one region's full report (yubei: HTML, MD, SVG, PNG, CSV, JSON)", { seconds: 3 }, ['report', '--region', 'yubei', '--out', join(reportFolder, 'yubei')]);
} finally {
  rmSync(reportFolder, { recursive: true, force: true });
}
if (!ONLY || 'npm start'.includes(ONLY)) {
  const copy = projectCopy();
  try {
    measure('npm start: every bundled region (node dist/bundle/plancast.cjs start)', { seconds: 8, megabytes: 350 }, ['start'], { cwd: copy, cli: join(copy, 'dist', 'bundle', 'plancast.cjs') });
    const written = existsSync(join(copy, 'reports')) ? readFileSync(join(copy, 'reports', 'yubei', 'zh', 'manifest.json'), 'utf8').length > 0 && existsSync(join(copy, 'reports', 'index.html')) : false;
    if (!written) line('npm start', 'wrote no report into the temporary copy');
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}


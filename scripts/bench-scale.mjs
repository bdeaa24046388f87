#!/usr/bin/env node
// How plancast's cost grows with the size of a user's data file (run by `npm run bench`, after
// `npm run build`). Generates tidy CSV files of 10,000, 40,000 and 1,000,000 rows in a temporary folder
// and times whole processes of the built CLI (dist/bundle/plancast.cjs, what `bin` runs):
//   data validate FILE                      (read, decode, validate every row)
//   feasibility --region yubei --data FILE  (load, merge over the bundled records, fit, simulate, assess)
// For each it prints the wall time, the CPU time and the peak resident memory (GNU time's %U+%S and %M,
// where present) and the growth ratio against the smaller file (time ratio ÷ row ratio: 1.0 is
// linear, 4.0 at ×4 rows would be quadratic). Targets (issue 14): feasibility --data with 40,000 rows
// ≤ 3 s; data validate of 1,000,000 rows ≤ 10 s and ≤ 600 MB.
//
// BENCH_SCALE_ROWS=10000,40000 limits the sizes; BENCH_SCALE_TIMEOUT (seconds, default 300) ends a run
// that takes longer and reports it as not finished.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'dist', 'bundle', 'plancast.cjs');
if (!existsSync(cli)) {
  console.error(`${cli} is missing: run \`npm run build\` first (npm run bench does)`);
  process.exit(1);
}
const sizes = (process.env.BENCH_SCALE_ROWS ?? '10000,40000,1000000').split(',').map(Number).filter((n) => Number.isInteger(n) && n > 0);
const timeoutSeconds = Number(process.env.BENCH_SCALE_TIMEOUT ?? 300);

// Count indicators (unit 家/个/件/人/项), so every generated value is valid whatever its size.
const INDICATORS = [
  ['high_tech_enterprises', '家'], ['tech_enterprises', '家'], ['new_rd_institutions', '家'], ['valid_invention_patents', '件'],
  ['high_level_talents', '人'], ['municipal_maker_spaces', '家'], ['national_tech_incubators', '家'], ['rd_personnel', '人'],
  ['sci_tech_projects', '项'], ['unicorn_enterprises', '家'],
];
const YEARS = 20; // 2001–2020

/** A valid tidy file of `rows` rows: Yubei's 2021–2023 actuals first, then synthetic districts. */
function writeData(path, rows) {
  const lines = ['region,indicator,year,value,kind,unit'];
  const yubei = [['rd_intensity', '%', [3.7, 3.9, 4.1]], ['high_tech_enterprises', '家', [560, 640, 720]]];
  for (const [indicator, unit, values] of yubei) values.forEach((value, index) => lines.push(`yubei,${indicator},${2021 + index},${value},actual,${unit}`));
  for (let row = 0; lines.length - 1 < rows; row++) {
    const year = 2001 + (row % YEARS);
    const [indicator, unit] = INDICATORS[Math.floor(row / YEARS) % INDICATORS.length];
    const region = `district-${String(Math.floor(row / (YEARS * INDICATORS.length))).padStart(6, '0')}`;
    const value = 100 + ((row * 7919) % 900) + (year - 2001) * 3;
    lines.push(`${region},${indicator},${year},${value},actual,${unit}`);
  }
  writeFileSync(path, `${lines.join('\n')}\n`);
}

function run(args) {
  const gnuTime = existsSync('/usr/bin/time');
  const command = gnuTime ? '/usr/bin/time' : process.execPath;
  const argv = gnuTime ? ['-f', 'PEAK_KB %M CPU_S %U %S', process.execPath, cli, ...args] : [cli, ...args];
  const started = performance.now();
  const child = spawnSync(command, argv, { encoding: 'utf8', timeout: timeoutSeconds * 1000, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1' } });
  const seconds = (performance.now() - started) / 1000;
  const peak = /PEAK_KB (\d+)/.exec(child.stderr ?? '');
  const cpu = /CPU_S ([\d.]+) ([\d.]+)/.exec(child.stderr ?? '');
  return {
    seconds,
    cpuSeconds: cpu ? Number(cpu[1]) + Number(cpu[2]) : undefined,
    peakMb: peak ? Number(peak[1]) / 1024 : undefined,
    finished: child.signal === null && child.error === undefined,
    status: child.status,
    tail: (child.stderr ?? '').split('\n').filter((line) => line && !line.startsWith('PEAK_KB')).slice(-2).join(' | '),
  };
}

const directory = mkdtempSync(join(tmpdir(), 'plancast-bench-scale-'));
const line = (name, value) => console.log(`${name.padEnd(52)} ${value}`);
console.log(`scale benchmark — node ${process.version}, load average ${loadavg().map((value) => value.toFixed(2)).join(' ')}, timeout ${timeoutSeconds} s per run`);
try {
  const files = new Map();
  for (const rows of sizes) {
    const file = join(directory, `data-${rows}.csv`);
    writeData(file, rows);
    files.set(rows, file);
  }
  const commands = [
    ['data validate', (file) => ['data', 'validate', file]],
    ['feasibility --data', (file) => ['feasibility', '--region', 'yubei', '--data', file]],
  ];
  for (const [name, argsFor] of commands) {
    let previous;
    for (const rows of sizes) {
      const result = run(argsFor(files.get(rows)));
      const label = `${name}, ${rows.toLocaleString('en-US')} rows`;
      if (!result.finished) {
        line(label, `did not finish in ${timeoutSeconds} s`);
        previous = undefined;
        continue;
      }
      const memory = `${result.cpuSeconds === undefined ? '' : ` (CPU ${result.cpuSeconds.toFixed(2)} s)`}${result.peakMb === undefined ? '' : `, peak ${result.peakMb.toFixed(0)} MB`}`;
      const growth = previous === undefined ? '' : `, growth ratio ${((result.seconds / previous.seconds) / (rows / previous.rows)).toFixed(2)} (time ×${(result.seconds / previous.seconds).toFixed(1)} for rows ×${(rows / previous.rows).toFixed(0)})`;
      line(label, `${result.seconds.toFixed(2)} s${memory}${growth}${result.status === 0 ? '' : ` — exit ${result.status}: ${result.tail}`}`);
      previous = { rows, seconds: result.seconds };
    }
  }
} finally {
  rmSync(directory, { recursive: true, force: true });
}

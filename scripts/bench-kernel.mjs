#!/usr/bin/env node
// The Monte Carlo kernel against the C++ reference (after `npm run build`): `node scripts/bench-kernel.mjs [K N H]`.
// ../shared/benchmarks/mc-reference.cpp does, for K series × N paths × H years (default 60 × 10,000 × 5):
// N·H standard normals drawn once (common random numbers), log-normal growth paths, 7 quantiles per
// series-year by selection, and the share of paths meeting a target. plancast's kernel does the same work
// with plancast's own functions: xoshiro128** normals (seeded-random.ts), the growth families' log-normal
// path simulation (growth-path.ts → predictive-paths.ts), type-7 quantiles by selection on each year's
// column (path-quantiles.ts), and the share meeting an at-least goal as assess-goal.ts counts it.
// The reference is compiled with g++ -O2 into a temporary folder and run in the same process, before and
// after plancast's kernel; the ratio is plancast's throughput over the reference's (median of the runs).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSeededRandom } from '../dist/src/core/statistics/seeded-random.js';
import { simulateGrowthPath } from '../dist/src/core/models/growth-path.js';
import { yearQuantilesInto } from '../dist/src/core/simulation/path-quantiles.js';
import { shareMeetingGoal } from '../dist/src/core/feasibility/share-meeting-goal.js';

const [K, N, H] = process.argv.slice(2, 5).map(Number).concat([60, 10_000, 5].slice(process.argv.slice(2, 5).length));
const RUNS = 7;
const QUANTILES = [0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95];
const TARGET = 1.25;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const line = (name, value) => console.log(`${name.padEnd(64)} ${value}`);
const reference = new URL('../../shared/benchmarks/mc-reference.cpp', import.meta.url).pathname;

/** plancast's kernel: returns path-years per second and a checksum of what it computed. */
function plancastKernel() {
  const start = performance.now();
  const innovations = createSeededRandom(20260101).fillStandardNormal(new Float64Array(N * H));
  const quantiles = new Float64Array(H * QUANTILES.length);
  const buffer = new Float64Array(N * H); // one paths buffer for every series, as the C++ reuses its vectors
  let sink = 0;
  let met = 0;
  for (let series = 0; series < K; series++) {
    const origin = 100 + series;
    const model = {
      lastYear: 2020, lastValue: origin, series: { bounds: { lower: 0, upper: null } },
      parameters: { originYear: 2020, originValue: origin, logGrowthRate: 0.05 + 0.001 * series, noiseStandardDeviation: 0.03, driftStandardError: 0, degreesOfFreedom: null },
    };
    const paths = simulateGrowthPath(model, innovations, N, H, buffer);
    yearQuantilesInto(paths, N, H, QUANTILES, quantiles);
    for (let index = 0; index < quantiles.length; index++) sink += quantiles[index];
    met += Math.round(shareMeetingGoal({ value: origin * TARGET, comparator: 'at-least', direction: 'higher-is-better' }, paths, N, H, H - 1) * N);
  }
  const seconds = (performance.now() - start) / 1000;
  return { rate: (K * N * H) / seconds, seconds, met, sink };
}

/** The C++ reference, compiled once; undefined without g++. */
function compileReference() {
  if (!existsSync(reference)) return { error: `${reference} is missing` };
  const folder = mkdtempSync(join(tmpdir(), 'plancast-mc-reference-'));
  const binary = join(folder, 'mc-reference');
  const compiled = spawnSync('g++', ['-O2', '-o', binary, reference], { encoding: 'utf8' });
  if (compiled.error || compiled.status !== 0) {
    rmSync(folder, { recursive: true, force: true });
    return { error: compiled.error?.code === 'ENOENT' ? 'g++ is not installed' : `g++ failed: ${compiled.stderr.trim()}` };
  }
  return { binary, folder };
}

function runReference(binary) {
  const run = spawnSync(binary, [String(K), String(N), String(H)], { encoding: 'utf8' });
  const match = /path-years\/s=([\d.e+]+)/.exec(run.stdout ?? '');
  return match ? Number(match[1]) : undefined;
}

console.log(`Monte Carlo kernel: ${K} series × ${N} paths × ${H} years, ${QUANTILES.length} quantiles a series-year, share meeting a target; load average ${loadavg().map((value) => value.toFixed(2)).join(' ')}`);
const compiled = compileReference();
plancastKernel(); // warm-up: compile the hot functions
const plancast = [];
const cpp = [];
let checksum;
for (let run = 0; run < RUNS; run++) {
  if (compiled.binary) cpp.push(runReference(compiled.binary));
  const result = plancastKernel();
  plancast.push(result.rate);
  checksum = result;
}
if (compiled.folder) rmSync(compiled.folder, { recursive: true, force: true });
const best = (values) => Math.max(...values);
line(`plancast kernel (median of ${RUNS}, interleaved with C++)`, `${(median(plancast) / 1e6).toFixed(1)} million path-years/s (best ${(best(plancast) / 1e6).toFixed(1)}; share meeting the target ${(checksum.met / (K * N)).toFixed(3)})`);
const measured = cpp.filter((value) => value !== undefined);
if (compiled.binary && measured.length > 0) {
  const ratio = median(plancast) / median(measured);
  line(`C++ reference, g++ -O2 (median of ${measured.length})`, `${(median(measured) / 1e6).toFixed(1)} million path-years/s (best ${(best(measured) / 1e6).toFixed(1)})`);
  line('plancast / C++, medians (target ≥ 0.6×)', `${ratio.toFixed(2)}× ${ratio >= 0.6 ? 'meets the target' : 'BELOW the target'} (best against best ${(best(plancast) / best(measured)).toFixed(2)}×)`);
} else {
  line('C++ reference', `not run: ${compiled.error ?? 'it printed no figure'}; plancast's figure alone`);
}

#!/usr/bin/env node
// `npm run bench`: the speed figures the issues ask for, measured on the bundled data (after `npm run build`).
//   1. fitting every model family to every bundled series (with selection and backtests)
//   2. the full feasibility run: every bundled region, indicator and shipped scenario at 10,000 paths
//   3. one indicator re-simulated under a changed lever at 10,000 paths (what the interactive session does per key)
//   4. throughput in simulated indicator-years per second
// Extra benchmark scripts run after these: bench-cli.mjs (whole-process medians of the CLI, the terminal UI's
// first screen, one report and `start`, each beside issue 9's target), bench-kernel.mjs (the Monte Carlo
// kernel against ../shared/benchmarks/mc-reference.cpp), bench-tui.mjs (the interactive session's key-to-frame).
import { readdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import { spawnSync } from 'node:child_process';
import { loadDataset } from '../dist/src/io/load-dataset.js';
import { loadModelSpec } from '../dist/src/io/load-model-spec.js';
import { loadScenario, loadScenarioLibrary } from '../dist/src/io/load-scenarios.js';
import { allObservedSeries, prepareRegion } from '../dist/src/core/pipeline/prepare-region.js';
import { projectIndicator, projectScenario } from '../dist/src/core/pipeline/project-scenario.js';
import { fitContextFor } from '../dist/src/core/pipeline/pooled-priors.js';
import { DEFAULT_PROJECTION_SETTINGS } from '../dist/src/core/pipeline/projection-settings.js';
import { fitWithSpec } from '../dist/src/core/models/model-selection.js';

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const percentile = (values, share) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * share))];
const line = (name, value) => console.log(`${name.padEnd(64)} ${value}`);

const dataset = await loadDataset();
const spec = loadModelSpec();
const settings = DEFAULT_PROJECTION_SETTINGS;
console.log(`plancast benchmarks — node ${process.version}, ${settings.pathCount} paths, seed ${settings.seed}; load average ${loadavg().map((value) => value.toFixed(2)).join(' ')} (timings are whole-machine; read them with the load)\n`);

// 1. Fitting
const series = allObservedSeries(dataset);
let familyFits = 0;
const fitTimes = [];
for (let round = 0; round < 3; round++) {
  const start = performance.now();
  familyFits = 0;
  for (const one of series) {
    const report = fitWithSpec(one, spec, fitContextFor(series, one, dataset.catalog, spec), 2035 - (one.years.at(-1) ?? 2020));
    familyFits += report.families.length;
  }
  fitTimes.push(performance.now() - start);
}
line(`fit + select + backtest, all ${series.length} bundled series (${familyFits} family fits)`, `${median(fitTimes).toFixed(0)} ms (median of 3)`);

// 2. Full feasibility run
const library = loadScenarioLibrary();
const scenarios = [...library.raw.keys()].map((id) => loadScenario(id, library));
const regions = [...new Set(series.map((one) => one.region))].sort();
let indicatorYears = 0;
let simulateTime = 0;
const fullStart = performance.now();
let goals = 0;
const prepared = new Map();
for (const region of regions) {
  const preparedRegion = prepareRegion(dataset, region, spec, settings);
  prepared.set(region, preparedRegion);
  for (const scenario of scenarios) {
    const start = performance.now();
    const projection = projectScenario(preparedRegion, scenario);
    simulateTime += performance.now() - start;
    for (const indicator of preparedRegion.indicators) indicatorYears += (indicator.baseline?.horizon ?? 0) * settings.pathCount;
    goals += projection.indicators.reduce((sum, indicator) => sum + indicator.goals.length, 0);
  }
}
const fullTime = performance.now() - fullStart;
line(`full feasibility: ${regions.length} regions × ${scenarios.length} scenarios (${goals} goal assessments)`, `${(fullTime / 1000).toFixed(2)} s`);
line('  of which scenario projection (levers, quantiles, feasibility)', `${(simulateTime / 1000).toFixed(2)} s`);
line('throughput: simulated indicator-years (paths × years) per second', `${((indicatorYears / simulateTime) * 1000 / 1e6).toFixed(1)} million/s`);

// 3. One indicator re-simulated under a moved lever
const yubei = prepared.get('yubei');
const baseline = loadScenario('baseline', library);
for (const id of ['rd_intensity', 'high_tech_enterprises']) {
  const indicator = yubei.indicators.find((candidate) => candidate.definition.id === id);
  const times = [];
  for (let repetition = 0; repetition < 60; repetition++) {
    const scenario = { ...baseline, growth: [{ indicators: id, percentagePoints: (repetition % 10) / 2 }], pipeline: id === 'high_tech_enterprises' ? { renewalRatePercent: 70, certificationYears: 3, conversionRateChangePercentagePoints: 1 } : undefined };
    const start = performance.now();
    projectIndicator(indicator, yubei, scenario);
    times.push(performance.now() - start);
  }
  line(`one indicator re-simulated, ${settings.pathCount} paths (yubei ${id})`, `median ${median(times.slice(10)).toFixed(1)} ms, p95 ${percentile(times.slice(10), 0.95).toFixed(1)} ms`);
}

// Extra benchmark scripts
for (const file of readdirSync(new URL('.', import.meta.url)).filter((name) => /^bench-.*\.mjs$/.test(name)).sort()) {
  console.log(`\n${file}`);
  const run = spawnSync(process.execPath, [new URL(file, import.meta.url).pathname], { stdio: 'inherit' });
  if (run.status !== 0) process.exitCode = 1;
}

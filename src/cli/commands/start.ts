/**
 * `plancast start` (what `npm start` runs): the main job on the bundled data — the mid-term evaluation
 * report of every bundled main region (the municipality and its districts, not their sub-areas) that has
 * a goal on an indicator it has data for, written to reports/<region>/. Chongqing's own records are
 * city-wide comparison values and two goals without data, so it is skipped with a note. One line of data
 * summary first; progress on stderr; a region that fails is reported and the others still run (exit 1).
 */
import type { Command } from 'commander';
import type { Catalog } from '../../core/catalog/indicator-catalog.js';
import { findConflicts } from '../../core/records/find-conflicts.js';
import { isGoal, isObservation, isUsable, type IndicatorRecord } from '../../core/records/indicator-record.js';
import { loadDataset } from '../../io/load-dataset.js';
import { reportsDirectory } from '../../io/project-paths.js';
import { writeReport } from '../../report/write-report.js';
import type { CliIo } from '../cli-io.js';
import { ExitSignal } from '../exit-signal.js';
import { reportFailure } from '../run-cli.js';
import { announceReport, displayPath } from './report.js';

/** Regions at the top two levels of the catalogue (the municipality and its districts), in catalogue order. */
export function mainRegions(catalog: Catalog): string[] {
  const regions = [...catalog.regions.values()];
  const roots = new Set(regions.filter((region) => region.parent === undefined).map((region) => region.id));
  return regions.filter((region) => region.parent === undefined || roots.has(region.parent)).map((region) => region.id);
}

/** Whether a region has a goal on an indicator it has an observation of (else a report would be empty). */
export function hasGoalWithData(records: readonly IndicatorRecord[], region: string): boolean {
  const usable = records.filter((record) => record.region === region && isUsable(record));
  const observed = new Set(usable.filter(isObservation).map((record) => record.indicator));
  return usable.some((record) => isGoal(record) && observed.has(record.indicator));
}

export function registerStartCommand(program: Command, io: CliIo): void {
  program
    .command('start')
    .description('the main job on the bundled data: the mid-term evaluation report of every bundled region, into reports/<region>/')
    .action(async () => {
      const started = performance.now();
      const dataset = await loadDataset();
      const conflicts = findConflicts(dataset.records).length;
      io.out(`plancast — ${dataset.records.length} records from ${dataset.inputs.length} seed files, ${dataset.catalog.regions.size} regions, ${conflicts} conflicts between sources (see \`plancast data conflicts\`)`);
      const regions = mainRegions(dataset.catalog);
      const reportable = regions.filter((region) => hasGoalWithData(dataset.records, region));
      for (const region of regions.filter((candidate) => !reportable.includes(candidate))) io.out(`${region}: skipped — no plan goal on an indicator with data`);
      let failed = 0;
      for (const region of reportable) {
        try {
          announceReport(await writeReport({ region }, (message) => io.err(message)), io);
        } catch (error) {
          failed += 1;
          reportFailure(error, io);
        }
      }
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      io.out(`\n${reportable.length - failed} of ${reportable.length} reports written to ${displayPath(reportsDirectory)}/ in ${seconds} s. Next: \`plancast report --region yubei --lang en\`, \`plancast report --region yubei --data my-2023-actuals.csv --as-of 2023\`.`);
      if (failed > 0) throw new ExitSignal(1);
    });
}

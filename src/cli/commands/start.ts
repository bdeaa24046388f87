/**
 * `plancast start` (what `npm start` runs): the main job on the bundled data. Until the report exists it
 * prints the data summary: regions, record counts, conflicts.
 */
import type { Command } from 'commander';
import { findConflicts } from '../../core/records/find-conflicts.js';
import { loadDataset } from '../../io/load-dataset.js';
import type { CliIo } from '../cli-io.js';
import { formatTable } from '../format-table.js';

export function registerStartCommand(program: Command, io: CliIo): void {
  program
    .command('start')
    .description('the main job on the bundled data: a summary of every bundled plan dataset')
    .action(async () => {
      const dataset = await loadDataset();
      const rows = [...dataset.catalog.regions.values()].map((region) => {
        const records = dataset.records.filter((record) => record.region === region.id);
        const count = (kind: string): string => String(records.filter((record) => record.kind === kind).length);
        return [region.id, region.name.zh, String(records.length), count('actual'), count('baseline'), count('target'), count('milestone'), count('estimate'), count('cumulative'), String(new Set(records.map((record) => record.indicator)).size)];
      });
      io.out(`plancast — ${dataset.records.length} records from ${dataset.inputs.length} seed files\n`);
      io.out(formatTable(['region', '地区', 'records', 'actual', 'baseline', 'target', 'milestone', 'estimate', 'cumulative', 'indicators'], rows, ['left', 'left', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right']));
      io.out(`\n${findConflicts(dataset.records).length} conflicts between sources (see \`plancast data conflicts\`).`);
      io.out('Next: `plancast data show --region yubei`, `plancast data validate my-data.csv`.');
    });
}

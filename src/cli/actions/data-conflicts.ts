/** What `plancast data conflicts` does (the command's options are in commands/data-conflicts.ts). */
import { openDataset } from '../../app/open-dataset.js';
import { findConflicts } from '../../core/records/find-conflicts.js';
import { recordToJson } from '../../core/records/record-json.js';
import type { CliIo } from '../cli-io.js';
import { formatNumber } from '../format-table.js';

export async function dataConflictsAction(io: CliIo, options: { data?: string; catalog?: string; json?: boolean }): Promise<void> {
  const dataset = await openDataset(options);
  const conflicts = findConflicts(dataset.records);
  if (options.json) {
    io.out(JSON.stringify(conflicts.map((conflict) => ({
      group: conflict.group, status: conflict.status, region: conflict.region, indicator: conflict.indicator,
      used: conflict.preferred ? recordToJson(conflict.preferred) : null, reason: conflict.reason ?? null,
      records: conflict.records.map(recordToJson),
    })), null, 2));
    return;
  }
  io.out(`${conflicts.length} conflict${conflicts.length === 1 ? '' : 's'} in the data\n`);
  for (const conflict of conflicts) {
    const name = dataset.catalog.indicators.get(conflict.indicator)?.name;
    io.out(`■ ${conflict.group} — ${conflict.region} / ${conflict.indicator}${name ? ` (${name.zh})` : ''}${conflict.status === 'unmarked' ? '  [not marked in the data]' : ''}`);
    for (const record of conflict.records) {
      const used = record === conflict.preferred ? 'used    ' : 'not used';
      io.out(`    ${used}  ${record.year} ${record.kind.padEnd(10)} ${formatNumber(record.value)} ${record.unit}   ${record.source.document}${record.source.line !== undefined ? `:${record.source.line}` : ''} ${record.source.location}${record.source.asWritten ? `  «${record.source.asWritten}»` : ''}`);
    }
    if (conflict.reason) io.out(`    why: ${conflict.reason}`);
  }
}

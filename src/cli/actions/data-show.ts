/** What `plancast data show` does (the command's options are in commands/data-show.ts). */
import { requireIndicator } from '../../app/require-indicator.js';
import { requireRegion } from '../../app/require-region.js';
import { openDataset } from '../../app/open-dataset.js';
import { recordToJson } from '../../core/records/record-json.js';
import type { CliIo } from '../cli-io.js';
import { formatNumber, formatTable } from '../format-table.js';

export async function dataShowAction(io: CliIo, options: { region: string; indicator?: string; data?: string; catalog?: string; json?: boolean }): Promise<void> {
  const dataset = await openDataset(options);
  const regionId = requireRegion(dataset, options.region);
  let indicatorId: string | undefined;
  if (options.indicator !== undefined) {
    indicatorId = requireIndicator(dataset.catalog, options.indicator).id;
  }
  const records = dataset.records
    .filter((record) => record.region === regionId && (indicatorId === undefined || record.indicator === indicatorId))
    .sort((a, b) => a.indicator.localeCompare(b.indicator) || a.year - b.year || a.kind.localeCompare(b.kind));
  if (options.json) {
    io.out(JSON.stringify(records.map(recordToJson), null, 2));
    return;
  }
  const rows = records.map((record) => {
    const definition = dataset.catalog.indicators.get(record.indicator)!;
    const mark = record.conflict ? (record.conflict.preferred ? ' ✓' : ' ✗') : '';
    const source = `${record.source.document}${record.source.line !== undefined ? `:${record.source.line}` : ''} ${record.source.location}`;
    return [record.indicator, definition.name.zh, definition.name.en, String(record.year), record.kind + mark, `${record.comparator ? comparatorSymbol(record.comparator) : ''}${formatNumber(record.value)}`, record.unit, source];
  });
  const region = dataset.catalog.regions.get(regionId)!;
  io.out(`${region.name.zh} ${region.name.en}: ${records.length} records  (✓ preferred / ✗ not used, see \`plancast data conflicts\`)\n`);
  io.out(formatTable(['indicator', '指标', 'name', 'year', 'kind', 'value', 'unit', 'source'], rows, ['left', 'left', 'left', 'right', 'left', 'right', 'left', 'left']));
}


function comparatorSymbol(comparator: string): string {
  return ({ 'at-least': '≥', above: '>', about: '≈', exact: '', 'at-most': '≤', below: '<' } as Record<string, string>)[comparator] ?? '';
}

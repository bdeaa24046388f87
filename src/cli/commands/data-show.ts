/** `plancast data show --region R [--indicator I] [--json]`: the records of a region with their sources. */
import type { Command } from 'commander';
import { recordToJson } from '../../core/records/record-json.js';
import { loadDataset } from '../../io/load-dataset.js';
import type { CliIo } from '../cli-io.js';
import { formatNumber, formatTable } from '../format-table.js';
import { addDataOption, addJsonOption, dataOptions } from './shared-options.js';
import { requireIndicator } from './require-indicator.js';
import { requireRegion } from './require-region.js';

export function registerDataShow(data: Command, io: CliIo): void {
  const command = data
    .command('show')
    .description('the records of a region (and indicator) with Chinese and English names and each value\'s source')
    .requiredOption('--region <region>', 'region id, e.g. yubei (see `plancast data list`)')
    .option('--indicator <indicator>', 'indicator id or Chinese name, e.g. rd_intensity');
  addJsonOption(addDataOption(command)).action(async (options: { region: string; indicator?: string; data?: string; catalog?: string; json?: boolean }) => {
    const dataset = await loadDataset(dataOptions(options));
    requireRegion(dataset, options.region);
    let indicatorId: string | undefined;
    if (options.indicator !== undefined) {
      indicatorId = requireIndicator(dataset.catalog, options.indicator).id;
    }
    const records = dataset.records
      .filter((record) => record.region === options.region && (indicatorId === undefined || record.indicator === indicatorId))
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
    const region = dataset.catalog.regions.get(options.region)!;
    io.out(`${region.name.zh} ${region.name.en}: ${records.length} records  (✓ preferred / ✗ not used, see \`plancast data conflicts\`)\n`);
    io.out(formatTable(['indicator', '指标', 'name', 'year', 'kind', 'value', 'unit', 'source'], rows, ['left', 'left', 'left', 'right', 'left', 'right', 'left', 'left']));
  });
}

function comparatorSymbol(comparator: string): string {
  return ({ 'at-least': '≥', above: '>', about: '≈', exact: '', 'at-most': '≤', below: '<' } as Record<string, string>)[comparator] ?? '';
}

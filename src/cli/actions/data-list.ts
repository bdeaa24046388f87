/** What `plancast data list` does (the command's options are in commands/data-list.ts). */
import { openDataset } from '../../app/open-dataset.js';
import type { CliIo } from '../cli-io.js';
import { formatTable } from '../format-table.js';

export async function dataListAction(io: CliIo, options: { data?: string; catalog?: string; json?: boolean }): Promise<void> {
  const dataset = await openDataset(options);
  const count = (key: (record: (typeof dataset.records)[number]) => string): Map<string, number> => {
    const counts = new Map<string, number>();
    for (const record of dataset.records) counts.set(key(record), (counts.get(key(record)) ?? 0) + 1);
    return counts;
  };
  const byRegion = count((record) => record.region);
  const byIndicator = count((record) => record.indicator);
  const regions = [...dataset.catalog.regions.values()].map((region) => ({ id: region.id, zh: region.name.zh, en: region.name.en, records: byRegion.get(region.id) ?? 0 }));
  const indicators = [...dataset.catalog.indicators.values()]
    .map((indicator) => ({ id: indicator.id, zh: indicator.name.zh, en: indicator.name.en, unit: indicator.unit, kind: indicator.kind, records: byIndicator.get(indicator.id) ?? 0 }))
    .sort((a, b) => b.records - a.records || a.id.localeCompare(b.id));
  if (options.json) {
    io.out(JSON.stringify({ regions, indicators, records: dataset.records.length }, null, 2));
    return;
  }
  io.out(`Regions (${regions.length}), ${dataset.records.length} records in all\n`);
  io.out(formatTable(['region', '名称', 'name', 'records'], regions.map((region) => [region.id, region.zh, region.en, String(region.records)]), ['left', 'left', 'left', 'right']));
  io.out(`\nIndicators (${indicators.length})\n`);
  io.out(formatTable(['indicator', '名称', 'name', 'unit', 'kind', 'records'], indicators.map((indicator) => [indicator.id, indicator.zh, indicator.en, indicator.unit, indicator.kind, String(indicator.records)]), ['left', 'left', 'left', 'left', 'left', 'right']));
}

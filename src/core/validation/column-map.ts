/**
 * Maps a file's header to the record fields, accepting the English column names, the seeds' names and
 * common Chinese headers (地区, 指标, 年份, 数值 …), in any order and any case.
 */
export const RECORD_COLUMNS = [
  'region', 'indicator', 'year', 'kind', 'value', 'unit', 'comparator', 'attribute', 'plan_period', 'period_start',
  'source', 'document', 'location', 'line', 'as_written', 'conflict_group', 'preferred', 'note',
] as const;
export type RecordColumn = (typeof RECORD_COLUMNS)[number];

export const REQUIRED_COLUMNS: readonly RecordColumn[] = ['region', 'indicator', 'year', 'value'];

const HEADER_ALIASES: Readonly<Record<string, RecordColumn>> = {
  地区: 'region', 区域: 'region', 区县: 'region',
  指标: 'indicator', 指标名称: 'indicator', 指标代码: 'indicator',
  年份: 'year', 年度: 'year', 年: 'year',
  数值: 'value', 值: 'value', 指标值: 'value',
  类型: 'kind', 类别: 'kind',
  单位: 'unit',
  比较: 'comparator', 比较符: 'comparator',
  属性: 'attribute',
  plan: 'plan_period', 规划: 'plan_period', 规划期: 'plan_period', 所属规划: 'plan_period',
  来源: 'source', 数据来源: 'source',
  备注: 'note', 说明: 'note',
};

export function columnForHeader(header: string): RecordColumn | undefined {
  const trimmed = header.trim().replace(/^\uFEFF/, '');
  const lower = trimmed.toLowerCase().replace(/[\s-]+/g, '_');
  if ((RECORD_COLUMNS as readonly string[]).includes(lower)) return lower as RecordColumn;
  return HEADER_ALIASES[trimmed] ?? HEADER_ALIASES[lower];
}

/**
 * Record columns named more than once: two `value` columns, or both `region` and `地区`. Reading either
 * one would silently drop the other, so the file is refused with the headers named.
 */
export function duplicateColumns(header: readonly string[]): { column: RecordColumn; headers: { name: string; index: number }[] }[] {
  const seen = new Map<RecordColumn, { name: string; index: number }[]>();
  header.forEach((name, index) => {
    const column = columnForHeader(name);
    if (column !== undefined) seen.set(column, [...(seen.get(column) ?? []), { name: name.trim(), index }]);
  });
  return [...seen].filter(([, headers]) => headers.length > 1).map(([column, headers]) => ({ column, headers }));
}

/** column → index in the row; unknown headers are ignored (a sheet may carry extra columns). */
export function mapColumns(header: readonly string[]): Map<RecordColumn, number> {
  const map = new Map<RecordColumn, number>();
  header.forEach((name, index) => {
    const column = columnForHeader(name);
    if (column !== undefined && !map.has(column)) map.set(column, index);
  });
  return map;
}

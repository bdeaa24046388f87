/**
 * A fan chart drawn with characters, for the terminal: history points, the median projection, the 80 %
 * (p10–p90) and 95 % (p025–p975) bands, the target and the straight path from the base to it, a y axis
 * with values and an x axis with years. Pure: projection and size in, rows of styled segments out; every
 * row is exactly `width` columns wide.
 *
 *   cell priority: history ● > target ◆ > median (braille) > straight path (braille) > 80 % ▒ > 95 % ░ > target line ┄
 *
 * Lines are drawn in braille (2 × 4 dots a cell), so the median and the straight path are smooth at a
 * terminal's resolution; bands are whole cells. The y axis uses nice round ticks (chart-axis.ts) and spans
 * the history, the target and the 80 % band; the 95 % band is clipped at the edges.
 */
import type { GoalAssessment } from '../core/feasibility/goal-assessment.js';
import type { IndicatorProjection } from '../core/pipeline/project-scenario.js';
import { niceTicks, tickLabel, yearTicks } from './chart-axis.js';
import { displayWidth, padDisplay } from './display-text.js';

export type ChartRole = 'plain' | 'axis' | 'band95' | 'band80' | 'median' | 'straight' | 'history' | 'target';
export interface ChartSegment {
  text: string;
  role: ChartRole;
}
export type ChartRow = ChartSegment[];

export type ChartGoal = Pick<GoalAssessment, 'targetYear' | 'target' | 'baseYear' | 'baseValue'>;
export type ChartProjection = Pick<IndicatorProjection, 'history' | 'quantiles'>;

interface Cell {
  character: string;
  role: ChartRole;
}

/** Braille dot bits by [column within the cell][row within the cell]. */
const BRAILLE_BITS = [[0x01, 0x02, 0x04, 0x40], [0x08, 0x10, 0x20, 0x80]] as const;

/** The last year shown: a little past the goal (or five years past the data), within the projection. */
export function chartEndYear(projection: ChartProjection, goal: ChartGoal | undefined): number {
  const lastHistory = projection.history.at(-1)?.year ?? projection.quantiles[0]?.year ?? goal?.targetYear ?? 0;
  const lastQuantile = projection.quantiles.at(-1)?.year ?? lastHistory;
  const wanted = Math.max(goal?.targetYear ?? 0, lastHistory + 5) + 1;
  return Math.max(lastHistory, Math.min(wanted, lastQuantile));
}

/** The band [low, high] at a (fractional) year: opens from the last observation, then follows the quantiles. */
function bandAt(projection: ChartProjection, year: number, low: 'p025' | 'p10' | 'p50', high: 'p975' | 'p90' | 'p50'): [number, number] | undefined {
  const last = projection.history.at(-1);
  const points = [
    ...(last ? [{ year: last.year, low: last.value, high: last.value }] : []),
    ...projection.quantiles.map((quantile) => ({ year: quantile.year, low: quantile[low], high: quantile[high] })),
  ];
  if (points.length === 0 || year < points[0]!.year) return undefined;
  for (let index = 1; index < points.length; index++) {
    const from = points[index - 1]!;
    const to = points[index]!;
    if (year <= to.year) {
      const share = (year - from.year) / (to.year - from.year);
      return [from.low + share * (to.low - from.low), from.high + share * (to.high - from.high)];
    }
  }
  return undefined;
}

function emptyRows(width: number, height: number, message: string): ChartRow[] {
  return Array.from({ length: height }, (_, row) => [{ text: padDisplay(row === 0 ? message : '', width), role: 'plain' as const }]);
}

/** Marks the braille dots of a straight segment between two points in dot coordinates. */
function drawDots(dots: Uint8Array, dotColumns: number, dotRows: number, from: [number, number], to: [number, number]): void {
  const steps = Math.max(1, Math.ceil(Math.max(Math.abs(to[0] - from[0]), Math.abs(to[1] - from[1]))));
  for (let step = 0; step <= steps; step++) {
    const x = Math.round(from[0] + ((to[0] - from[0]) * step) / steps);
    const y = Math.round(from[1] + ((to[1] - from[1]) * step) / steps);
    if (x >= 0 && x < dotColumns && y >= 0 && y < dotRows) dots[y * dotColumns + x] = 1;
  }
}

function brailleAt(dots: Uint8Array, dotColumns: number, column: number, row: number): string | undefined {
  let bits = 0;
  for (let dx = 0; dx < 2; dx++) for (let dy = 0; dy < 4; dy++) if (dots[(row * 4 + dy) * dotColumns + column * 2 + dx]) bits |= BRAILLE_BITS[dx]![dy]!;
  return bits === 0 ? undefined : String.fromCharCode(0x2800 + bits);
}

/** Joins neighbouring cells of the same role into segments. */
function toSegments(cells: Cell[]): ChartRow {
  const row: ChartRow = [];
  for (const cell of cells) {
    const last = row.at(-1);
    if (last && last.role === cell.role) last.text += cell.character;
    else row.push({ text: cell.character, role: cell.role });
  }
  return row;
}

export function drawTerminalChart(projection: ChartProjection, goal: ChartGoal | undefined, width: number, height: number): ChartRow[] {
  const plotHeight = height - 2;
  const history = projection.history;
  if (history.length === 0 && projection.quantiles.length === 0) return emptyRows(width, height, '—');
  const startYear = Math.min(history[0]?.year ?? Infinity, goal?.baseYear ?? Infinity, (projection.quantiles[0]?.year ?? Infinity) - 1);
  const endYear = Math.max(chartEndYear(projection, goal), startYear + 1);

  // The y range: history, target and the 80 % band, padded (the 95 % band may run off the top or bottom:
  // with the pooled spread of a short series it would otherwise squeeze the history into a few rows);
  // not below zero when nothing is.
  const visible: number[] = history.map((point) => point.value);
  for (const quantile of projection.quantiles) if (quantile.year <= endYear) visible.push(quantile.p10, quantile.p90);
  if (goal) visible.push(goal.target, ...(goal.baseValue !== null && goal.baseYear !== null && goal.baseYear >= startYear ? [goal.baseValue] : []));
  const finite = visible.filter(Number.isFinite);
  let low = Math.min(...finite);
  let high = Math.max(...finite);
  const padding = (high - low || Math.abs(high) || 1) * 0.06;
  low = low >= 0 && low - padding < 0 ? 0 : low - padding;
  high += padding;
  const ticks = niceTicks(low, high, Math.max(2, Math.floor(plotHeight / 3)));
  low = Math.min(low, ticks[0]!);
  high = Math.max(high, ticks.at(-1)!);
  const labelWidth = Math.max(...ticks.map((tick) => displayWidth(tickLabel(tick, ticks))));
  const plotWidth = width - labelWidth - 1;
  if (plotHeight < 3 || plotWidth < 8) return emptyRows(width, Math.max(height, 0), '…');

  const columnOf = (year: number): number => Math.round(((year - startYear) / (endYear - startYear)) * (plotWidth - 1));
  const rowOf = (value: number): number => Math.round(((high - value) / (high - low)) * (plotHeight - 1));
  const dotColumns = plotWidth * 2;
  const dotRows = plotHeight * 4;
  const dotOf = (year: number, value: number): [number, number] => [((year - startYear) / (endYear - startYear)) * (dotColumns - 1), ((high - value) / (high - low)) * (dotRows - 1)];

  const grid: Cell[][] = Array.from({ length: plotHeight }, () => Array.from({ length: plotWidth }, () => ({ character: ' ', role: 'plain' as ChartRole })));
  const put = (row: number, column: number, character: string, role: ChartRole): void => {
    if (row >= 0 && row < plotHeight && column >= 0 && column < plotWidth) grid[row]![column] = { character, role };
  };

  // Lowest priority first; later marks overwrite earlier ones.
  if (goal) for (let column = 0; column < plotWidth; column++) put(rowOf(goal.target), column, '┄', 'target');
  for (const [lowKey, highKey, character, role] of [['p025', 'p975', '░', 'band95'], ['p10', 'p90', '▒', 'band80']] as const) {
    for (let column = 0; column < plotWidth; column++) {
      const band = bandAt(projection, startYear + (column / (plotWidth - 1)) * (endYear - startYear), lowKey, highKey);
      if (!band || !band.every(Number.isFinite)) continue;
      for (let row = Math.max(0, rowOf(band[1])); row <= Math.min(plotHeight - 1, rowOf(band[0])); row++) put(row, column, character, role);
    }
  }
  const lines: [ChartRole, [number, number][]][] = [];
  if (goal && goal.baseYear !== null && goal.baseValue !== null) lines.push(['straight', [[goal.baseYear, goal.baseValue], [goal.targetYear, goal.target]]]);
  const last = history.at(-1);
  const median: [number, number][] = [...(last ? [[last.year, last.value] as [number, number]] : []), ...projection.quantiles.filter((quantile) => quantile.year <= endYear).map((quantile) => [quantile.year, quantile.p50] as [number, number])];
  lines.push(['median', median]);
  for (const [role, points] of lines) {
    const dots = new Uint8Array(dotColumns * dotRows);
    for (let index = 1; index < points.length; index++) drawDots(dots, dotColumns, dotRows, dotOf(...points[index - 1]!), dotOf(...points[index]!));
    for (let row = 0; row < plotHeight; row++) for (let column = 0; column < plotWidth; column++) {
      const character = brailleAt(dots, dotColumns, column, row);
      if (character) put(row, column, character, role);
    }
  }
  if (goal && goal.targetYear <= endYear) put(rowOf(goal.target), columnOf(goal.targetYear), '◆', 'target');
  for (const point of history) if (point.year >= startYear) put(rowOf(point.value), columnOf(point.year), '●', 'history');

  // The y axis, the plot, the x axis and its years.
  const tickRows = new Map<number, string>();
  for (const tick of ticks) {
    const row = rowOf(tick);
    if (row >= 0 && row < plotHeight && !tickRows.has(row)) tickRows.set(row, tickLabel(tick, ticks));
  }
  const rows: ChartRow[] = grid.map((cells, row) => {
    const label = tickRows.get(row);
    return [{ text: `${padDisplay(label ?? '', labelWidth, 'right')}${label !== undefined ? '┤' : '│'}`, role: 'axis' as const }, ...toSegments(cells)];
  });
  const years = yearTicks(startYear, endYear, plotWidth, columnOf);
  const axis = Array.from({ length: plotWidth }, () => '─');
  const labels = Array.from({ length: plotWidth }, () => ' ');
  for (const { year, column } of years) {
    axis[column] = '┬';
    const text = String(year);
    const start = Math.min(Math.max(0, column - Math.floor(text.length / 2)), plotWidth - text.length);
    for (let index = 0; index < text.length; index++) labels[start + index] = text[index]!;
  }
  rows.push([{ text: `${' '.repeat(labelWidth)}└${axis.join('')}`, role: 'axis' }]);
  rows.push([{ text: `${' '.repeat(labelWidth + 1)}${labels.join('')}`, role: 'axis' }]);
  return rows;
}

/** The plain text of a chart row (for tests and captures). */
export function chartRowText(row: ChartRow): string {
  return row.map((segment) => segment.text).join('');
}

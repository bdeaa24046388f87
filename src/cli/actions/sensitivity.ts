/** What `plancast sensitivity` does (the command's options are in commands/sensitivity.ts). */
import { projectRequest } from '../../app/projection-request.js';
import { openWorkspace } from '../../app/workspace.js';
import { leverReach, type IndicatorSensitivity, type LeverSensitivity } from '../../core/pipeline/sensitivity.js';
import type { CliIo } from '../cli-io.js';
import { formatTable } from '../format-table.js';
import { projectionRequest, workspaceOptions, type ProjectionOptions } from '../projection-options.js';

export interface SensitivityOptions extends ProjectionOptions {
  scenario: string;
  indicator?: string;
  json?: boolean;
}

const percentText = (probability: number): string => `${(probability * 100).toFixed(0)} %`;
const pointsText = (points: number): string => `${(points * 100).toFixed(0)} pts`;

function group(entries: readonly (IndicatorSensitivity & { name: { zh: string } })[], control: LeverSensitivity['control']): string[][] {
  return entries.flatMap((entry) => entry.levers.filter((lever) => lever.control === control).map((lever, index) => [
    index === 0 ? `${entry.indicator} ${entry.name.zh}` : '',
    index === 0 ? String(entry.goalYear) : '',
    index === 0 ? percentText(entry.baseProbability) : '',
    lever.label.en,
    percentText(lever.low),
    percentText(lever.high),
    pointsText(leverReach(lever, entry.baseProbability)),
  ]));
}

export async function sensitivityAction(io: CliIo, options: SensitivityOptions): Promise<void> {
  const workspace = await openWorkspace(workspaceOptions(options));
  const result = projectRequest(workspace, { ...projectionRequest(options), scenarios: [options.scenario], indicators: 'with-goals', sensitivity: true });
  const scenario = result.scenarios[0]!.scenario;
  const results = result.sensitivity.map((entry) => ({ ...entry, name: workspace.dataset.catalog.indicators.get(entry.indicator)!.name }));
  if (options.json) {
    const indicators = results.map(({ levers, ...entry }) => ({ ...entry, policies: levers.filter((lever) => lever.control === 'policy'), risks: levers.filter((lever) => lever.control === 'risk') }));
    return io.out(JSON.stringify({ region: result.region, scenario: scenario.id, settings: result.settings, indicators }, null, 2));
  }
  const headers = ['indicator', 'goal year', 'P now', 'lever', 'low', 'high', 'moves'];
  const align = ['left', 'right', 'right', 'left', 'right', 'right', 'right'] as const;
  io.out(`${result.region} under ${scenario.id}: P(meet main goal) with each lever at its low / high setting, one at a time (others as in the scenario);`);
  io.out('"moves" is the larger change from P now. A policy not in the scenario is added at the low and at the high end of its assumed effect.\n');
  io.out('Policy levers — what planners control, ranked by how far each moves the probability:');
  io.out(formatTable(headers, group(results, 'policy'), [...align]));
  io.out('\nRisks — what planners do not control (uncertainty, downturns, GDP and population, ceilings):');
  io.out(formatTable(headers, group(results, 'risk'), [...align]));
}

/** What `plancast sensitivity` does (the command's options are in commands/sensitivity.ts). */
import { projectRequest } from '../../app/projection-request.js';
import { openWorkspace } from '../../app/workspace.js';
import type { CliIo } from '../cli-io.js';
import { formatTable } from '../format-table.js';
import { projectionRequest, workspaceOptions, type ProjectionOptions } from '../projection-options.js';

export interface SensitivityOptions extends ProjectionOptions {
  scenario: string;
  indicator?: string;
  json?: boolean;
}

const percentText = (probability: number): string => `${(probability * 100).toFixed(0)} %`;

export async function sensitivityAction(io: CliIo, options: SensitivityOptions): Promise<void> {
  const workspace = await openWorkspace(workspaceOptions(options));
  const result = projectRequest(workspace, { ...projectionRequest(options), scenarios: [options.scenario], indicators: 'with-goals', sensitivity: true });
  const scenario = result.scenarios[0]!.scenario;
  const results = result.sensitivity.map((entry) => ({ ...entry, name: workspace.dataset.catalog.indicators.get(entry.indicator)!.name }));
  if (options.json) return io.out(JSON.stringify({ region: result.region, scenario: scenario.id, settings: result.settings, indicators: results }, null, 2));
  io.out(`${result.region} under ${scenario.id}: P(meet main goal) with each lever low / high (others as in the scenario), largest swing first\n`);
  io.out(formatTable(['indicator', 'goal year', 'P now', 'lever', 'low', 'high', 'swing'], results.flatMap((entry) => entry.levers.map((lever, index) => [
    index === 0 ? `${entry.indicator} ${entry.name.zh}` : '',
    index === 0 ? String(entry.goalYear) : '',
    index === 0 ? percentText(entry.baseProbability) : '',
    lever.label.en,
    percentText(lever.low),
    percentText(lever.high),
    `${((lever.high - lever.low) * 100).toFixed(0)} pts`,
  ])), ['left', 'right', 'right', 'left', 'right', 'right', 'right']));
}

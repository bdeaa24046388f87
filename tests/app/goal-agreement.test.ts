/**
 * One goal, one number: the probability of meeting a goal is the same whether a planner reads it in
 * `plancast feasibility --json`, in the report's result.json or in the interactive session — all three
 * go through runProjection, and the goal is found by its stable id, never by position.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NO_ADJUSTMENTS } from '../../src/tui/lever-adjustments.js';
import { loadPipelineEngine } from '../../src/tui/engine.js';
import { runPlancast } from '../helpers/run-plancast.js';
import { useTemporaryDirectory } from '../helpers/temporary-files.js';

const folder = useTemporaryDirectory('plancast-agreement-');
const PATHS = '1500';

describe('the same goal in every output', () => {
  it.each([
    ['yubei', 'rd_intensity', 'yubei/rd_intensity/14th/2025/target'],
    ['yubei', 'high_tech_enterprises', 'yubei/high_tech_enterprises/14th/2025/target'],
    ['yongchuan', 'rd_intensity', 'yongchuan/rd_intensity/14th/2025/target'],
  ])('%s %s: feasibility --json, result.json and the session agree', async (region, indicator, goalId) => {
    const feasibility = await runPlancast('feasibility', '--region', region, '--paths', PATHS, '--json');
    expect(feasibility.exitCode, feasibility.stderr).toBe(0);
    const fromFeasibility = (JSON.parse(feasibility.stdout).goals as { goalId: string; probability: number }[]).find((goal) => goal.goalId === goalId);
    expect(fromFeasibility, `${goalId} in feasibility --json`).toBeDefined();

    const out = folder.path(region);
    const report = await runPlancast('report', '--region', region, '--paths', PATHS, '--no-png', '--out', out);
    expect(report.exitCode, report.stderr).toBe(0);
    const result = JSON.parse(readFileSync(join(out, 'result.json'), 'utf8')) as { goals: { goalId: string; probability: number | null; isMainGoal: boolean }[] };
    const fromReport = result.goals.find((goal) => goal.goalId === goalId);
    expect(fromReport, `${goalId} in result.json`).toBeDefined();
    expect(fromReport!.isMainGoal).toBe(true);

    const engine = await loadPipelineEngine({ paths: Number(PATHS) });
    engine.prepareRegion(region);
    const view = engine.project({ region, indicator, scenarioId: 'baseline', adjustments: NO_ADJUSTMENTS })!;
    expect(view.goal!.goalId).toBe(goalId);

    expect(fromFeasibility!.probability).toBeGreaterThan(0);
    expect(fromFeasibility!.probability).toBeLessThan(1);
    expect(fromReport!.probability).toBe(fromFeasibility!.probability);
    expect(view.goal!.probability).toBe(fromFeasibility!.probability);
  });
});

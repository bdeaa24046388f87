/**
 * The engine on the bundled data: Yubei prepared once, then the selected indicator re-simulated per
 * change at 10,000 paths — its numbers the pipeline's own (its speed is in `npm run bench`).
 * Also the scenario file the session saves: written whole, validated, never over a file without a yes.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { projectIndicator } from '../../src/core/pipeline/project-scenario.js';
import { checkScenarioFile, loadScenario } from '../../src/io/load-scenarios.js';
import { PipelineEngine, loadPipelineEngine, mainGoalAssessment } from '../../src/tui/engine.js';
import { NO_ADJUSTMENTS } from '../../src/tui/lever-adjustments.js';
import { saveScenarioFile, scenarioPath } from '../../src/tui/save-scenario.js';
import type { ProjectionRequest } from '../../src/tui/session-state.js';
import { useTemporaryDirectory } from '../helpers/temporary-files.js';

let engine: PipelineEngine;
const request: ProjectionRequest = { region: 'yubei', indicator: 'rd_intensity', scenarioId: 'baseline', adjustments: NO_ADJUSTMENTS };
const faster: ProjectionRequest = { ...request, adjustments: { growth: 2 } };

beforeAll(async () => {
  engine = await loadPipelineEngine({});
  engine.prepareRegion('yubei');
});

describe('the first screen before the whole region', () => {
  it('prepares the indicator asked for (and what its levers read) first, with the whole region\'s numbers; the rest follows one indicator at a time', async () => {
    const fresh = await loadPipelineEngine({});
    const first = fresh.prepareFocus('yubei', 'rd_intensity');
    expect(first.map((choice) => choice.id)).toContain('rd_intensity');
    expect(first.length).toBeLessThan(engine.prepareRegion('yubei').length);
    expect(first.find((choice) => choice.id === 'rd_intensity')).toEqual(engine.prepareRegion('yubei').find((choice) => choice.id === 'rd_intensity'));
    const withoutTime = (view: ReturnType<PipelineEngine['project']>) => ({ ...view!, milliseconds: 0 });
    const gdpSlower: ProjectionRequest = { ...request, scenarioId: 'gdp-slowdown', adjustments: { 'gdp-growth': -1 } };
    for (const asked of [faster, gdpSlower]) expect(withoutTime(fresh.project(asked))).toEqual(withoutTime(engine.project(asked)));
    let steps = 0;
    while (fresh.prepareNextIndicator('yubei')) steps++;
    expect(steps).toBeGreaterThan(5);
    expect(fresh.prepareRegion('yubei')).toEqual(engine.prepareRegion('yubei'));
  });
});

describe('the session engine', () => {
  it('lists regions with data, the scenarios (baseline first) and a region\'s indicators with their levers', () => {
    expect(engine.regions().map((region) => region.id)).toEqual(expect.arrayContaining(['yubei', 'yongchuan', 'shapingba']));
    expect(engine.scenarios()[0]!.id).toBe('baseline');
    expect(engine.scenarios().find((scenario) => scenario.id === 'conservative')?.ceilingIndicators).toEqual(['rd_intensity']);
    const indicators = engine.prepareRegion('yubei');
    const intensity = indicators.find((indicator) => indicator.id === 'rd_intensity')!;
    expect(intensity).toMatchObject({ hasGoals: true, latestYear: 2020, latestValue: 4.4, firstProjectedYear: 2021, lastProjectedYear: 2035 });
    expect(intensity.levers).toEqual(expect.arrayContaining(['growth', 'gdp-growth', 'policy:rd-fiscal-incentives']));
    expect(intensity.levers).not.toContain('pipeline-conversion');
    const highTech = indicators.find((indicator) => indicator.id === 'high_tech_enterprises')!;
    expect(highTech.levers).toEqual(expect.arrayContaining(['pipeline-conversion', 'policy:high-tech-cultivation', 'policy:tech-enterprise-cultivation']));
    expect(highTech.levers).not.toContain('gdp-growth');
    expect(engine.leverRows().map((row) => row.id)).toEqual(expect.arrayContaining(['growth', 'shock-year', 'shock-size', 'ceiling', 'gdp-growth', 'pipeline-conversion', 'policy:rd-fiscal-incentives']));
  });

  it('gives the pipeline\'s own numbers for the main goal, and the unadjusted probability beside them', () => {
    const view = engine.project(faster)!;
    const prepared = engine.region('yubei').indicators.find((indicator) => indicator.definition.id === 'rd_intensity')!;
    const direct = projectIndicator(prepared, engine.region('yubei'), engine.adjustedScenario(faster));
    expect(view.goal).toEqual(mainGoalAssessment(direct));
    expect(view.goal).toMatchObject({ targetYear: 2025, target: 4.8 });
    expect(view.pathCount).toBe(10_000);
    expect(view.unadjustedGoal!.probability!).toBeLessThan(view.goal!.probability!);
    expect(engine.project(request)!.goal!.probability).toBe(view.unadjustedGoal!.probability);
  });

  it('moves the probability with the levers, in the expected direction', () => {
    const probability = (adjustments: Record<string, number>) => engine.project({ ...request, adjustments })!.goal!.probability!;
    const base = probability({});
    expect(probability({ growth: 1 })).toBeGreaterThan(base);
    expect(probability({ growth: -1 })).toBeLessThan(base);
    expect(probability({ 'gdp-growth': 2 })).toBeLessThan(base);
    expect(probability({ 'shock-size': -20, 'shock-year': 2025 })).toBeLessThan(base);
    expect(probability({ ceiling: 4.5 })).toBe(0);
    expect(probability({ 'policy:rd-fiscal-incentives': 3 })).toBeGreaterThan(probability({ 'policy:rd-fiscal-incentives': 1 }));
    expect(probability({ 'policy:rd-fiscal-incentives': 1 })).toBeGreaterThan(base);
    const highTech = { ...request, indicator: 'high_tech_enterprises' };
    expect(engine.project({ ...highTech, adjustments: { 'pipeline-conversion': 2 } })!.goal!.probability!).toBeGreaterThan(engine.project(highTech)!.goal!.probability!);
  });

  it('ranks what moves the main goal: policy levers apart from risks, the R&D policy among the former', () => {
    const sensitivity = engine.sensitivity(request)!;
    expect(sensitivity.goalYear).toBe(2025);
    const controls = sensitivity.levers.map((lever) => lever.control);
    expect(controls.indexOf('risk')).toBeGreaterThan(controls.lastIndexOf('policy'));
    expect(sensitivity.levers.find((lever) => lever.lever === 'policy:rd-fiscal-incentives')?.control).toBe('policy');
    expect(sensitivity.levers.find((lever) => lever.lever === 'spread')?.control).toBe('risk');
    expect(sensitivity.levers.find((lever) => lever.lever === 'gdp-growth')?.control).toBe('risk');
  });

  it('compares every scenario with the current adjustments on top', () => {
    const rows = engine.compare(request);
    expect(rows.map((row) => row.scenario.id)).toEqual(engine.scenarios().map((scenario) => scenario.id));
    expect(rows.find((row) => row.scenario.id === 'plan-path')!.goal!.probability).toBeCloseTo(0.5, 1);
  });

  it('re-simulates the selected indicator at 10,000 paths for every lever setting, each setting its own answer', () => {
    // Speed is measured in `npm run bench` (scripts/bench-tui.mjs), never here: a loaded machine must not fail this.
    const probabilities = new Set<number>();
    for (let step = 0; step < 12; step++) {
      const view = engine.project({ ...request, adjustments: { growth: step / 2 - 3 } })!;
      expect(view.pathCount).toBe(10_000);
      probabilities.add(view.goal!.probability!);
    }
    expect(probabilities.size).toBeGreaterThan(6);
  });
});

describe('saving a scenario file', () => {
  const folder = useTemporaryDirectory('plancast-tui-save-');
  const save = (name: string, overwrite = false) => saveScenarioFile({
    document: engine.scenarioDocument(faster, name.split('/').pop()!), name, directory: folder.path(''), overwrite, expected: engine.adjustedScenario(faster),
  });

  it('writes <name>.yaml in the folder, valid and reproducing the session\'s scenario', () => {
    const outcome = save('faster-rd');
    expect(outcome).toEqual({ outcome: 'saved', path: folder.path('faster-rd.yaml') });
    expect(checkScenarioFile(outcome.path).problems).toEqual([]);
    const loaded = loadScenario(outcome.path);
    expect(loaded.chain).toEqual(['baseline', 'faster-rd']);
    expect(loaded.growth).toEqual([{ indicators: 'rd_intensity', percentagePoints: 2 }]);
    expect(readFileSync(outcome.path, 'utf8')).toMatch(/^# yaml-language-server: \$schema=.*scenario\.schema\.json\n/);
  });

  it('asks before overwriting, and overwrites when told to', () => {
    writeFileSync(folder.path('kept.yaml'), 'precious: true\n');
    expect(save('kept')).toEqual({ outcome: 'exists', path: folder.path('kept.yaml') });
    expect(readFileSync(folder.path('kept.yaml'), 'utf8')).toBe('precious: true\n');
    expect(save('kept', true).outcome).toBe('saved');
    expect(checkScenarioFile(folder.path('kept.yaml')).problems).toEqual([]);
  });

  it('creates folders in a typed path, and leaves no partial file behind on failure', () => {
    expect(save('plans/2024/faster').path).toBe(folder.path('plans/2024/faster.yaml'));
    expect(() => saveScenarioFile({ document: { id: 'broken', label: 'no' }, name: 'broken', directory: folder.path(''), overwrite: false, expected: engine.adjustedScenario(faster) })).toThrow(/label/);
    expect(existsSync(folder.path('broken.yaml'))).toBe(false);
    expect(readdirSync(folder.path('')).filter((name) => name.includes('partial'))).toEqual([]);
  });

  it('writes a scenario based on the user\'s own file in full, so it works without that file', () => {
    const base = folder.write('my-base.yaml', 'id: my-base\nextends: accelerated\nlabel: { zh: 我的情景, en: My base }\nspreadMultiplier: 1.3\n');
    const withFile = new PipelineEngine(engine.workspace, engine.settings, [base]);
    const mine = { ...faster, scenarioId: 'my-base' };
    const document = withFile.scenarioDocument(mine, 'on-my-base');
    expect(document).not.toHaveProperty('extends');
    expect(document).toMatchObject({ spreadMultiplier: 1.3, policies: expect.arrayContaining([{ policy: 'high-tech-cultivation', assumption: 'central' }]) });
    expect(engine.scenarioDocument(faster, 'on-baseline')).toMatchObject({ extends: 'baseline' });
    const saved = saveScenarioFile({ document, name: 'on-my-base', directory: folder.path(''), overwrite: false, expected: withFile.adjustedScenario(mine) });
    expect(loadScenario(saved.path).spreadMultiplier).toBe(1.3);
  });

  it('resolves names: ./name.yaml by default, paths as typed', () => {
    expect(scenarioPath('plan', '/work')).toBe('/work/plan.yaml');
    expect(scenarioPath('/tmp/x/plan.yml', '/work')).toBe('/tmp/x/plan.yml');
  });
});

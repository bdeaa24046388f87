/**
 * The session's engine on a worker thread (the built dist/src/tui/engine-worker-client.js, as `plancast
 * tui` runs it) gives the same numbers as the engine in-process for the same options and seed — the fan,
 * the goal and the probability of an adjusted scenario, the scenario comparison and the sensitivity —
 * and brings a failure back with its code. (Needs `npm run build`, which `npm test` runs first.)
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/io/project-paths.js';
import type { EngineClient } from '../../src/tui/engine-client.js';
import { loadPipelineEngine, type PipelineEngine } from '../../src/tui/engine.js';
import { NO_ADJUSTMENTS } from '../../src/tui/lever-adjustments.js';
import type { ProjectionRequest } from '../../src/tui/session-state.js';

const BUILT_CLIENT = join(projectRoot, 'dist', 'src', 'tui', 'engine-worker-client.js');
const OPTIONS = { paths: 2000, seed: 7, scenarioFiles: [] };
const REQUEST: ProjectionRequest = { region: 'yubei', indicator: 'rd_intensity', scenarioId: 'accelerated', adjustments: { ...NO_ADJUSTMENTS, growth: 1.5 } };

let engine: PipelineEngine;
let client: EngineClient;
beforeAll(async () => {
  if (!existsSync(BUILT_CLIENT)) throw new Error(`${BUILT_CLIENT} is missing: run \`npm run build\` first (npm test does)`);
  const built = (await import(pathToFileURL(BUILT_CLIENT).href)) as typeof import('../../src/tui/engine-worker-client.js');
  engine = await loadPipelineEngine(OPTIONS);
  client = built.startEngineClient(OPTIONS, () => engine);
  // the in-process engine is never handed to the built client's calls: a worker answers them
  expect(client.constructor.name).toBe('WorkerEngineClient');
}, 60_000);
afterAll(() => client?.close());

const withoutTime = <T extends { milliseconds: number } | undefined>(view: T) => (view === undefined ? view : { ...view, milliseconds: 0 });

describe('the engine on a worker thread', () => {
  it('prepares the region and projects an adjusted scenario to the same numbers as in-process', async () => {
    expect(await client.prepareRegion('yubei')).toEqual(engine.prepareRegion('yubei'));
    const remote = await client.project(REQUEST);
    const local = engine.project(REQUEST);
    expect(remote?.goal?.probability).toBeGreaterThan(0);
    expect(withoutTime(remote)).toEqual(withoutTime(local));
  }, 60_000);

  it('compares scenarios, ranks the sensitivity and builds the scenario to save as in-process', async () => {
    expect(await client.compare(REQUEST)).toEqual(engine.compare(REQUEST));
    expect(await client.sensitivity(REQUEST)).toEqual(engine.sensitivity(REQUEST));
    expect(await client.scenarioToSave(REQUEST, 'faster-rd')).toEqual({ document: engine.scenarioDocument(REQUEST, 'faster-rd'), expected: engine.adjustedScenario(REQUEST) });
  }, 60_000);

  it('brings an error back with its code', async () => {
    const failure = await client.project({ ...REQUEST, scenarioId: 'no-such-scenario' }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(Error);
    expect((failure as { code?: string }).code).toMatch(/^E_/);
  }, 60_000);
});

/**
 * The first screen asked for ahead (src/tui/first-screen.ts): the engine is asked for the focus prepared and
 * then for its projection, before the screen asks; the session's own first calls get those answers, and the
 * focus is reported prepared only once its projection is known, so one render shows both.
 */
import { describe, expect, it } from 'vitest';
import type { EngineClient } from '../../src/tui/engine-client.js';
import type { ProjectionView } from '../../src/tui/engine.js';
import { askFirstScreenAhead } from '../../src/tui/first-screen.js';
import type { ProjectionRequest } from '../../src/tui/session-state.js';

const REQUEST: ProjectionRequest = { region: 'yubei', indicator: 'rd_intensity', scenarioId: 'baseline', adjustments: {} as ProjectionRequest['adjustments'] };
const keyOf = (request: ProjectionRequest): string => `${request.scenarioId}|${request.region}|${request.indicator}|${JSON.stringify(request.adjustments)}`;

interface Deferred<T> { promise: Promise<T>; resolve: (value: T) => void; reject: (error: Error) => void }
function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<T>((yes, no) => { resolve = yes; reject = no; });
  return { promise, resolve, reject };
}

/** An engine whose prepareFocus and project answer when the test says, recording each call. */
function scriptedEngine() {
  const calls: string[] = [];
  const prepared = deferred<[]>();
  const projected = deferred<ProjectionView | undefined>();
  const client = {
    prepareFocus: (region: string, indicator: string) => (calls.push(`prepareFocus ${region} ${indicator}`), prepared.promise),
    project: (request: ProjectionRequest) => (calls.push(`project ${keyOf(request)}`), projected.promise),
    compare: async () => (calls.push('compare'), []),
  } as unknown as EngineClient;
  return { client, calls, prepared, projected };
}

const VIEW = { pathCount: 10_000 } as unknown as ProjectionView;
const flush = () => new Promise((resolve) => setImmediate(resolve));

describe('askFirstScreenAhead', () => {
  it('asks for the focus prepared, then for its projection (a projection first would prepare the whole region)', () => {
    const engine = scriptedEngine();
    askFirstScreenAhead(engine.client, REQUEST, keyOf);
    expect(engine.calls).toEqual(['prepareFocus yubei rd_intensity', `project ${keyOf(REQUEST)}`]);
  });

  it("answers the session's first prepareFocus only once the projection has arrived, and then knows the view by its key", async () => {
    const engine = scriptedEngine();
    const first = askFirstScreenAhead(engine.client, REQUEST, keyOf);
    let preparedSeen = false;
    void first.client.prepareFocus('yubei', 'rd_intensity').then(() => { preparedSeen = true; });
    engine.prepared.resolve([]);
    await flush();
    expect(preparedSeen).toBe(false);
    expect(first.settledView(keyOf(REQUEST))).toBeUndefined();
    engine.projected.resolve(VIEW);
    await flush();
    expect(preparedSeen).toBe(true);
    expect(first.settledView(keyOf(REQUEST))).toBe(VIEW);
    expect(first.settledView(keyOf({ ...REQUEST, scenarioId: 'conservative' }))).toBeUndefined();
  });

  it('gives the first projection to the same request without asking the engine again; other requests go through', async () => {
    const engine = scriptedEngine();
    const first = askFirstScreenAhead(engine.client, REQUEST, keyOf);
    engine.prepared.resolve([]);
    engine.projected.resolve(VIEW);
    expect(await first.client.project({ ...REQUEST })).toBe(VIEW);
    expect(engine.calls).toHaveLength(2);
    void first.client.project({ ...REQUEST, scenarioId: 'conservative' });
    void first.client.project({ ...REQUEST }); // asked ahead once: a later ask is the engine's
    await first.client.compare(REQUEST);
    expect(engine.calls.slice(2)).toEqual([`project ${keyOf({ ...REQUEST, scenarioId: 'conservative' })}`, `project ${keyOf(REQUEST)}`, 'compare']);
  });

  it('still reports the focus prepared when its projection fails, and the failure to whoever asks for the projection', async () => {
    const engine = scriptedEngine();
    const first = askFirstScreenAhead(engine.client, REQUEST, keyOf);
    engine.prepared.resolve([]);
    engine.projected.reject(new Error('no model'));
    await expect(first.client.prepareFocus('yubei', 'rd_intensity')).resolves.toEqual([]);
    await expect(first.client.project(REQUEST)).rejects.toThrow('no model');
    expect(first.settledView(keyOf(REQUEST))).toBeUndefined();
  });
});

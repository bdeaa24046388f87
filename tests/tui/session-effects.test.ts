/**
 * The order of the engine's calls when a session opens on one indicator: the focus is prepared; the render
 * that shows it runs its effects in one flush — the reducer's complete-region effect first (App declares
 * the effects runner first), then the projection the screen asks for — and the rest of the region must
 * reach the engine after that projection: a step of it ahead held the first probability back by a whole
 * indicator's preparation (measured ≈ 0.1 s in tmux).
 */
import { describe, expect, it } from 'vitest';
import type { EngineClient } from '../../src/tui/engine-client.js';
import { runSessionEffect } from '../../src/tui/session-effects.js';
import type { SessionAction } from '../../src/tui/session-state.js';

function recordingEngine(calls: string[]): EngineClient {
  return {
    prepareFocus: async () => (calls.push('prepareFocus'), []),
    completeRegion: async () => (calls.push('completeRegion'), []),
    project: async () => (calls.push('project'), undefined),
  } as unknown as EngineClient;
}

describe('runSessionEffect: a region prepared with a focus', () => {
  it('prepares only the focus and says the region is partial', async () => {
    const calls: string[] = [];
    const actions = await new Promise<SessionAction[]>((resolve) => {
      const seen: SessionAction[] = [];
      runSessionEffect({ kind: 'prepare-region', region: 'yubei', focus: 'rd_intensity' }, { engine: recordingEngine(calls), directory: '.', quit: () => {}, dispatch: (action) => (seen.push(action), resolve(seen)) });
    });
    expect(calls).toEqual(['prepareFocus']);
    expect(actions).toEqual([{ type: 'region-prepared', region: 'yubei', indicators: [], complete: false }]);
  });

  it('queues the rest of the region behind the projection asked for in the same flush of effects', async () => {
    const calls: string[] = [];
    const engine = recordingEngine(calls);
    const completed = new Promise<SessionAction>((resolve) => {
      runSessionEffect({ kind: 'complete-region', region: 'yubei' }, { engine, directory: '.', quit: () => {}, dispatch: resolve });
      // the screen's projection effect, in the same flush (synchronously after the effects runner)
      void engine.project({} as never);
    });
    expect(await completed).toEqual({ type: 'region-completed', region: 'yubei', indicators: [] });
    expect(calls).toEqual(['project', 'completeRegion']);
  });
});

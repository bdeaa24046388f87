/**
 * The first screen, asked for ahead: run-tui.ts knows the region, indicator and scenario the session opens
 * on before the screen has mounted, so it asks the engine for the indicator prepared and for its projection
 * at once, and the session's own first calls are answered by those same promises instead of waiting their
 * turn behind a render and a round trip to the engine's thread.
 *
 * The focus's preparation is reported (prepareFocus resolves) only once its projection has arrived too, so
 * the render that shows the prepared indicator can show its probability as well (`settledView`): one render
 * where there were two, each tens of milliseconds on a cold start.
 */
import type { EngineClient } from './engine-client.js';
import type { ProjectionView } from './engine.js';
import type { ProjectionRequest } from './session-state.js';

export interface FirstScreen {
  /** the client the session uses: the focus's first prepareFocus and project are the calls asked ahead */
  client: EngineClient;
  /** the first projection, once it has arrived, when `key` is the request it answers (`keyOf`) */
  settledView(key: string): ProjectionView | undefined;
}

/** `keyOf` is the session's requestKey (session-dialogs.ts), passed in so that this module loads nothing heavy before the engine's thread starts. */
export function askFirstScreenAhead(client: EngineClient, request: ProjectionRequest, keyOf: (request: ProjectionRequest) => string): FirstScreen {
  const key = keyOf(request);
  let settled: { view: ProjectionView | undefined } | undefined;
  // in this order: the engine answers in turn, and a projection asked for first would prepare the whole region
  let prepared: Promise<Awaited<ReturnType<EngineClient['prepareFocus']>>> | undefined = client.prepareFocus(request.region, request.indicator);
  prepared.catch(() => undefined); // reported to the session when it asks
  let projected: Promise<ProjectionView | undefined> | undefined = client.project(request);
  projected.then((view) => { settled = { view }; }, () => undefined);
  const projectionArrived = projected.then(() => undefined, () => undefined);
  const wrapped: EngineClient = {
    ...bound(client),
    prepareFocus: (region, indicator) => {
      if (prepared === undefined || region !== request.region || indicator !== request.indicator) return client.prepareFocus(region, indicator);
      const answer = prepared;
      prepared = undefined;
      return answer.then(async (choices) => {
        await projectionArrived;
        return choices;
      });
    },
    project: (asked) => {
      if (projected === undefined || keyOf(asked) !== key) return client.project(asked);
      const answer = projected;
      projected = undefined;
      return answer;
    },
  };
  return { client: wrapped, settledView: (asked) => (asked === key ? settled?.view : undefined) };
}

/** The client's methods bound to it (a class instance's methods read `this`). */
function bound(client: EngineClient): EngineClient {
  return {
    start: (request) => client.start(request),
    prepareRegion: (region) => client.prepareRegion(region),
    prepareFocus: (region, indicator) => client.prepareFocus(region, indicator),
    completeRegion: (region) => client.completeRegion(region),
    project: (request) => client.project(request),
    compare: (request) => client.compare(request),
    sensitivity: (request) => client.sensitivity(request),
    scenarioToSave: (request, id) => client.scenarioToSave(request, id),
    writeReport: (request) => client.writeReport(request),
    close: () => client.close(),
  };
}

/**
 * A React hook over LatestRequest (latest-request.ts): asks the engine for the result of `key` whenever the
 * key changes, coalescing bursts and dropping stale answers, and returns the last answer delivered (which
 * may be for an earlier key — the caller decides whether it still fits) and whether the current key's
 * answer is still being computed.
 */
import { useEffect, useRef, useState } from 'react';
import { LatestRequest } from './latest-request.js';

export interface EngineResult<Result> {
  /** the key this answer is for */
  key: string;
  value: Result | undefined;
  /** the first line of the error, when the work failed */
  error: string | undefined;
}

export interface EngineResultState<Result> {
  /** the last answer delivered, if any */
  latest: EngineResult<Result> | undefined;
  /** the answer for `key` has not arrived yet */
  pending: boolean;
}

function errorLine(error: unknown): string {
  return error instanceof Error ? error.message.split('\n')[0]! : String(error);
}

/** The engine's answer for `key` (undefined: nothing to ask); `start` is called only for keys still wanted when their turn comes. */
export function useEngineResult<Result>(key: string | undefined, start: () => Promise<Result>): EngineResultState<Result> {
  const [latest, setLatest] = useState<EngineResult<Result> | undefined>(undefined);
  const requests = useRef<LatestRequest<Result> | undefined>(undefined);
  requests.current ??= new LatestRequest<Result>((delivered, outcome) =>
    setLatest(outcome.ok ? { key: delivered, value: outcome.value, error: undefined } : { key: delivered, value: undefined, error: errorLine(outcome.error) }));
  useEffect(() => () => requests.current?.close(), []);
  useEffect(() => {
    if (key !== undefined) requests.current!.want(key, start);
  }, [key]);
  return { latest, pending: key !== undefined && latest?.key !== key };
}

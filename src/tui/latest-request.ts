/**
 * Coalesces a burst of requests into the work the screen needs: at most one request runs at a time; while
 * it runs, each newer request replaces the one waiting (so ten lever keys pressed during a slow
 * re-simulation start one more simulation, of the last lever state, not ten); a result is delivered only
 * when its key is still the one last asked for (a stale result is dropped, never drawn over a newer state).
 * The session keeps one per kind of work (projection, comparison, sensitivity) — see app.tsx.
 */

export type RequestOutcome<Result> = { ok: true; value: Result } | { ok: false; error: unknown };

export class LatestRequest<Result> {
  /** the key asked for last */
  private wanted: string | undefined;
  /** the key whose work is running */
  private running: string | undefined;
  /** the newest request asked for while one ran */
  private waiting: { key: string; start: () => Promise<Result> } | undefined;
  /** the key of the last outcome delivered */
  private delivered: string | undefined;
  private closed = false;

  constructor(private readonly deliver: (key: string, outcome: RequestOutcome<Result>) => void) {}

  /** Asks for the result of `key`; `start` begins the work and is called only if the work is still wanted when its turn comes. */
  want(key: string, start: () => Promise<Result>): void {
    if (this.closed) return;
    this.wanted = key;
    if (this.running === key) {
      this.waiting = undefined;
      return;
    }
    if (this.running !== undefined) {
      this.waiting = key === this.delivered ? undefined : { key, start };
      return;
    }
    if (key === this.delivered) return;
    this.launch(key, start);
  }

  /** Nothing more is delivered (the session ended); work already running is left to finish. */
  close(): void {
    this.closed = true;
    this.waiting = undefined;
  }

  /** Whether work is running (the screen may say "simulating…"). */
  get busy(): boolean {
    return this.running !== undefined;
  }

  private launch(key: string, start: () => Promise<Result>): void {
    this.running = key;
    let work: Promise<Result>;
    try {
      work = start();
    } catch (error) {
      work = Promise.reject(error);
    }
    work.then((value) => this.finish(key, { ok: true, value }), (error: unknown) => this.finish(key, { ok: false, error }));
  }

  private finish(key: string, outcome: RequestOutcome<Result>): void {
    this.running = undefined;
    if (this.closed) return;
    if (key === this.wanted) {
      this.delivered = key;
      this.deliver(key, outcome);
    }
    const next = this.waiting;
    this.waiting = undefined;
    if (next !== undefined && next.key === this.wanted && next.key !== this.delivered) this.launch(next.key, next.start);
  }
}

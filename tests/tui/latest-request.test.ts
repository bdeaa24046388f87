/**
 * The coalescing of engine requests (src/tui/latest-request.ts), driven by hand: each piece of work is a
 * promise the test settles itself, so the order of events is fixed and nothing depends on time. A burst
 * asked for during one running request starts exactly one more, for the last key; a stale answer is never
 * delivered; a key already answered is not asked again.
 */
import { describe, expect, it } from 'vitest';
import { LatestRequest, type RequestOutcome } from '../../src/tui/latest-request.js';

interface Work {
  key: string;
  resolve: (value: string) => void;
  reject: (error: Error) => void;
}

function harness() {
  const started: Work[] = [];
  const delivered: [string, RequestOutcome<string>][] = [];
  const requests = new LatestRequest<string>((key, outcome) => delivered.push([key, outcome]));
  const want = (key: string) => requests.want(key, () => new Promise<string>((resolve, reject) => started.push({ key, resolve, reject })));
  /** lets the promise callbacks run (a few microtask turns; no timers) */
  const settle = async () => {
    for (let turn = 0; turn < 5; turn++) await Promise.resolve();
  };
  return { requests, want, started, delivered, settle };
}

describe('LatestRequest', () => {
  it('starts the first request at once and delivers its answer', async () => {
    const { want, started, delivered, settle } = harness();
    want('growth=0.5');
    expect(started.map((work) => work.key)).toEqual(['growth=0.5']);
    started[0]!.resolve('view 0.5');
    await settle();
    expect(delivered).toEqual([['growth=0.5', { ok: true, value: 'view 0.5' }]]);
  });

  it('runs one request at a time and, of a burst asked for meanwhile, only the last', async () => {
    const { want, started, delivered, settle } = harness();
    want('growth=0.5');
    for (const step of ['1.0', '1.5', '2.0', '2.5', '3.0']) want(`growth=${step}`);
    expect(started.map((work) => work.key)).toEqual(['growth=0.5']);
    started[0]!.resolve('view 0.5');
    await settle();
    // the first answer is stale (3.0 is wanted): dropped, and 3.0 starts — none of 1.0 … 2.5 ever runs
    expect(delivered).toEqual([]);
    expect(started.map((work) => work.key)).toEqual(['growth=0.5', 'growth=3.0']);
    started[1]!.resolve('view 3.0');
    await settle();
    expect(delivered).toEqual([['growth=3.0', { ok: true, value: 'view 3.0' }]]);
    expect(started).toHaveLength(2);
  });

  it('does not start again when the burst ends on the key that is running', async () => {
    const { want, started, delivered, settle } = harness();
    want('a');
    want('b');
    want('a');
    started[0]!.resolve('answer a');
    await settle();
    expect(started.map((work) => work.key)).toEqual(['a']);
    expect(delivered).toEqual([['a', { ok: true, value: 'answer a' }]]);
  });

  it('does not ask again for the key last answered, while idle or while another runs', async () => {
    const { want, started, delivered, settle } = harness();
    want('a');
    started[0]!.resolve('answer a');
    await settle();
    want('a');
    expect(started).toHaveLength(1);
    want('b');
    want('a');
    started[1]!.resolve('answer b');
    await settle();
    // b's answer is stale and a's is already on screen: nothing delivered, nothing started
    expect(started.map((work) => work.key)).toEqual(['a', 'b']);
    expect(delivered).toEqual([['a', { ok: true, value: 'answer a' }]]);
  });

  it('delivers a failure of the wanted key as a failure, and drops a stale one', async () => {
    const { want, started, delivered, settle } = harness();
    want('a');
    want('b');
    started[0]!.reject(new Error('a failed'));
    await settle();
    expect(delivered).toEqual([]);
    started[1]!.reject(new Error('b failed'));
    await settle();
    expect(delivered).toHaveLength(1);
    expect(delivered[0]![0]).toBe('b');
    expect(delivered[0]![1]).toMatchObject({ ok: false, error: new Error('b failed') });
  });

  it('takes work that throws before it returns a promise as a failure', async () => {
    const delivered: string[] = [];
    const requests = new LatestRequest<string>((key, outcome) => delivered.push(`${key}:${outcome.ok}`));
    requests.want('a', () => {
      throw new Error('no engine');
    });
    for (let turn = 0; turn < 5; turn++) await Promise.resolve();
    expect(delivered).toEqual(['a:false']);
    expect(requests.busy).toBe(false);
  });

  it('delivers nothing and starts nothing after close', async () => {
    const { requests, want, started, delivered, settle } = harness();
    want('a');
    want('b');
    expect(requests.busy).toBe(true);
    requests.close();
    started[0]!.resolve('answer a');
    await settle();
    want('c');
    expect(started.map((work) => work.key)).toEqual(['a']);
    expect(delivered).toEqual([]);
  });
});

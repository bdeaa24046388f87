/**
 * Ctrl+C read where the bytes arrive, not where Ink parses keys. The session owns the terminal's input:
 * this guard reads it (raw mode, flowing) and hands every chunk to Ink through a stream of its own —
 * except a chunk holding Ctrl+C (byte 0x03), which ends the session at once, whatever came with it.
 * Ink on its own misses that case: keys that pile up while the thread is busy arrive as one chunk
 * ("+++\x03"), which Ink takes as pasted text, not as Ctrl+C. The guard is a listener on the event loop,
 * so it needs the thread free: the engine runs on a worker (engine-worker-client.ts).
 */
import { Readable } from 'node:stream';

const INTERRUPT = '\u0003';

/** Whether a chunk read from the terminal holds Ctrl+C anywhere in it. */
export function holdsInterrupt(chunk: string): boolean {
  return chunk.includes(INTERRUPT);
}

/** The stream Ink reads keys from: a terminal to Ink (raw mode is the guard's to set, so Ink's calls do nothing). */
class GuardedKeys extends Readable {
  readonly isTTY = true;
  override _read(): void {}
  setRawMode(): this {
    return this;
  }
  ref(): this {
    return this;
  }
  unref(): this {
    return this;
  }
}

export interface InterruptGuard {
  /** the input to give Ink (`render(…, { stdin })`) */
  keys: NodeJS.ReadStream;
  /** Stops reading the terminal and turns raw mode off (idempotent). */
  release(): void;
}

/** Starts reading `terminal` in raw mode; `onInterrupt` runs once, on the first chunk that holds Ctrl+C. */
export function guardInterrupt(terminal: NodeJS.ReadStream, onInterrupt: () => void): InterruptGuard {
  const keys = new GuardedKeys();
  let interrupted = false;
  let released = false;
  const read = (chunk: string | Buffer) => {
    if (interrupted) return;
    const text = typeof chunk === 'string' ? chunk : chunk.toString('utf8');
    if (holdsInterrupt(text)) {
      interrupted = true;
      onInterrupt();
      return;
    }
    keys.push(text);
  };
  if (terminal.isTTY) terminal.setRawMode(true);
  terminal.setEncoding('utf8');
  terminal.on('data', read);
  terminal.resume();
  return {
    keys: keys as unknown as NodeJS.ReadStream,
    release() {
      if (released) return;
      released = true;
      terminal.off('data', read);
      if (terminal.isTTY) terminal.setRawMode(false);
      terminal.pause();
      keys.push(null);
    },
  };
}

/**
 * The interrupt guard (src/tui/interrupt-guard.ts) on a stand-in terminal: every chunk without Ctrl+C
 * reaches Ink's input unchanged; a chunk with Ctrl+C anywhere in it — alone, after a burst of keys, or
 * before more — ends the session once and reaches Ink not at all; release gives the terminal back
 * (raw mode off, no longer read).
 */
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { guardInterrupt, holdsInterrupt } from '../../src/tui/interrupt-guard.js';

class StandInTerminal extends EventEmitter {
  readonly isTTY = true;
  rawModes: boolean[] = [];
  encoding: string | undefined;
  paused = false;
  setRawMode(mode: boolean) {
    this.rawModes.push(mode);
    return this;
  }
  setEncoding(encoding: string) {
    this.encoding = encoding;
    return this;
  }
  resume() {
    this.paused = false;
    return this;
  }
  pause() {
    this.paused = true;
    return this;
  }
  type(text: string) {
    this.emit('data', text);
  }
}

function guarded() {
  const terminal = new StandInTerminal();
  let interrupts = 0;
  const guard = guardInterrupt(terminal as unknown as NodeJS.ReadStream, () => interrupts++);
  const received: string[] = [];
  guard.keys.on('data', (chunk: Buffer | string) => received.push(chunk.toString()));
  const drain = () => new Promise<void>((resolve) => setImmediate(resolve));
  return { terminal, guard, received, drain, interrupts: () => interrupts };
}

describe('holdsInterrupt', () => {
  it('finds Ctrl+C (0x03) anywhere in a chunk and nowhere else', () => {
    expect(holdsInterrupt('\u0003')).toBe(true);
    expect(holdsInterrupt('++++++\u0003')).toBe(true);
    expect(holdsInterrupt('+\u0003+')).toBe(true);
    expect(holdsInterrupt('+++')).toBe(false);
    expect(holdsInterrupt('c')).toBe(false);
    expect(holdsInterrupt('\u001B[C')).toBe(false);
  });
});

describe('guardInterrupt', () => {
  it('reads the terminal in raw mode as UTF-8 and passes keys on unchanged', async () => {
    const { terminal, received, drain, interrupts } = guarded();
    expect(terminal.rawModes).toEqual([true]);
    expect(terminal.encoding).toBe('utf8');
    terminal.type('+');
    terminal.type('\u001B[C');
    terminal.type('渝北');
    await drain();
    expect(received.join('')).toBe('+\u001B[C渝北');
    expect(interrupts()).toBe(0);
  });

  it('ends the session on Ctrl+C that arrives with a burst of keys, and passes nothing more on', async () => {
    const { terminal, received, drain, interrupts } = guarded();
    terminal.type('+');
    terminal.type('++++++++\u0003');
    terminal.type('\u0003');
    terminal.type('q');
    await drain();
    expect(interrupts()).toBe(1);
    expect(received.join('')).toBe('+');
  });

  it('gives the terminal back on release: raw mode off, paused, no longer read; twice is harmless', async () => {
    const { terminal, guard, received, drain } = guarded();
    guard.release();
    guard.release();
    expect(terminal.rawModes).toEqual([true, false]);
    expect(terminal.paused).toBe(true);
    expect(terminal.listenerCount('data')).toBe(0);
    terminal.type('x');
    await drain();
    expect(received).toEqual([]);
  });
});

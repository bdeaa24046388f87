import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { INTERRUPT_BUDGET, tuneTiering } from '../../src/cli/v8-tiering.js';

describe("the executable's V8 tiering (src/cli/v8-tiering.ts)", () => {
  it('raises the interrupt budget to four times V8 11\'s default, on V8 11 only', () => {
    expect(INTERRUPT_BUDGET).toBe(4 * 67_584);
    expect(tuneTiering('12.4.254.21-node.33', [])).toBe(false);
    expect(tuneTiering('13.6.233.10-node.18', [])).toBe(false);
    expect(tuneTiering('11.3.244.8-node.25', [])).toBe(true);
  });

  it('keeps a budget given on the command line', () => {
    expect(tuneTiering('11.3.244.8-node.25', ['--interrupt-budget=1000'])).toBe(false);
  });

  it('is the first module the executable imports, so it holds before plancast\'s code runs', () => {
    const source = readFileSync(new URL('../../src/cli/main.ts', import.meta.url), 'utf8');
    const imports = [...source.matchAll(/^import\s+(?:[^'"]*from\s+)?['"]([^'"]+)['"]/gm)].map((match) => match[1]);
    expect(imports[0]).toBe('./v8-tiering.js');
  });
});

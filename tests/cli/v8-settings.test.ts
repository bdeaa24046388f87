import { readFileSync } from 'node:fs';
import { getHeapSpaceStatistics } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { INTERRUPT_BUDGET, tuneTiering } from '../../src/cli/v8-settings.js';
import { minorCollector } from '../../src/render/young-generation.js';

describe("the executable's V8 settings (src/cli/v8-settings.ts)", () => {
  it('raises the interrupt budget to four times V8 11\'s default, on V8 11 only', () => {
    expect(INTERRUPT_BUDGET).toBe(4 * 67_584);
    expect(tuneTiering('12.4.254.21-node.33', [])).toBe(false);
    expect(tuneTiering('13.6.233.10-node.18', [])).toBe(false);
    expect(tuneTiering('11.3.244.8-node.25', [])).toBe(true);
  });

  it('collects the young generation on demand: what was allocated there and is dead is gone after it', () => {
    const collect = minorCollector();
    const youngUsed = (): number => getHeapSpaceStatistics().find((space) => space.space_name === 'new_space')!.space_used_size;
    collect();
    const before = youngUsed();
    let kept = 0;
    for (let index = 0; index < 20_000; index++) kept += [index, index + 1, index + 2].length; // about 1 MB of short-lived arrays
    expect(kept).toBe(60_000);
    expect(youngUsed()).toBeGreaterThan(before + 500_000);
    collect();
    expect(youngUsed()).toBeLessThan(before + 100_000);
  });

  it('keeps a budget given on the command line', () => {
    expect(tuneTiering('11.3.244.8-node.25', ['--interrupt-budget=1000'])).toBe(false);
  });

  it('is loaded by the executable before the first command a run names is defined (runCli\'s beforeCommand)', () => {
    const source = readFileSync(new URL('../../src/cli/main.ts', import.meta.url), 'utf8');
    expect(source).toMatch(/runCli\(process\.argv\.slice\(2\), processIo, \{ beforeCommand: \(\) => import\('\.\/v8-settings\.js'\) \}\)/);
    // when beforeCommand runs, and that help alone skips it: tests/cli/command-tree.test.ts; in the bundle: bundle-start-up.test.ts
  });
});

/**
 * Regression test: resvg's images live in native memory that N-API finalizers release from the event loop.
 * A pool that ran its queued charts back to back in one promise chain never let them run, and resident
 * memory grew by about 4.4 MB per PNG (≈ 100 MB a region, 610 MB for `npm start` in one thread). Once the
 * heap has its working size, forty more charts queued at once must add far less than forty leaked images.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { buildFanChart } from '../../src/core/report/charts/fan-chart.js';
import { ChartRenderPool } from '../../src/render/chart-render-pool.js';
import * as samples from '../report/chart-samples.js';

const CHARTS = 40;
/** the native image of one 1280 × 720 PNG at scale 2 (RGBA) — what each leaked chart kept, and more */
const IMAGE_BYTES = 1280 * 720 * 4;

const pool = new ChartRenderPool(0);
afterAll(() => pool.close());

describe('rendering many PNG charts in one queue', () => {
  it('frees each chart’s native image instead of holding all of them', { timeout: 300_000 }, async () => {
    const spec = buildFanChart(samples.yubeiIntensityFanEnglish);
    const batch = () => pool.render(Array.from({ length: CHARTS }, () => ({ spec, png: true })));
    await batch(); // vega, resvg, the fonts and the heap at their working size before measuring
    const before = process.memoryUsage.rss();
    const outputs = await batch();
    const grown = process.memoryUsage.rss() - before;
    expect(outputs.every((output) => (output.png?.length ?? 0) > 1000)).toBe(true);
    // leaking, forty more charts added 168 MB (forty images are 147 MB); freed, 3–46 MB in repeated runs
    expect(grown).toBeLessThan(0.6 * CHARTS * IMAGE_BYTES);
  });
});

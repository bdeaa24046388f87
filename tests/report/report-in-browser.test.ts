/**
 * A generated report (yubei, Chinese, few paths) in a real browser (playwright-core + the system
 * Chromium), offline: index.html is opened from file:// with every other request blocked; there must be
 * no console error or warning, every chart container must hold an SVG with marks, and every indicator of
 * the region must be named on the page. A full-page screenshot is taken; set PLANCAST_SCREENSHOT_DIR to
 * keep it (and the English one) for a look.
 */
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blockNetworkRequests, launchOfflineBrowser } from '../../src/render/print-pdf.js';
import { writeReport, type WrittenReport } from '../../src/report/write-report.js';
import { useTemporaryDirectory } from '../helpers/temporary-files.js';

const folder = useTemporaryDirectory('plancast-report-browser-');
const keepDirectory = process.env.PLANCAST_SCREENSHOT_DIR;

let browser: Browser;
const reports: Record<'zh' | 'en', WrittenReport | undefined> = { zh: undefined, en: undefined };
beforeAll(async () => {
  [browser, reports.zh, reports.en] = await Promise.all([
    launchOfflineBrowser(),
    writeReport({ region: 'yubei', paths: 500, png: false, out: folder.path('yubei-zh') }),
    writeReport({ region: 'yubei', paths: 500, png: false, language: 'en', out: folder.path('yubei-en') }),
  ]);
});
afterAll(async () => {
  await browser?.close();
});

describe.each(['zh', 'en'] as const)('the %s report in Chromium, offline', (language) => {
  it('draws every chart with marks, with no console error and no network request, and names every indicator', async () => {
    const report = reports[language]!;
    const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
    const problems: string[] = [];
    page.on('console', (message) => { if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`); });
    page.on('pageerror', (error) => problems.push(error.message));
    const blocked = await blockNetworkRequests(page);

    await page.goto(pathToFileURL(join(report.folder, 'index.html')).href, { waitUntil: 'load' });
    await page.waitForSelector('html[data-charts-ready]', { state: 'attached', timeout: 60_000 });
    expect(await page.getAttribute('html', 'data-charts-failed')).toBe('0');

    const chartIds = report.files.filter((file) => file.endsWith('.vl.json')).map((file) => file.slice('charts/'.length, -'.vl.json'.length));
    expect(chartIds.length).toBe(report.chartCount);
    expect(await page.locator('figure.chart').count()).toBe(chartIds.length);
    for (const id of chartIds) {
      expect(await page.locator(`[id="${id}"].vega-embed svg`).count(), id).toBe(1);
      expect(await page.locator(`[id="${id}"] svg .role-mark path, [id="${id}"] svg .role-mark text`).count(), id).toBeGreaterThan(3);
      expect(await page.locator(`[id="${id}"]`).evaluate((element) => (element as unknown as { closest(selector: string): { classList: { contains(name: string): boolean } } | null }).closest('figure')?.classList.contains('is-rendered'))).toBe(true);
    }
    const text = await page.locator('body').innerText();
    for (const name of new Set(report.model.goals.map((row) => row.name[language]))) expect(text, name).toContain(name);
    expect(problems).toEqual([]);
    expect(blocked).toEqual([]);

    const screenshot = folder.path(`report-${language}.png`);
    await page.screenshot({ path: screenshot, fullPage: true });
    expect([...readFileSync(screenshot).subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    if (keepDirectory) copyFileSync(screenshot, join(keepDirectory, `report-yubei-${language}.png`));
    await page.close();
  });
});

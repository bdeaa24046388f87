/**
 * A generated report (yubei, Chinese and English, few paths) and the overview of every region
 * (reports/index.html) in a real browser (playwright-core + the system Chromium), offline: each page is
 * opened from file:// with every other request blocked; there must be no console error or warning, every
 * chart container must hold an SVG with marks, every indicator of the region (every region, on the
 * overview) must be named on the page, and the overview's links must lead to the reports. A full-page
 * screenshot is taken; set PLANCAST_SCREENSHOT_DIR to keep them for a look.
 */
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blockNetworkRequests, launchOfflineBrowser } from '../../src/render/print-pdf.js';
import { writeOverview, type WrittenOverview } from '../../src/report/write-overview.js';
import { writeReport, type WrittenReport } from '../../src/report/write-report.js';
import { useTemporaryDirectory } from '../helpers/temporary-files.js';

const folder = useTemporaryDirectory('plancast-report-browser-');
const keepDirectory = process.env.PLANCAST_SCREENSHOT_DIR;

let browser: Browser;
const reports: Record<'zh' | 'en', WrittenReport | undefined> = { zh: undefined, en: undefined };
let overview: WrittenOverview;
beforeAll(async () => {
  let scienceCity: WrittenReport;
  [browser, reports.zh, reports.en, scienceCity] = await Promise.all([
    launchOfflineBrowser(),
    writeReport({ region: 'yubei', paths: 500, png: false, out: folder.path('yubei/zh') }),
    writeReport({ region: 'yubei', paths: 500, png: false, language: 'en', out: folder.path('yubei/en') }),
    writeReport({ region: 'science-city', paths: 500, png: false, out: folder.path('science-city/zh') }),
  ]);
  overview = await writeOverview(folder.path('.'), [reports.zh!, scienceCity], { language: 'zh' });
}, 300_000);
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

describe('the overview (reports/index.html) in Chromium, offline', () => {
  it('draws its chart with marks, with no console error and no network request, names every region and links to each report', async () => {
    const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
    const problems: string[] = [];
    page.on('console', (message) => { if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`); });
    page.on('pageerror', (error) => problems.push(error.message));
    const blocked = await blockNetworkRequests(page);

    await page.goto(pathToFileURL(overview.files[0]!).href, { waitUntil: 'load' });
    await page.waitForSelector('html[data-charts-ready]', { state: 'attached', timeout: 60_000 });
    expect(await page.getAttribute('html', 'data-charts-failed')).toBe('0');
    const figures = await page.locator('figure.chart').count();
    expect(figures).toBeGreaterThan(0);
    expect(await page.locator('figure.chart.is-rendered').count()).toBe(figures);
    expect(await page.locator('figure.chart .vega-embed svg .role-mark path').count()).toBeGreaterThan(3);
    // each region's bar is drawn tall enough to read (a frame too small for its legend squeezes the bars to nothing)
    const barHeights = await page.locator('figure.chart .vega-embed svg .mark-rect path').evaluateAll((bars) => bars.map((bar) => (bar as unknown as { getBBox(): { height: number } }).getBBox().height));
    expect(barHeights.length).toBeGreaterThan(0);
    expect(Math.min(...barHeights)).toBeGreaterThan(15);
    const text = await page.locator('body').innerText();
    for (const region of overview.model.regions) expect(text).toContain(region.name.zh);
    const links = await page.locator('a[href$="index.html"]').evaluateAll((anchors) => anchors.map((anchor) => (anchor as unknown as { href: string }).href));
    expect(links.length).toBeGreaterThanOrEqual(2);
    for (const link of links) expect(existsSync(fileURLToPath(link)), link).toBe(true);
    expect(problems).toEqual([]);
    expect(blocked).toEqual([]);

    const screenshot = folder.path('overview.png');
    await page.screenshot({ path: screenshot, fullPage: true });
    expect([...readFileSync(screenshot).subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    if (keepDirectory) copyFileSync(screenshot, join(keepDirectory, 'overview.png'));
    await page.close();
  });
});

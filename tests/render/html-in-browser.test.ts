/**
 * The self-contained index.html in a real browser (playwright-core + the system Chromium), offline:
 * every request other than file:// is blocked and counted, and the page must draw every chart as SVG
 * with no console errors and no blocked request. Also prints the page to PDF.
 * Set PLANCAST_SCREENSHOT_DIR to keep the screenshot and PDF for a look.
 */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import type { TopLevelSpec } from 'vega-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFanChart } from '../../src/core/report/charts/fan-chart.js';
import { buildTornadoChart } from '../../src/core/report/charts/tornado.js';
import { translate } from '../../src/core/report/messages.js';
import { buildHtmlDocument, htmlTable } from '../../src/render/html-document.js';
import { blockNetworkRequests, launchOfflineBrowser, printPdf } from '../../src/render/print-pdf.js';
import { useTemporaryDirectory } from '../helpers/temporary-files.js';
import { yubeiIntensityFan, yubeiIntensityFanEnglish, yubeiIntensityTornado } from '../report/chart-samples.js';

const folder = useTemporaryDirectory('plancast-html-');
const keepDirectory = process.env.PLANCAST_SCREENSHOT_DIR;

const html = buildHtmlDocument({
  title: translate('zh', 'report.title', { region: '渝北区' }),
  subtitle: translate('zh', 'report.as-of', { year: 2023 }),
  language: 'zh',
  sections: [
    {
      heading: translate('zh', 'report.indicator-table'),
      html: htmlTable({
        headers: [translate('zh', 'table.indicator'), translate('zh', 'table.base'), translate('zh', 'table.latest'), translate('zh', 'table.target'), translate('zh', 'table.status')],
        rows: [['R&D经费支出占地区生产总值比重（%）', 4.4, 4.61, '≥4.8', translate('zh', 'status.moderate-progress')]],
        numericColumns: [1, 2],
      }),
      charts: [
        { id: 'fan-zh', title: yubeiIntensityFan.title, spec: buildFanChart(yubeiIntensityFan) },
        { id: 'fan-en', title: yubeiIntensityFanEnglish.title, spec: buildFanChart(yubeiIntensityFanEnglish) },
      ],
    },
    { heading: translate('zh', 'sensitivity.section'), charts: [{ id: 'tornado-zh', title: 'tornado', spec: buildTornadoChart(yubeiIntensityTornado) }] },
  ],
  footer: translate('zh', 'report.generated-by', { version: '0.1.0' }),
});
const htmlFile = folder.write('index.html', html);

let browser: Browser;
beforeAll(async () => {
  browser = await launchOfflineBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('index.html in Chromium, offline', () => {
  it('draws every chart as SVG with no console error and no network request', async () => {
    const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
    const consoleErrors: string[] = [];
    page.on('console', (message) => { if (message.type() === 'error' || message.type() === 'warning') consoleErrors.push(`${message.type()}: ${message.text()}`); });
    page.on('pageerror', (error) => consoleErrors.push(error.message));
    const blocked = await blockNetworkRequests(page);

    await page.goto(pathToFileURL(htmlFile).href, { waitUntil: 'load' });
    await page.waitForSelector('html[data-charts-ready]', { state: 'attached', timeout: 60_000 });

    expect(await page.getAttribute('html', 'data-charts-failed')).toBe('0');
    for (const id of ['fan-zh', 'fan-en', 'tornado-zh']) {
      expect(await page.locator(`#${id}.vega-embed svg`).count(), id).toBe(1);
      expect(await page.locator(`#${id} svg path`).count(), id).toBeGreaterThan(5);
    }
    expect(await page.locator('#fan-zh svg text', { hasText: 'R&D经费支出占地区生产总值比重' }).count()).toBeGreaterThan(0);
    expect(await page.locator('#fan-en svg text', { hasText: 'Median projection' }).count()).toBe(1);
    expect(await page.locator('.vega-actions').count()).toBe(0);
    expect(consoleErrors).toEqual([]);
    expect(blocked).toEqual([]);

    const screenshot = folder.path('report-screenshot.png');
    await page.screenshot({ path: screenshot, fullPage: true });
    expect([...readFileSync(screenshot).subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    if (keepDirectory) copyFileSync(screenshot, join(keepDirectory, 'report-screenshot.png'));
    await page.close();
  });

  it('would block (and count) a request to the network', async () => {
    const page = await browser.newPage();
    const blocked = await blockNetworkRequests(page);
    const probe = folder.write('probe.html', '<!DOCTYPE html><img src="https://example.com/x.png"><p>probe</p>');
    await page.goto(pathToFileURL(probe).href, { waitUntil: 'load' });
    expect(blocked).toEqual(['https://example.com/x.png']);
    await page.close();
  });

  it('forbids network access by its own Content-Security-Policy, even without the request blocker', async () => {
    const leaky = buildHtmlDocument({ title: 'CSP', language: 'en', sections: [{ heading: 'probe', html: '<img src="https://example.com/tracker.png"><link rel="stylesheet" href="https://example.com/x.css">' }] });
    const page = await browser.newPage();
    const answered: string[] = [];
    const failures: string[] = [];
    const messages: string[] = [];
    // Chromium announces a request before CSP stops it, so look at how each one ended.
    page.on('response', (response) => { if (!response.url().startsWith('file:')) answered.push(response.url()); });
    page.on('requestfailed', (request) => failures.push(`${request.url()} ${request.failure()?.errorText}`));
    page.on('console', (message) => messages.push(message.text()));
    await page.goto(pathToFileURL(folder.write('leaky.html', leaky)).href, { waitUntil: 'load' });
    expect(answered).toEqual([]);
    expect(failures.sort()).toEqual(['https://example.com/tracker.png csp', 'https://example.com/x.css csp']);
    expect(messages.join('\n')).toMatch(/Content Security Policy/);
    await page.close();
  });

  it('reports a chart that cannot be drawn instead of hanging', async () => {
    const broken = buildHtmlDocument({ title: 'broken', language: 'en', sections: [{ heading: 'h', charts: [{ id: 'broken', title: 'broken', spec: { mark: 'nonsense' } as unknown as TopLevelSpec }] }] });
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
    await page.goto(pathToFileURL(folder.write('broken.html', broken)).href, { waitUntil: 'load' });
    await page.waitForSelector('html[data-charts-ready]', { state: 'attached', timeout: 30_000 });
    expect(await page.getAttribute('html', 'data-charts-failed')).toBe('1');
    expect(errors.join('\n')).toMatch(/chart broken could not be drawn/);
    await page.close();
  });

  it('prints to an A4 PDF with every chart drawn', async () => {
    const printed = await printPdf(htmlFile);
    expect(new TextDecoder().decode(printed.pdf.subarray(0, 5))).toBe('%PDF-');
    expect(printed.pdf.length).toBeGreaterThan(20_000);
    expect(printed).toMatchObject({ blockedRequests: [], pageErrors: [], chartsFailed: 0 });
    if (keepDirectory) writeFileSync(join(keepDirectory, 'report.pdf'), printed.pdf);
  });
});

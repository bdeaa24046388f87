/**
 * Prints a report's index.html to PDF in headless Chromium (playwright-core with the system browser).
 * The page runs offline: every request other than file:// and data: is aborted and recorded, and the
 * print waits until the page says all charts are drawn (html[data-charts-ready], set by html-document).
 * playwright-core loads only when a browser is launched, so writing a report without --pdf never loads it.
 */
import { accessSync, constants } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { PlancastError } from '../core/errors.js';

export const CHROMIUM_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'] as const;

export const CHROMIUM_LAUNCH_ARGUMENTS = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run',
] as const;

export class ChromiumMissingError extends PlancastError {
  constructor(searched: string) {
    super('E_CHROMIUM_MISSING', `no Chromium or Chrome was found (looked for ${CHROMIUM_NAMES.join(', ')} in ${searched}); it is needed to print the report as PDF`, {
      remedy: 'apt-get install chromium',
      exitCode: 1,
    });
    this.name = 'ChromiumMissingError';
  }
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Where Debian puts Chromium; tried before the PATH. */
export const PREFERRED_CHROMIUM_PATHS = ['/usr/bin/chromium'] as const;

/** The first Chromium-like browser (/usr/bin/chromium, then the PATH); throws E_CHROMIUM_MISSING. */
export function findChromium(searchPath: string = process.env.PATH ?? '', preferred: readonly string[] = PREFERRED_CHROMIUM_PATHS): string {
  for (const candidate of preferred) if (isExecutable(candidate)) return candidate;
  const folders = searchPath.split(delimiter).filter((folder) => folder !== '');
  for (const name of CHROMIUM_NAMES) {
    for (const folder of folders) {
      const candidate = join(folder, name);
      if (isExecutable(candidate)) return candidate;
    }
  }
  throw new ChromiumMissingError(folders.length === 0 ? 'an empty PATH' : folders.join(delimiter));
}

/** Launches headless Chromium with the offline arguments. */
export async function launchOfflineBrowser(executablePath: string = findChromium()): Promise<Browser> {
  const { chromium } = await import('playwright-core'); // loaded only when a browser is needed (--pdf, checks)
  return chromium.launch({ executablePath, headless: true, args: [...CHROMIUM_LAUNCH_ARGUMENTS], timeout: 60_000 });
}

/** Aborts every request that is not file:// or data:, and returns the (live) list of what was blocked. */
export async function blockNetworkRequests(page: Page): Promise<string[]> {
  const blocked: string[] = [];
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:') || url.startsWith('data:')) return route.continue();
    blocked.push(url);
    return route.abort('blockedbyclient');
  });
  return blocked;
}

export interface PrintPdfOptions {
  executablePath?: string;
  /** how long to wait for the charts to draw, in milliseconds. */
  timeoutMilliseconds?: number;
}

export interface PrintedPdf {
  pdf: Uint8Array;
  /** requests the page tried to make outside file:// and data: (should be empty). */
  blockedRequests: string[];
  /** console errors and uncaught exceptions on the page (should be empty). */
  pageErrors: string[];
  /** charts vegaEmbed could not draw. */
  chartsFailed: number;
}

/** Prints an HTML file (opened through file://) to A4 PDF bytes. */
export async function printPdf(htmlFile: string, options: PrintPdfOptions = {}): Promise<PrintedPdf> {
  const browser = await launchOfflineBrowser(options.executablePath ?? findChromium());
  try {
    const page = await browser.newPage();
    const pageErrors: string[] = [];
    page.on('console', (message) => { if (message.type() === 'error') pageErrors.push(message.text()); });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    const blockedRequests = await blockNetworkRequests(page);
    await page.goto(pathToFileURL(htmlFile).href, { waitUntil: 'load' });
    const timeout = options.timeoutMilliseconds ?? 60_000;
    try {
      await page.waitForSelector('html[data-charts-ready]', { state: 'attached', timeout });
    } catch {
      throw new PlancastError('E_PDF_CHARTS_TIMEOUT', `the charts in ${htmlFile} were not drawn within ${timeout} ms, so no PDF was printed${pageErrors.length > 0 ? `: ${pageErrors.join('; ')}` : ''}`, {
        remedy: 'open index.html in a browser to see which chart fails; the SVG and PNG files in the report folder are unaffected',
        exitCode: 1,
      });
    }
    const chartsFailed = Number(await page.getAttribute('html', 'data-charts-failed')) || 0;
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    return { pdf: new Uint8Array(pdf), blockedRequests, pageErrors, chartsFailed };
  } finally {
    await browser.close();
  }
}

/** Prints an HTML string: writes it to a temporary folder, prints it, removes the folder. */
export async function printHtmlToPdf(html: string, options: PrintPdfOptions = {}): Promise<PrintedPdf> {
  const folder = await mkdtemp(join(tmpdir(), 'plancast-print-'));
  try {
    const htmlFile = join(folder, 'index.html');
    await writeFile(htmlFile, html);
    return await printPdf(htmlFile, options);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

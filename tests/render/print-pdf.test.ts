/** Finding the browser for PDF printing, and the typed error when there is none. */
import { describe, expect, it } from 'vitest';
import { ChromiumMissingError, findChromium } from '../../src/render/print-pdf.js';

describe('findChromium', () => {
  it('finds the system Chromium', () => {
    expect(findChromium()).toBe('/usr/bin/chromium');
  });

  it('searches the PATH for chromium, chromium-browser and google-chrome', () => {
    expect(findChromium('/nonexistent:/usr/bin', [])).toBe('/usr/bin/chromium');
  });

  it('throws E_CHROMIUM_MISSING with the remedy when no browser is found', () => {
    let caught: unknown;
    try {
      findChromium('/nonexistent', []);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ChromiumMissingError);
    expect(caught).toMatchObject({ code: 'E_CHROMIUM_MISSING', remedy: 'apt-get install chromium', exitCode: 1 });
  });
});

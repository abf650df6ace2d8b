import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

export const chromiumPath = '/usr/bin/chromium';

/** Why the browser tests cannot run here, or null. Printed, so a skip is never silent. */
export const noBrowserReason = existsSync(chromiumPath)
  ? null
  : `browser tests skipped: ${chromiumPath} is missing (install it with: apt-get install chromium)`;
if (noBrowserReason) console.warn(noBrowserReason);

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

/** Every URL the page asks for, to prove nothing leaves the origin. */
export function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (r) => urls.push(r.url()));
  return urls;
}

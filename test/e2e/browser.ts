import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

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

/** Logs in as admin through the login form, on its way to `next`; the page as it lands there. */
export async function logInAsAdmin(context: BrowserContext, serverUrl: string, password: string, next: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${serverUrl}/login?next=${encodeURIComponent(next)}`);
  await page.getByLabel(/Brukernavn|Username/).fill('admin');
  await page.getByLabel(/Passord|Password/).fill(password);
  await Promise.all([page.waitForURL((u) => !u.pathname.startsWith('/login')), page.getByRole('button', { name: /Logg inn|Log in/ }).click()]);
  return page;
}

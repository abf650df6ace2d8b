import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { SERVER_ADMIN_PASSWORD, startServer, tempDatabaseFile, type ServerProcess } from '../support/server-process';

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

/** Logs in through the login form (as admin unless `who` says otherwise), on its way to `next`; the page as it lands there. */
async function logInThrough(context: BrowserContext, serverUrl: string, next: string, who: { username: string; password: string }): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${serverUrl}/login?next=${encodeURIComponent(next)}`);
  await page.getByLabel(/Brukernavn|Username/).fill(who.username);
  await page.getByLabel(/Passord|Password/).fill(who.password);
  await Promise.all([page.waitForURL((u) => !u.pathname.startsWith('/login')), page.getByRole('button', { name: /Logg inn|Log in/ }).click()]);
  return page;
}

/**
 * The real server on a fresh database file and Chromium, for one e2e file: started before its
 * tests (`prepare` runs against the server first, say to add data through the API) and stopped
 * after them. `server` and `browser` are read inside the tests; `logIn` logs in through the
 * form, as admin unless told whom.
 */
export function useServerAndBrowser(options: { env?: Record<string, string>; prepare?: (url: string) => Promise<void> } = {}) {
  let server: ServerProcess | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await startServer({ db: tempDatabaseFile(), env: options.env });
    await options.prepare?.(server.url);
    browser = await launchBrowser();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  const opened = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`the ${what} is used before it started (use it inside a test or a later beforeAll)`);
    return value;
  };
  return {
    get server() {
      return opened(server, 'server');
    },
    get browser() {
      return opened(browser, 'browser');
    },
    logIn: (context: BrowserContext, next: string, who = { username: 'admin', password: SERVER_ADMIN_PASSWORD }) =>
      logInThrough(context, opened(server, 'server').url, next, who),
  };
}

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SERVER_ADMIN_PASSWORD, loginCookie } from '../support/server-process';
import { noBrowserReason, recordRequests, useServerAndBrowser } from './browser';
import { setUpSite } from './site-setup';

describe.skipIf(noBrowserReason !== null)('pages in Chromium, served by the real Node server', () => {
  let setup: Awaited<ReturnType<typeof setUpSite>>;
  const e2e = useServerAndBrowser({
    prepare: async (url) => {
      setup = await setUpSite(url);
    },
  });
  const { logIn } = e2e;

  it('shows a ticket without JavaScript on a 360 px phone, in Norwegian and English, asking nothing of other origins', async () => {
    const context = await e2e.browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 }, locale: 'nb-NO' });
    const page = await context.newPage();
    const requests = recordRequests(page);
    const code = setup.codes[0]!;
    let bytes = 0;
    page.on('response', async (r) => {
      bytes += (await r.body().catch(() => Buffer.alloc(0))).length;
    });

    await page.goto(`${e2e.server.url}/t/${code}`);
    expect(await page.locator('html').getAttribute('lang')).toBe('nb');
    await expect.poll(() => page.getByTestId('time').textContent()).toBe('11:00');
    expect(await page.getByTestId('code').textContent()).toBe(code);
    expect(await page.textContent('body')).toContain('Kafé Hjørnet');
    expect(await page.textContent('body')).toContain('Kom mellom 11:00 og 11:15');
    // Readable at 360 px: nothing wider than the screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    await page.goto(`${e2e.server.url}/t/${code.toLowerCase().replace('-', ' ')}?lang=en`);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.textContent('body')).toContain('Come between 11:00 and 11:15');
    expect(await page.getByTestId('code').textContent()).toBe(code);
    // The choice is remembered.
    await page.goto(`${e2e.server.url}/t/${code}`);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');

    const origin = new URL(e2e.server.url).origin;
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((u) => new URL(u).origin !== origin)).toEqual([]);
    expect(bytes / 3).toBeLessThan(30_000); // three page loads: each under 30 kB with its CSS
    await context.close();
  });

  it('finds a ticket from the code form on the home page, and says so kindly when the code is unknown', async () => {
    const context = await e2e.browser.newContext({ javaScriptEnabled: false, locale: 'nb-NO' });
    const page = await context.newPage();
    await page.goto(e2e.server.url + '/');
    const code = setup.codes[1]!;
    await page.getByLabel('Koden på lappen').fill(` ${code.toLowerCase()} `);
    await page.getByRole('button', { name: 'Vis hentetiden' }).click();
    await page.waitForURL(`**/t/${code.replace('-', '')}`);
    expect(await page.getByTestId('code').textContent()).toBe(code);

    await page.goto(e2e.server.url + '/');
    await page.getByLabel('Koden på lappen').fill('ZZZZ-ZZZZ');
    await page.getByRole('button', { name: 'Vis hentetiden' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Vi finner ikke den koden');
    await context.close();
  });

  it('sends anonymous visitors of staff pages to the login form, and back after logging in', async () => {
    const context = await e2e.browser.newContext({ locale: 'nb-NO' });
    const page = await context.newPage();
    for (const path of ['/staff', '/staff/tickets', '/staff/print/a4?codes=X', '/volunteer', '/admin']) {
      await page.goto(e2e.server.url + path);
      expect(new URL(page.url()).pathname, path).toBe('/login');
      expect(new URL(page.url()).searchParams.get('next')).toBe(path);
    }
    await page.getByLabel('Brukernavn').fill('admin');
    await page.getByLabel('Passord').fill(SERVER_ADMIN_PASSWORD);
    await Promise.all([page.waitForURL('**/admin'), page.getByRole('button', { name: 'Logg inn' }).click()]);
    expect(await page.locator('h1').textContent()).toBe('Oppsett');
    await context.close();
  });

  it('lets staff issue a batch and print it: as many distinct codes and QR codes as slips, and a PDF', async () => {
    const context = await e2e.browser.newContext({ locale: 'en-GB' });
    const page = await logIn(context, `/staff?site=kafe&dist=mat&date=${setup.date}`);
    await page.getByLabel('Number of slips').fill('12');
    await page.locator('#batch-layout').selectOption('a4');
    await Promise.all([page.waitForURL('**/staff/print/a4?**'), page.locator('form:has(#batch-count) button[type=submit]').click()]);

    const codes = await page.locator('.slip').evaluateAll((slips) => slips.map((s) => s.getAttribute('data-code')));
    expect(codes).toHaveLength(12);
    expect(new Set(codes).size).toBe(12);
    expect(await page.locator('.slip .s-qr svg path').count()).toBe(12);
    for (const code of codes) expect(setup.codes).not.toContain(code);

    const pdf = await page.pdf({ preferCSSPageSize: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const pageCount = Math.max(...[...pdf.toString('latin1').matchAll(/\/Count (\d+)/g)].map((m) => Number(m[1])));
    expect(pageCount).toBe(2); // 10 slips on an A4 page
    await context.close();
  });

  it('lets a volunteer mark a ticket picked up from the daily list, with and without script, and the API sees it', async () => {
    const statusOf = async (code: string) => ((await (await fetch(`${e2e.server.url}/api/tickets/${code}`)).json()) as { status: string }).status;
    for (const [javaScriptEnabled, code] of [
      [false, setup.codes[0]!],
      [true, setup.codes[2]!],
    ] as const) {
      const context = await e2e.browser.newContext({ javaScriptEnabled, locale: 'nb-NO' });
      const page: Page = await logIn(context, `/volunteer?site=kafe&date=${setup.date}`, setup.volunteer);
      const row = page.locator(`li[data-code="${code}"]`);
      expect(await row.getAttribute('data-status')).toBe('booked');
      // With script the tap posts in the background: the page itself stays (its marker survives).
      if (javaScriptEnabled) await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
      await page.getByRole('button', { name: `Hentet: ${code}` }).click();
      await expect.poll(() => row.getAttribute('data-status')).toBe('picked_up');
      expect(await statusOf(code)).toBe('picked_up');
      if (javaScriptEnabled) {
        expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
        // The tapped button is gone; focus lands on the slip's undo, ready for a mistaken tap.
        await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(`Angre: ${code}`);
        // The other button of the same form posts its own value: a no-show, then undone.
        const other = setup.codes[1]!;
        const otherRow = page.locator(`li[data-code="${other}"]`);
        await page.getByRole('button', { name: `Kom ikke: ${other}` }).click();
        await expect.poll(() => otherRow.getAttribute('data-status')).toBe('no_show');
        expect(await statusOf(other)).toBe('no_show');
        await page.getByRole('button', { name: `Angre: ${other}` }).click();
        await expect.poll(() => otherRow.getAttribute('data-status')).toBe('booked');
        expect(await statusOf(other)).toBe('booked');
        // Undo's value was not on the slip after the swap; focus went to the form's first button.
        await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(`Hentet: ${other}`);
        expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
        // A background post that fails falls back to the plain post, still with the pressed button's value.
        await page.route('**/volunteer/status', (route) => (route.request().isNavigationRequest() ? route.continue() : route.abort()));
        await page.getByRole('button', { name: `Kom ikke: ${other}` }).click();
        await expect.poll(() => page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed ?? 'reloaded')).toBe('reloaded');
        await expect.poll(() => otherRow.getAttribute('data-status')).toBe('no_show');
        expect(await statusOf(other)).toBe('no_show');
      }
      await context.close();
    }
  });

  it('shows a volunteer why a tap changed nothing, in the list, when the slip was cancelled meanwhile', async () => {
    const admin = await loginCookie(e2e.server.url);
    const call = async (path: string, body: unknown) =>
      (await fetch(e2e.server.url + path, { method: 'POST', headers: { 'content-type': 'application/json', cookie: admin }, body: JSON.stringify(body) })).json() as Promise<any>;
    const code: string = (await call('/api/sites/kafe/distributions/mat/tickets', { date: setup.date })).tickets[0].code;
    const context = await e2e.browser.newContext({ locale: 'nb-NO' });
    const page: Page = await logIn(context, `/volunteer?site=kafe&date=${setup.date}`, setup.volunteer);
    await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
    expect((await call(`/api/tickets/${code}/status`, { status: 'cancelled' })).status).toBe('cancelled');
    await page.getByRole('button', { name: `Hentet: ${code}` }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toBe('Lappen er avlyst. En ansatt kan gjøre den gyldig igjen.');
    expect(await page.locator(`li[data-code="${code}"]`).getAttribute('data-status')).toBe('cancelled');
    expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
    await context.close();
  });

  it('refuses a form post from another site', async () => {
    const res = await fetch(`${e2e.server.url}/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://evil.example' },
      body: `username=admin&password=${SERVER_ADMIN_PASSWORD}`,
      redirect: 'manual',
    });
    expect(res.status).toBe(403);
    expect(res.headers.get('set-cookie')).toBeNull();
  });
});

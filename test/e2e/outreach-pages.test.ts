import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { loginCookie } from '../support/server-process';
import { noBrowserReason, recordRequests, useServerAndBrowser } from './browser';

const today = () => DateTime.now().setZone('Europe/Oslo').toISODate()!;

describe.skipIf(noBrowserReason !== null)('bike and activity pages in Chromium, served by the real Node server', () => {
  let call: (method: string, path: string, body?: unknown) => Promise<any>;
  const e2e = useServerAndBrowser({
    prepare: async (url) => {
      const cookie = await loginCookie(url);
      call = async (method, path, body) => {
        const res = await fetch(url + path, { method, headers: { 'content-type': 'application/json', cookie }, body: body === undefined ? undefined : JSON.stringify(body) });
        if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
        return res.status === 204 ? null : res.json();
      };
      const stop = { rrule: 'FREQ=DAILY', startsOn: '2026-01-01', durationMinutes: 60, offers: ['naloxone', 'food'] };
      await call('POST', '/api/bike-stops', { ...stop, slug: 'torget', name: 'Torget', place: 'Stortorget ved fontenen', lat: 60.7945, lon: 11.0679, startTime: '18:00' });
      await call('POST', '/api/bike-stops', { ...stop, slug: 'stasjonen', name: 'Stasjonen', place: 'Jernbanestasjonen', startTime: '20:00' });
      await call('POST', '/api/bike-stops/stasjonen/cancellations', { date: today(), reason: 'Punktering' });
      await call('POST', '/api/activities', { slug: 'gatelaget', name: 'Gatelaget', place: 'Kunstgressbanen', rrule: 'FREQ=DAILY', startsOn: '2026-01-01', startTime: '23:00', durationMinutes: 45, cohorts: 2, cohortSize: 2 });
    },
  });
  const { logIn } = e2e;

  it("shows where the bike is today on a 360 px phone without script: struck-through cancellations, a map link, nothing from elsewhere", async () => {
    const context = await e2e.browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 }, locale: 'nb-NO' });
    const page = await context.newPage();
    const requests = recordRequests(page);
    await page.goto(`${e2e.server.url}/bike`);
    const todayList = page.locator('section:has(#today) li.stop');
    expect(await todayList.count()).toBe(2);
    const torget = page.locator('section:has(#today) li[data-stop="torget"]');
    expect(await torget.getByRole('link', { name: 'Vis i kart' }).getAttribute('href')).toBe('geo:60.7945,11.0679');
    const cancelled = page.locator('section:has(#today) li[data-stop="stasjonen"]');
    expect(await cancelled.locator('s').first().evaluate((el) => getComputedStyle(el).textDecorationLine)).toBe('line-through');
    expect(await cancelled.textContent()).toContain('Avlyst: Punktering');
    expect(await page.locator('section:has(#week) li.stop').count()).toBe(12);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    const origin = new URL(e2e.server.url).origin;
    expect(requests.filter((u) => new URL(u).origin !== origin)).toEqual([]);
    await context.close();
  });

  it('prints the week poster on one A4 page', async () => {
    const context = await e2e.browser.newContext({ locale: 'nb-NO' });
    const page = await context.newPage();
    await page.goto(`${e2e.server.url}/bike/poster`);
    expect(await page.locator('.poster-day').count()).toBe(7);
    const pdf = await page.pdf({ preferCSSPageSize: true });
    const pages = Math.max(...[...pdf.toString('latin1').matchAll(/\/Count (\d+)/g)].map((m) => Number(m[1])));
    expect(pages).toBe(1);
    await context.close();
  });

  it('enrols at the door, prints the slip, and takes attendance with a tap, with script on', async () => {
    const context = await e2e.browser.newContext({ locale: 'nb-NO' });
    const page = await logIn(context, '/activities');
    await page.getByRole('link', { name: 'Påmelding og oppmøte' }).click();
    await page.waitForURL('**/staff/activities/gatelaget');
    await page.getByLabel('Merknad (valgfri, ingen navn)').fill('Ny i dag');
    await Promise.all([page.waitForURL('**/staff/activities/gatelaget?joined=*'), page.getByRole('button', { name: 'Meld på' }).click()]);
    const code = new URL(page.url()).searchParams.get('joined')!;
    expect(await page.locator('p.message.ok').textContent()).toContain('er med i gruppe A');

    await page.locator('p.message.ok').getByRole('link', { name: 'Skriv ut lapp' }).click();
    await page.waitForURL('**/slips/a4?**');
    expect(await page.locator('.slip .s-time').textContent()).toBe('Gruppe A');
    expect(await page.locator('.slip .s-qr svg path').count()).toBe(1);

    const formatted = `${code.slice(0, 4)}-${code.slice(4)}`;
    await page.goto(`${e2e.server.url}/volunteer/activities/gatelaget?date=${today()}`);
    const row = page.locator(`li[data-code="${formatted}"]`);
    expect(await row.getAttribute('data-present')).toBe('unknown');
    await page.getByRole('button', { name: `Her: ${formatted}`, exact: true }).click();
    await expect.poll(() => row.getAttribute('data-present')).toBe('true');
    const roster = await call('GET', `/api/activities/gatelaget/sessions/${today()}`);
    expect(roster.cohorts[0].members[0]).toMatchObject({ code: formatted, present: true });
    await context.close();
  });

  it('shows the free places per group on /activities in English', async () => {
    const context = await e2e.browser.newContext({ locale: 'en-GB', javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${e2e.server.url}/activities`);
    const firstRow = page.locator('[data-activity="gatelaget"] tbody tr').first();
    expect(await firstRow.locator('td[data-cohort="B"]').textContent()).toBe('2 of 2 free');
    expect(await page.locator('[data-activity="gatelaget"] tbody tr').count()).toBe(3);
    await context.close();
  });
});

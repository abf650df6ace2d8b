import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { seriousAxeFindings } from './axe';
import { noBrowserReason, useServerAndBrowser } from './browser';

const pdftotext = '/usr/bin/pdftotext';
// Printed, so a skip is never silent.
const noPdfReader = existsSync(pdftotext) ? null : `rounds test skipped: ${pdftotext} is missing (install it with: apt-get install poppler-utils)`;
if (noPdfReader) console.warn(noPdfReader);
// Set to a folder to keep the driver's sheet and phone screenshots for a look.
const keepIn = process.env.HENTETID_SCREENSHOTS;

describe.skipIf(noBrowserReason !== null || noPdfReader !== null)('a delivery round planned, printed and driven in Chromium', () => {
  const e2e = useServerAndBrowser({ env: { HENTETID_DEMO: '0' } });

  it('plans 6 stops by the pages, prints the sheet with 6 windows in order, and marks two on the phone', async () => {
    const context = await e2e.browser.newContext({ locale: 'nb-NO', bypassCSP: true });
    const page = await e2e.logIn(context, '/staff');
    const site = 'rundestedet';
    expect((await page.request.post(`${e2e.server.url}/api/sites`, { data: { slug: site, name: 'Rundestedet', timezone: 'Europe/Oslo' } })).status()).toBe(201);
    const date = DateTime.now().setZone('Europe/Oslo').plus({ days: 3 }).toISODate()!;

    await page.goto(`${e2e.server.url}/staff/rounds?site=${site}&date=${date}`);
    await page.getByLabel('Navn på runden').fill('Tirsdag matposer');
    await page.getByLabel('Første tidsrom starter').fill('13:00');
    await page.getByLabel('Minutter per stopp').fill('15');
    await Promise.all([page.waitForURL('**/staff/rounds?*'), page.getByRole('button', { name: 'Lag runden' }).click()]);
    for (let i = 1; i <= 6; i++) {
      const add = page.locator('form[action$="/stops"]');
      await add.getByLabel('Stopp (adresse eller sted teamet kjenner)').fill(`Stoppested ${i}`);
      await add.getByLabel('Hva som skal med (valgfritt)').fill(`${i} matposer`);
      await Promise.all([page.waitForURL('**/staff/rounds?*'), add.getByRole('button', { name: 'Legg til stopp' }).click()]);
    }
    // The last stop one place up: the windows stay with the places, the stops change them.
    await Promise.all([page.waitForURL('**/staff/rounds?*'), page.getByRole('button', { name: 'Flytt opp: Nr. 6' }).click()]);
    expect(await seriousAxeFindings(page)).toEqual([]);
    if (keepIn) await page.screenshot({ path: join(keepIn, 'plan.png'), fullPage: true });

    await Promise.all([page.waitForURL('**/sheet'), page.getByRole('link', { name: 'Sjåførark (A4)' }).click()]);
    expect(await seriousAxeFindings(page)).toEqual([]);
    const pdf = await page.pdf({ format: 'A4' });
    const dir = keepIn ?? mkdtempSync(join(tmpdir(), 'hentetid-round-pdf-'));
    writeFileSync(join(dir, 'driver-sheet.pdf'), pdf);
    const text = execFileSync(pdftotext, ['-layout', join(dir, 'driver-sheet.pdf'), '-'], { encoding: 'utf8' });
    expect(text.match(/\d\d:\d\d–\d\d:\d\d/g)).toEqual(['13:00–13:15', '13:15–13:30', '13:30–13:45', '13:45–14:00', '14:00–14:15', '14:15–14:30']);
    const order = [1, 2, 3, 4, 6, 5].map((i) => text.indexOf(`Stoppested ${i}`));
    expect(order.every((at, i) => at >= 0 && (i === 0 || at > order[i - 1]!))).toBe(true);

    const round = ((await (await page.request.get(`${e2e.server.url}/api/sites/${site}/rounds?date=${date}`)).json()) as { rounds: { id: number; stops: { code: string }[] }[] }).rounds[0]!;
    const phone = await context.newPage();
    await phone.setViewportSize({ width: 390, height: 844 });
    await phone.goto(`${e2e.server.url}/volunteer/rounds/${site}/${round.id}`);
    await Promise.all([phone.waitForURL('**/volunteer/rounds/**'), phone.getByRole('button', { name: 'Levert: Nr. 1' }).click()]);
    await Promise.all([phone.waitForURL('**/volunteer/rounds/**'), phone.getByRole('button', { name: 'Ikke hjemme: Nr. 2' }).click()]);
    await expect.poll(() => phone.getByTestId('done').textContent()).toContain('2 av 6 gjort');
    expect(await seriousAxeFindings(phone)).toEqual([]);
    if (keepIn) await phone.screenshot({ path: join(keepIn, 'phone.png'), fullPage: true });
    const marked = ((await (await page.request.get(`${e2e.server.url}/api/sites/${site}/rounds/${round.id}`)).json()) as { stops: { status: string }[] }).stops;
    expect(marked.map((s) => s.status)).toEqual(['delivered', 'not_home', 'planned', 'planned', 'planned', 'planned']);

    // The client's page: the window, never the label.
    const client = await e2e.browser.newContext({ locale: 'en-GB', bypassCSP: true });
    const ticket = await client.newPage();
    await ticket.goto(`${e2e.server.url}/t/${round.stops[4]!.code}`);
    expect(await ticket.textContent('body')).toContain('We come between 14:00 and 14:15');
    expect(await ticket.textContent('body')).not.toContain('Stoppested');
    expect(await seriousAxeFindings(ticket)).toEqual([]);
    await client.close();
    await context.close();
  });
});

import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { SERVER_ADMIN_PASSWORD } from '../support/server-process';
import { noBrowserReason, useServerAndBrowser } from './browser';

const today = () => DateTime.now().setZone('Europe/Oslo').toISODate()!;

describe.skipIf(noBrowserReason !== null)('an admin sets up the bike in Chromium, with no JSON API', () => {
  const e2e = useServerAndBrowser();

  it('creates a bike stop through the form without script, and /bike shows it today with its map link', async () => {
    const context = await e2e.browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 }, locale: 'nb-NO' });
    const page = await context.newPage();
    await page.goto(`${e2e.server.url}/admin`);
    await page.waitForURL('**/login?next=%2Fadmin');
    await page.getByLabel('Brukernavn').fill('admin');
    await page.getByLabel('Passord').fill(SERVER_ADMIN_PASSWORD);
    await Promise.all([page.waitForURL(`${e2e.server.url}/admin`), page.getByRole('button', { name: 'Logg inn' }).click()]);

    await page.getByRole('link', { name: 'Sykkelstopp' }).click();
    await page.waitForURL('**/admin/bike-stops');
    await page.getByLabel('Navn', { exact: true }).fill('Kirkeparken');
    await page.getByLabel('Hvor (slik folk finner det)').fill('Ved benkene i Kirkeparken');
    await page.getByLabel('Breddegrad (valgfri)').fill('60,7930');
    await page.getByLabel('Lengdegrad (valgfri)').fill('11,0700');
    await page.getByLabel('Fra dato').fill(today());
    await page.getByLabel('Starter (TT:MM)').fill('21:15');
    await page.getByLabel('Varighet i minutter').fill('45');
    for (const day of ['Mandag', 'Tirsdag', 'Onsdag', 'Torsdag', 'Fredag', 'Lørdag', 'Søndag']) await page.getByLabel(day, { exact: true }).check();
    await page.getByLabel('Nalokson').check();
    await page.getByLabel('Sårstell').check();
    await Promise.all([page.waitForURL('**/admin/bike-stops/kirkeparken?saved=1'), page.getByRole('button', { name: 'Opprett' }).click()]);
    expect(await page.locator('p.message.ok').textContent()).toBe('Lagret.');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    await page.goto(`${e2e.server.url}/bike`);
    const stop = page.locator('section:has(#today) li[data-stop="kirkeparken"]');
    expect(await stop.locator('.stop-time').textContent()).toBe('21:15–22:00');
    expect(await stop.locator('.stop-place').textContent()).toBe('Ved benkene i Kirkeparken');
    expect(await stop.locator('.stop-offers').textContent()).toContain('Nalokson, Sårstell');
    expect(await stop.getByRole('link', { name: 'Vis i kart' }).getAttribute('href')).toBe('geo:60.793,11.07');
    await context.close();
  });
});

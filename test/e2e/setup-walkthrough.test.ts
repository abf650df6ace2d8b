import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DateTime } from 'luxon';
import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SERVER_ADMIN_PASSWORD } from '../support/server-process';
import { noBrowserReason, useServerAndBrowser } from './browser';

const CODE = /\b[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}\b/g;
const pdftotext = '/usr/bin/pdftotext';
// Printed, so a skip is never silent.
const noPdfReader = existsSync(pdftotext) ? null : `walk-through skipped: ${pdftotext} is missing (install it with: apt-get install poppler-utils)`;
if (noPdfReader) console.warn(noPdfReader);

describe.skipIf(noBrowserReason !== null || noPdfReader !== null)('a coordinator sets up a new centre and prints its first slips', () => {
  const e2e = useServerAndBrowser({ env: { HENTETID_DEMO: '0' } });

  it('walks from an empty install to an A4 sheet of 20 spread slips in at most 20 steps, by labels, links and buttons only', async () => {
    const context = await e2e.browser.newContext({ locale: 'nb-NO' });
    const page = await context.newPage();
    let steps = 0;
    // Each fill, check, click or choice is one step a person takes.
    const step = async (action: Promise<unknown>) => {
      steps++;
      await action;
    };
    const click = (target: Locator) => step(Promise.all([page.waitForLoadState('load'), target.click()]));

    await page.goto(`${e2e.server.url}/staff`);
    await page.waitForURL('**/login?next=%2Fstaff');
    await step(page.getByLabel('Brukernavn').fill('admin'));
    await step(page.getByLabel('Passord').fill(SERVER_ADMIN_PASSWORD));
    await click(page.getByRole('button', { name: 'Logg inn' }));
    await page.waitForURL('**/staff');

    await click(page.getByRole('link', { name: 'Sett opp et sted' }));
    await page.waitForURL('**/admin#new-site');
    await step(page.getByLabel('Navn på stedet').fill('Kafé Ørnen'));
    await click(page.getByRole('button', { name: 'Opprett', exact: true }));
    await page.waitForURL('**/admin/sites/*?created=1#new-distribution');

    await step(page.getByLabel('Navn på utdelingen').fill('Matutdeling'));
    await step(page.getByLabel('Mandag', { exact: true }).check());
    await step(page.getByLabel('Onsdag', { exact: true }).check());
    await step(page.getByLabel('Åpner (TT:MM)').fill('10:00'));
    await step(page.getByLabel('Stenger (TT:MM)').fill('12:00'));
    await step(page.getByLabel('Minutter per tid').fill('10'));
    await step(page.getByLabel('Lapper per tid').fill('3'));
    await click(page.getByRole('button', { name: 'Opprett', exact: true }));
    await page.waitForURL('**/staff?*');
    const chosen = new URL(page.url()).searchParams;
    const day = DateTime.fromISO(chosen.get('date')!, { zone: 'Europe/Oslo' });
    expect([1, 3]).toContain(day.weekday);
    expect(await page.getByTestId('when').textContent()).toMatch(/^mandager og onsdager, hver uke, 10:00–12:00/);

    const batch = page.getByRole('group', { name: 'Mange lapper' });
    await step(batch.getByLabel('Antall lapper').fill('20'));
    await click(batch.getByRole('button', { name: 'Lag lappene' }));
    await page.waitForURL('**/staff/print/a4?*');
    expect(steps).toBeLessThanOrEqual(20);

    const pdf = await page.pdf({ format: 'A4' });
    const dir = mkdtempSync(join(tmpdir(), 'hentetid-pdf-'));
    writeFileSync(join(dir, 'slips.pdf'), pdf);
    const text = execFileSync(pdftotext, ['-layout', join(dir, 'slips.pdf'), '-'], { encoding: 'utf8' });
    expect(new Set(text.match(CODE)).size).toBe(20);

    // Spread: 20 slips over 12 times of 3, so no time holds more than 2.
    const times = await page.request.get(`${e2e.server.url}/api/sites/${chosen.get('site')}/distributions/${chosen.get('dist')}/slots?date=${chosen.get('date')}`);
    const slots = ((await times.json()) as { slots: { taken: number }[] }).slots;
    expect(slots).toHaveLength(12);
    expect(Math.max(...slots.map((s) => s.taken))).toBeLessThanOrEqual(2);

    // The centre opens on exactly Mondays and Wednesdays in the next 14 days.
    const today = DateTime.now().setZone('Europe/Oslo').startOf('day');
    for (let i = 0; i < 14; i++) {
      const date = today.plus({ days: i });
      const res = await page.request.get(`${e2e.server.url}/api/sites/${chosen.get('site')}/distributions/${chosen.get('dist')}/slots?date=${date.toISODate()}`);
      const body = (await res.json()) as { slots: unknown[] };
      expect({ date: date.toISODate(), open: body.slots.length > 0 }).toEqual({ date: date.toISODate(), open: date.weekday === 1 || date.weekday === 3 });
    }
    await context.close();
  });
});

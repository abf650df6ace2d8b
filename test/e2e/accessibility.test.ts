import { DateTime } from 'luxon';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { loginCookie } from '../support/server-process';
import { seriousAxeFindings } from './axe';
import { noBrowserReason, useServerAndBrowser } from './browser';

/** The demo's first open distribution day after the ones it issued tickets for (it issues on two). */
function quietOpenDay() {
  const open = [1, 2, 4, 5]; // FREQ=WEEKLY;BYDAY=MO,TU,TH,FR
  let day = DateTime.now().setZone('Europe/Oslo').startOf('day');
  const found: string[] = [];
  while (found.length < 3) {
    day = day.plus({ days: 1 });
    if (open.includes(day.weekday)) found.push(day.toISODate()!);
  }
  return found[2]!;
}

/** The demo activity's next session day (FREQ=WEEKLY;BYDAY=MO,WE,FR), today included. */
function sessionDay() {
  let day = DateTime.now().setZone('Europe/Oslo').startOf('day');
  while (![1, 3, 5].includes(day.weekday)) day = day.plus({ days: 1 });
  return day.toISODate()!;
}

/**
 * Every page, on the demo organisation, checked by axe-core against WCAG 2.x A and AA: no serious or
 * critical finding. Client pages in every client language, staff pages in Norwegian and English
 * (the slips, which clients read, in every language too).
 */
describe.skipIf(noBrowserReason !== null)('accessibility (axe-core, WCAG 2.x A and AA)', () => {
  let admin: string;
  let tab: { anonymous: Page; staff: Page };
  const codes = { ticket: '', other: '', member: '', date: '' };

  const e2e = useServerAndBrowser({
    env: { HENTETID_DEMO: '1' },
    prepare: async (url) => {
      admin = await loginCookie(url);
      const post = async (path: string, body: unknown) => {
        const res = await fetch(url + path, { method: 'POST', headers: { 'content-type': 'application/json', cookie: admin }, body: JSON.stringify(body) });
        if (!res.ok) throw new Error(`POST ${path}: ${res.status} ${await res.text()}`);
        return res.json() as Promise<any>;
      };
      codes.date = quietOpenDay();
      const issued = await post('/api/sites/arbeidern/distributions/mat/tickets', { date: codes.date, count: 2, strategy: 'earliest' });
      [codes.ticket, codes.other] = issued.tickets.map((t: { code: string }) => t.code);
      codes.member = (await post('/api/activities/gatelaget/members', {})).code;
    },
  });
  beforeAll(async () => {
    const anonymous = await e2e.browser.newContext({ bypassCSP: true });
    const staff = await e2e.browser.newContext({ bypassCSP: true });
    const [name, value] = admin.split('=') as [string, string];
    await staff.addCookies([{ name, value, url: e2e.server.url }]);
    tab = { anonymous: await anonymous.newPage(), staff: await staff.newPage() };
  });

  async function check(who: keyof typeof tab, path: string, lang: string, status = 200) {
    const page = tab[who];
    const response = await page.goto(`${e2e.server.url}${path}${path.includes('?') ? '&' : '?'}lang=${lang}`);
    expect(response?.status(), `${path} in ${lang}`).toBe(status);
    expect(await seriousAxeFindings(page), `${path} in ${lang}`).toEqual([]);
  }

  const clientLangs = ['nb', 'en', 'pl', 'uk', 'ar'];
  const staffLangs = ['nb', 'en'];

  describe.each(clientLangs)('client pages in %s', (lang) => {
    it('home, code form with an error', async () => {
      await check('anonymous', '/', lang);
      await check('anonymous', '/t?code=x', lang, 400);
    });
    it('ticket page and a code that is not there', async () => {
      await check('anonymous', `/t/${codes.ticket}`, lang);
      await check('anonymous', '/t/XXXX-XXXX', lang, 404);
    });
    it('membership page', () => check('anonymous', `/m/${codes.member}`, lang));
    it('bike schedule and poster', async () => {
      await check('anonymous', '/bike', lang);
      await check('anonymous', '/bike/poster', lang);
    });
    it('activities, as a client and as staff', async () => {
      await check('anonymous', '/activities', lang);
      await check('staff', '/activities', lang);
    });
    it('the 404 page', () => check('anonymous', '/no-such-page', lang, 404));
    it('ticket slips: A4, 80 mm and 58 mm', async () => {
      const codesQuery = `codes=${codes.ticket},${codes.other}`;
      for (const layout of ['a4', '80', '58']) await check('staff', `/staff/print/${layout}?${codesQuery}`, lang);
    });
    it('membership slips', () => check('staff', `/staff/activities/gatelaget/slips/a4?codes=${codes.member}`, lang));
  });

  describe.each(staffLangs)('staff and admin pages in %s', (lang) => {
    it('login', () => check('anonymous', '/login', lang));
    it('issuing, finding and one slip', async () => {
      await check('staff', '/staff', lang);
      await check('staff', `/staff?site=arbeidern&dist=mat&date=${codes.date}`, lang);
      await check('staff', '/staff/tickets?code=XXXX-XXXX', lang, 404);
      await check('staff', `/staff/tickets/${codes.ticket}`, lang);
    });
    it('pickup list', async () => {
      await check('staff', '/volunteer', lang);
      await check('staff', `/volunteer?site=arbeidern&date=${codes.date}`, lang);
    });
    it('bike day, notices, tracing', async () => {
      await check('staff', '/staff/bike', lang);
      await check('staff', '/staff/notices', lang);
      await check('staff', '/staff/tracing', lang);
      await check('staff', `/staff/tracing?code=${codes.ticket}`, lang);
    });
    it('an activity: enrolment and attendance', async () => {
      await check('staff', '/staff/activities/gatelaget', lang);
      await check('staff', '/volunteer/activities/gatelaget', lang);
      await check('staff', `/volunteer/activities/gatelaget?date=${sessionDay()}`, lang);
    });
    it('set-up: sites, distributions, users', async () => {
      await check('staff', '/admin', lang);
      await check('staff', '/admin/sites/arbeidern', lang);
      await check('staff', '/admin/sites/arbeidern/distributions/mat', lang);
    });
    it('set-up: bike stops and activities', async () => {
      await check('staff', '/admin/bike-stops', lang);
      await check('staff', '/admin/bike-stops/stortorget', lang);
      await check('staff', '/admin/activities', lang);
      await check('staff', '/admin/activities/gatelaget', lang);
    });
    it('reports and the audit log', async () => {
      await check('staff', '/staff/reports', lang);
      await check('staff', '/admin/audit', lang);
    });
    it('users, one’s own account, and cancelling dates', async () => {
      await check('staff', '/admin/users', lang);
      await check('staff', '/account', lang);
      await check('staff', '/staff/bike/stortorget/dates', lang);
      await check('staff', '/staff/activities/gatelaget/dates', lang);
    });
  });
});

import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { ApiClient, expectJson } from '../support/client';
import { nextWeekday } from '../support/dates';
import { openTarget, unique } from '../support/target';
import { useTarget, onWorker } from '../support/use-target';

// The pages over plain HTTP on both runtimes; the browser tests in test/e2e drive them in Chromium.
const { target, api } = useTarget();
const postForm = api.postForm.bind(api);

async function siteWithTickets(count: number, perSlot = 4) {
  const site = unique('site');
  const date = nextWeekday(1);
  await expectJson(await api.post('/api/sites', { slug: site, name: 'Værestedet', address: 'Torggata 1' }, 'admin'), 201);
  const dist = { slug: 'mat', name: 'Matutdeling', rrule: 'FREQ=WEEKLY;BYDAY=MO', startsOn: '2026-01-01', opens: '10:00', closes: '11:00', slotMinutes: 15, perSlot };
  await expectJson(await api.post(`/api/sites/${site}/distributions`, dist, 'admin'), 201);
  const { tickets } = await expectJson(await api.post(`/api/sites/${site}/distributions/mat/tickets`, { date, count, strategy: 'earliest' }, 'admin'), 201);
  return { site, date, codes: tickets.map((t: { code: string }) => t.code) as string[] };
}

describe('language', () => {
  it('is Norwegian by default, English from Accept-Language or ?lang=en, remembered in a cookie', async () => {
    expect(await (await target.fetch('/')).text()).toContain('<html lang="nb">');
    expect(await (await target.fetch('/', { headers: { 'accept-language': 'en-GB,en;q=0.8' } })).text()).toContain('<html lang="en">');
    expect(await (await target.fetch('/', { headers: { 'accept-language': 'nn-NO, en;q=0.5' } })).text()).toContain('<html lang="nb">');
    const chosen = await target.fetch('/?lang=en');
    expect(await chosen.text()).toContain('<html lang="en">');
    const cookie = chosen.headers.get('set-cookie')!.split(';')[0]!;
    expect(cookie).toBe('hentetid_lang=en');
    expect(await (await target.fetch('/', { headers: { cookie } })).text()).toContain('Find your pickup time');
  });

  it('links the same page in the other language, path and query kept as they came', async () => {
    const html = await (await target.fetch('/t/ZZZZ%20Z%3FZZ?from=a%26b&lang=nb')).text();
    expect(html).toContain('href="/t/ZZZZ%20Z%3FZZ?from=a%26b&amp;lang=en" hreflang="en"');
    expect(await (await target.fetch('/')).text()).toContain('href="/?lang=en" hreflang="en"');
  });

  it('reads an Accept-Language naming an object property as no language (was a 500)', async () => {
    for (const tag of ['constructor', '__proto__', 'toString, en;q=0.5']) {
      const page = await target.fetch('/', { headers: { 'accept-language': tag } });
      expect(page.status).toBe(200);
      expect(await page.text()).toContain(tag.includes('en;') ? '<html lang="en">' : '<html lang="nb">');
      const api = await target.fetch('/api/tickets/XXXX-XXXX', { headers: { 'accept-language': tag } });
      expect(api.status).toBe(404);
    }
  });

  it('sets no cookie for just reading a page', async () => {
    expect((await target.fetch('/')).headers.get('set-cookie')).toBeNull();
  });
});

describe('the ticket page', () => {
  it('shows the time, the date and the place, escaping what was typed', async () => {
    const { codes } = await siteWithTickets(1);
    const res = await target.fetch(`/t/${codes[0]!.toLowerCase()}`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('>10:00<');
    expect(html).toContain('Kom mellom 10:00 og 10:15');
    expect(html).toContain('Torggata 1');
    expect(html).toContain(codes[0]);
    expect(html.length).toBeLessThan(30_000);
  });

  it('answers an unknown code with a friendly 404 page', async () => {
    const res = await target.fetch('/t/ZZZZZZZZ', { headers: { 'x-test-client': unique('addr') } });
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('Vi finner ikke den koden');
  });

  it('sends the code form to the ticket, or back with a message when it is not a code', async () => {
    const ok = await target.fetch('/t?code=abcd-efgh', { redirect: 'manual' });
    expect(ok.status).toBe(303);
    expect(ok.headers.get('location')).toBe('/t/ABCDEFGH');
    const bad = await target.fetch('/t?code=%3Cscript%3E');
    expect(bad.status).toBe(400);
    const html = await bad.text();
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
  });

  it.skipIf(onWorker)('gives a 429 page after 20 unknown codes from one address in 10 minutes', async () => {
    const headers = { 'x-test-client': unique('addr') };
    for (let i = 0; i < 20; i++) expect((await target.fetch(`/t/ZZZZZZZ${i % 10}`, { headers })).status).toBe(404);
    const res = await target.fetch('/t/ZZZZZZZZ', { headers });
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).not.toBeNull();
    expect(await res.text()).toContain('For mange forsøk');
  });
});

describe('staff pages', () => {
  it('send anonymous visitors to the login form and show a 403 page to too low a role', async () => {
    const anonymous = await target.fetch('/staff?site=x', { redirect: 'manual' });
    expect(anonymous.status).toBe(303);
    expect(anonymous.headers.get('location')).toBe('/login?next=%2Fstaff%3Fsite%3Dx');
    const volunteer = await target.fetch('/admin', { headers: { cookie: await api.cookieFor('volunteer') } });
    expect(volunteer.status).toBe(403);
    expect(await volunteer.text()).toContain('Ikke tilgang');
  });

  it('log in with the form, back to a relative next only', async () => {
    const good = await postForm('/login', { username: 'admin', password: (await import('../support/admin-password')).ADMIN_PASSWORD, next: '/volunteer' }, null);
    expect(good.status).toBe(303);
    expect(good.headers.get('location')).toBe('/volunteer');
    expect(good.headers.get('set-cookie')).toContain('hentetid_session=');
    const offsite = await postForm('/login', { username: 'admin', password: (await import('../support/admin-password')).ADMIN_PASSWORD, next: '//evil.example/x' }, null);
    expect(offsite.headers.get('location')).toBe('/staff');
    const wrong = await postForm('/login', { username: 'admin', password: 'not-the-password' }, null);
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get('set-cookie')).toBeNull();
  });

  it('issue a batch from the form and open the print sheet with one QR code a slip', async () => {
    const { site, date } = await siteWithTickets(1);
    const res = await postForm('/staff/issue', { site, dist: 'mat', date, count: '5', strategy: 'spread', layout: '80' }, 'staff');
    expect(res.status).toBe(303);
    const location = res.headers.get('location')!;
    expect(location).toMatch(/^\/staff\/print\/80\?codes=/);
    const sheet = await (await target.fetch(location, { headers: { cookie: await api.cookieFor('staff') } })).text();
    expect(sheet.match(/class="slip"/g)).toHaveLength(5);
    expect(sheet.match(/<svg[^>]*role="img"/g)).toHaveLength(5);
  });

  it('show a full day on the staff page instead of issuing part of a batch', async () => {
    const { site, date } = await siteWithTickets(15);
    const res = await postForm('/staff/issue', { site, dist: 'mat', date, count: '5', layout: 'a4' }, 'staff');
    expect(res.status).toBe(409);
    expect(await res.text()).toContain('ikke nok ledige plasser');
    const slots = await expectJson(await api.get(`/api/sites/${site}/distributions/mat/slots?date=${date}`), 200);
    expect(slots.slots.reduce((n: number, s: { taken: number }) => n + s.taken, 0)).toBe(15);
  });
});

describe('admin: lowering a capacity', () => {
  it('shows how many slips will move or be cancelled and changes nothing until confirmed', async () => {
    const { site, codes } = await siteWithTickets(8);
    const path = `/admin/sites/${site}/distributions/mat`;
    const fields = { slug: 'mat', name: 'Matutdeling', rrule: 'FREQ=WEEKLY;BYDAY=MO', startsOn: '2026-01-01', until: '', opens: '10:00', closes: '11:00', slotMinutes: '15', perSlot: '1', intent: 'save' };
    const ask = await postForm(path, fields, 'admin');
    expect(ask.status).toBe(200);
    const html = await ask.text();
    expect(html).toContain('flytter 2 lapper til en senere tid og avlyser 4');
    const before = await expectJson(await api.get(`/api/tickets/${codes[7]}`), 200);
    expect(before.status).toBe('booked');

    const done = await postForm(path, { ...fields, confirmed: '1' }, 'admin');
    expect(done.status).toBe(303);
    expect(done.headers.get('location')).toBe(`${path}?moved=2&cancelled=4`);
    const after = await expectJson(await api.get(`/api/tickets/${codes[7]}`), 200);
    expect(after.status).toBe('cancelled');
  });
});

describe('notices on the public pages', () => {
  it('shows a notice for everyone on the home page and a site notice on its tickets, per language', async () => {
    const { site, codes } = await siteWithTickets(1);
    const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Oslo' });
    const everyone = unique('Alle');
    const local = unique('Lokalt');
    await expectJson(await api.post('/api/notices', { text: { nb: everyone, en: `${everyone}-en` }, from: today, to: today }, 'staff'), 201);
    await expectJson(await api.post('/api/notices', { site, text: { nb: local }, from: today, to: today }, 'staff'), 201);
    const home = await (await target.fetch('/')).text();
    expect(home).toContain(everyone);
    expect(home).not.toContain(local);
    expect(await (await target.fetch('/?lang=en')).text()).toContain(`${everyone}-en`);
    const ticket = await (await target.fetch(`/t/${codes[0]}`)).text();
    expect(ticket).toContain(local);
    expect(ticket).toContain(everyone);
  });
});

describe.skipIf(onWorker)('the volunteer list (node: a chosen clock)', () => {
  it('highlights the slot that is on now and counts per slot', async () => {
    let clock = Date.now();
    const local = await openTarget({ now: () => clock });
    try {
      const client = new ApiClient(local);
      const date = nextWeekday(1);
      await expectJson(await client.post('/api/sites', { slug: 'naa', name: 'Nå-stedet' }, 'admin'), 201);
      const dist = { slug: 'mat', name: 'Mat', rrule: 'FREQ=WEEKLY;BYDAY=MO', startsOn: '2026-01-01', opens: '10:00', closes: '11:00', slotMinutes: 15, perSlot: 4 };
      await expectJson(await client.post('/api/sites/naa/distributions', dist, 'admin'), 201);
      await expectJson(await client.post('/api/sites/naa/distributions/mat/tickets', { date, count: 5, strategy: 'earliest' }, 'admin'), 201);
      await expectJson(await client.post('/api/users', { username: 'vakt', password: 'vakt-password-1', role: 'volunteer' }, 'admin'), 201);
      clock = DateTime.fromISO(`${date}T10:20`, { zone: 'Europe/Oslo' }).toMillis();
      const cookie = await client.login('vakt', 'vakt-password-1');
      const html = await (await local.fetch(`/volunteer?site=naa&date=${date}`, { headers: { cookie } })).text();
      const current = /<section class="slot current" id="([^"]+)"/.exec(html);
      expect(current?.[1]).toBe('slot-mat-1015');
      expect(html).toContain('0 av 4 hentet');
      expect(html).toContain('0 av 1 hentet');
    } finally {
      await local.close();
    }
  });
});


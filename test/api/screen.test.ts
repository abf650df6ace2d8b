import { describe, expect, it, vi } from 'vitest';
import { expectJson } from '../support/client';
import { unique } from '../support/target';
import { onWorker, useTarget } from '../support/use-target';

// Thursday 26 November 2026, 11:20 in Oslo (10:20 UTC); moved by the tests that need another time.
const THURSDAY_1120 = Date.parse('2026-11-26T10:20:00Z');
let clock = THURSDAY_1120;
const { api, target } = useTarget({ now: () => clock });

/** The visible text of a page: tags dropped, white space squeezed. */
const textOf = (html: string) => html.replace(/<(script|style)[^]*?<\/\1>/g, '').replace(/<[^>]+>/g, ' ').replace(/&ndash;/g, '–').replace(/\s+/g, ' ').trim();
const screen = async (query: string) => {
  const res = await api.page(`/screen?${query}`);
  return { res, html: await res.text() };
};

describe('the door screen, anywhere', () => {
  it('is public, sets no cookie (not even with ?lang=) and keeps out of search engines', async () => {
    const { site } = await api.siteWithDistribution();
    for (const query of [`site=${site}`, `site=${site}&lang=en`, `site=${site}&dist=mat&lang=ar`]) {
      const { res, html } = await screen(query);
      expect(res.status, query).toBe(200);
      expect(res.headers.get('set-cookie'), query).toBeNull();
      expect(res.headers.get('x-robots-tag')).toBe('noindex, nofollow');
      expect(res.headers.get('cache-control')).toBe('no-store');
      expect(html).toContain('<meta name="robots" content="noindex, nofollow"/>');
      expect(html).toMatch(/<noscript><meta http-equiv="refresh" content="\d+"\/><\/noscript>/);
    }
  });

  it('answers an unknown place or distribution with a 404 page and bad parameters with a 400 page, never a 500', async () => {
    const { site } = await api.siteWithDistribution();
    const cases: [string, number][] = [
      [`site=${unique('nowhere')}`, 404],
      [`site=${site}&dist=${unique('nothing')}`, 404],
      ['', 400],
      ['site=', 400],
      ['site=Not%20a%20slug!', 400],
      [`site=${'a'.repeat(51)}`, 400],
      [`site=${site}&dist=%00`, 400],
      [`site=${site}&lang=xx`, 400],
    ];
    for (const [query, status] of cases) {
      const { res, html } = await screen(query);
      expect(res.status, query).toBe(status);
      expect(res.headers.get('content-type'), query).toMatch(/^text\/html/);
      expect(html, query).toContain('<main');
      expect(res.headers.get('set-cookie'), query).toBeNull();
    }
  });

  it('serves its own stylesheet and script from /static, cached by their hashed names', async () => {
    const { site } = await api.siteWithDistribution();
    const { html } = await screen(`site=${site}`);
    for (const path of html.match(/\/static\/screen\.[a-z0-9]+\.(?:css|js)/g) ?? []) {
      const res = await target.fetch(path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('cache-control')).toContain('immutable');
    }
    expect(html.match(/\/static\/screen\.[a-z0-9]+\.(?:css|js)/g)).toHaveLength(2);
  });
});

// The clock is set only on Node (workerd keeps its own).
describe.skipIf(onWorker)('the door screen at a chosen time', () => {
  const at = async (iso: string, query: string) => {
    clock = Date.parse(iso);
    try {
      return await screen(query);
    } finally {
      clock = THURSDAY_1120;
    }
  };

  it('shows the slot served now and the next, in every client language, and asks again a second after the slot ends', async () => {
    const { site } = await api.siteWithDistribution({ opens: '10:00', closes: '12:00' });
    const { html } = await at('2026-11-26T10:29:30Z', `site=${site}`);
    const text = textOf(html);
    expect(text).toContain('Nå Now Teraz Зараз الآن 11:15 –11:30');
    expect(text).toContain('Neste Next Następnie Далі التالي 11:30–11:45');
    expect(html).toContain('<meta http-equiv="refresh" content="31"/>');
    expect(html).toMatch(/<html lang="nb" dir="ltr">/);
    // Each language marked with its own language and direction.
    expect(html).toContain('<span lang="ar" dir="rtl">الآن</span>');
    expect(html).toContain('<span lang="pl" dir="ltr">Teraz</span>');
  });

  it('puts the language asked for first, and reads right to left in Arabic with the times left to right', async () => {
    const { site } = await api.siteWithDistribution({ opens: '10:00', closes: '12:00' });
    const { html } = await at('2026-11-26T10:20:00Z', `site=${site}&lang=ar`);
    expect(html).toMatch(/<html lang="ar" dir="rtl">/);
    expect(textOf(html)).toContain('الآن Nå Now Teraz Зараз');
    expect(html).toMatch(/<p class="big" dir="ltr"><span class="start">11:15<\/span>/);
  });

  it('between days names the next opening by its weekday, skipping closed days', async () => {
    const { site, base } = await api.siteWithDistribution({ rrule: 'FREQ=WEEKLY;BYDAY=TU,TH', opens: '10:00', closes: '12:00' });
    await expectJson(await api.post(`${base}/closures`, { date: '2026-12-01', reason: 'Personalmøte' }, 'staff'), 201);
    // Thursday 13:00, after closing: Tuesday 1 December is closed, so Thursday 3 December.
    const { html } = await at('2026-11-26T12:00:00Z', `site=${site}`);
    const text = textOf(html);
    expect(text).toContain('Neste Next Następnie Далі التالي torsdag 3. des. Thursday 3 Dec czwartek, 3 gru четвер, 3 груд. الخميس، 3 ديسمبر 10:00 –10:15');
    expect(text).not.toContain('Nå Now');
    expect(text).not.toContain('Personalmøte');
    expect(html).toContain('<meta http-equiv="refresh" content="60"/>');
  });

  it('before opening says today, and on a closed day says nothing of the reason', async () => {
    const { site, base } = await api.siteWithDistribution({ opens: '10:00', closes: '12:00' });
    expect(textOf((await at('2026-11-26T07:30:00Z', `site=${site}`)).html)).toContain('I dag Today Dzisiaj Сьогодні اليوم 10:00 –10:15');
    await expectJson(await api.post(`${base}/closures`, { date: '2026-11-26', reason: 'Vannlekkasje' }, 'staff'), 201);
    const text = textOf((await at('2026-11-26T10:20:00Z', `site=${site}`)).html);
    expect(text).not.toContain('Nå Now');
    expect(text).toContain('fredag Friday');
    expect(text).not.toContain('Vannlekkasje');
  });

  it('says when nothing opens within 14 days', async () => {
    const { site } = await api.siteWithDistribution({ rrule: 'FREQ=DAILY', startsOn: '2026-12-11' });
    expect(textOf((await at('2026-11-26T10:20:00Z', `site=${site}`)).html)).toContain('Ingen utdeling de neste 14 dagene No distribution in the next 14 days');
    // Fifteen days ahead is past the look-ahead; fourteen is within it.
    const { site: within } = await api.siteWithDistribution({ rrule: 'FREQ=DAILY', startsOn: '2026-12-10' });
    expect(textOf((await at('2026-11-26T10:20:00Z', `site=${within}`)).html)).toContain('torsdag 10. des.');
  });

  it("shows each of the site's distributions by name, or only the one asked for", async () => {
    const { site } = await api.siteWithDistribution({ name: 'Matutdeling', opens: '10:00', closes: '12:00' });
    await expectJson(await api.post(`/api/sites/${site}/distributions`, { slug: 'klaer', name: 'Klesutdeling', rrule: 'FREQ=DAILY', startsOn: '2026-01-01', opens: '11:00', closes: '13:00', slotMinutes: 30, perSlot: 3 }, 'admin'), 201);
    const both = textOf((await at('2026-11-26T10:20:00Z', `site=${site}`)).html);
    expect(both).toMatch(/Klesutdeling Nå .*11:00 –11:30 .*Matutdeling Nå .*11:15 –11:30/);
    const one = textOf((await at('2026-11-26T10:20:00Z', `site=${site}&dist=klaer`)).html);
    expect(one).toContain('11:00 –11:30');
    expect(one).not.toContain('Matutdeling');
    expect(one).not.toContain('11:15');
  });

  it("shows today's notices for the site and for everyone, never a ticket's code nor how many hold one", async () => {
    const { site, base } = await api.siteWithDistribution({ opens: '10:00', closes: '12:00', perSlot: 7 });
    const issued = await expectJson(await api.post(`${base}/tickets`, { date: '2026-11-26', count: 3 }, 'staff'), 201);
    await expectJson(await api.post('/api/notices', { site, text: { nb: 'Ta med pose', en: 'Bring a bag' }, from: '2026-11-26', to: '2026-11-26' }, 'staff'), 201);
    await expectJson(await api.post('/api/notices', { site, text: { nb: 'Neste uke' }, from: '2026-11-27', to: '2026-11-30' }, 'staff'), 201);
    const { html } = await at('2026-11-26T10:20:00Z', `site=${site}`);
    const text = textOf(html);
    expect(text).toContain('Ta med pose Bring a bag');
    expect(text).not.toContain('Neste uke');
    for (const t of issued.tickets as { code: string }[]) expect(html).not.toContain(t.code);
    expect(text).not.toMatch(/\b[37]\b/);
  });
});

describe.skipIf(onWorker)("the door screen's cost", () => {
  it('takes the same few statements for one distribution or four with closed days', async () => {
    const sqlite = (target.services!.db as unknown as { $client: { prepare(sql: string): object } }).$client;
    const statement = Object.getPrototypeOf(sqlite.prepare('select 1')) as Record<'all' | 'get' | 'run' | 'raw', (...args: unknown[]) => unknown>;
    const count = async (path: string) => {
      const spies = (['all', 'get', 'run'] as const).map((m) => vi.spyOn(statement, m));
      try {
        expect((await api.page(path)).status).toBe(200);
        return spies.reduce((n, s) => n + s.mock.calls.length, 0);
      } finally {
        spies.forEach((s) => s.mockRestore());
      }
    };
    const { site: small } = await api.siteWithDistribution();
    const { site: big } = await api.siteWithDistribution();
    for (const slug of ['b', 'c', 'd']) {
      await expectJson(await api.post(`/api/sites/${big}/distributions`, { slug, name: slug, rrule: 'FREQ=DAILY', startsOn: '2026-01-01', opens: '09:00', closes: '15:00', slotMinutes: 5, perSlot: 3 }, 'admin'), 201);
      for (const date of ['2026-11-27', '2026-11-30', '2026-12-02']) {
        await expectJson(await api.post(`/api/sites/${big}/distributions/${slug}/closures`, { date, reason: 'Stengt' }, 'staff'), 201);
      }
    }
    const few = await count(`/screen?site=${small}`);
    expect(few).toBeGreaterThan(0);
    expect(few).toBeLessThanOrEqual(4);
    expect(await count(`/screen?site=${big}`)).toBe(few);
  });
});

describe('the way to the door screen', () => {
  it("is a link on the staff page to the chosen place's screen", async () => {
    const { site } = await api.siteWithDistribution();
    const html = await (await api.page(`/staff?site=${site}&lang=en`, 'staff')).text();
    expect(html).toContain(`<a href="/screen?site=${site}">Open the door screen</a>`);
  });
});

import { describe, expect, it } from 'vitest';
import { expectJson } from '../support/client';
import { nextWeekday } from '../support/dates';
import { unique } from '../support/target';
import { useTarget } from '../support/use-target';

// Polish, Ukrainian and Arabic for what a client reads; the staff pages stay Norwegian and English.
const { target, api } = useTarget();

/** Tickets on a Monday, so the weekday in each language is known. */
async function mondayTickets(count: number) {
  const site = unique('site');
  const date = nextWeekday(1);
  await expectJson(await api.post('/api/sites', { slug: site, name: 'Værestedet', address: 'Torggata 1' }, 'admin'), 201);
  const dist = { slug: 'mat', name: 'Matutdeling', rrule: 'FREQ=WEEKLY;BYDAY=MO', startsOn: '2026-01-01', opens: '10:00', closes: '11:00', slotMinutes: 15, perSlot: 4 };
  await expectJson(await api.post(`/api/sites/${site}/distributions`, dist, 'admin'), 201);
  const { tickets } = await expectJson(await api.post(`/api/sites/${site}/distributions/mat/tickets`, { date, count, strategy: 'earliest' }, 'admin'), 201);
  return tickets.map((t: { code: string }) => t.code) as string[];
}

const page = async (path: string, headers: Record<string, string> = {}) => (await target.fetch(path, { headers })).text();

describe('client pages in Polish, Ukrainian and Arabic', () => {
  it('shows the ticket in each, with the weekday and the time in that language', async () => {
    const [code] = await mondayTickets(1);
    const pl = await page(`/t/${code}?lang=pl`);
    expect(pl).toContain('<html lang="pl">');
    expect(pl).toContain('Przyjdź między 10:00 a 10:15');
    expect(pl).toContain('Poniedziałek');
    const uk = await page(`/t/${code}?lang=uk`);
    expect(uk).toContain('<html lang="uk">');
    expect(uk).toContain('Приходьте з 10:00 до 10:15');
    expect(uk).toContain('Понеділок');
  });

  it('sets Arabic right to left, the code and the time kept left to right, digits Latin', async () => {
    const [code] = await mondayTickets(1);
    const ar = await page(`/t/${code}?lang=ar`);
    expect(ar).toContain('<html lang="ar" dir="rtl">');
    expect(ar).toContain('تعال بين الساعة 10:00 والساعة 10:15');
    expect(ar).toContain(`<bdi dir="ltr" data-testid="code">${code}</bdi>`);
    expect(ar).toContain('الاثنين');
    expect(ar).not.toMatch(/[\u0660-\u0669]/);
  });

  it('follows Accept-Language to a client language', async () => {
    expect(await page('/', { 'accept-language': 'uk-UA,uk;q=0.9,en;q=0.5' })).toContain('<html lang="uk">');
    expect(await page('/', { 'accept-language': 'ar-SY' })).toContain('<html lang="ar" dir="rtl">');
  });

  it('links every language by its own name, with lang and hreflang', async () => {
    const html = await page('/bike');
    for (const [lang, name] of [['en', 'English'], ['pl', 'Polski'], ['uk', 'Українська'], ['ar', 'العربية']]) {
      expect(html).toContain(`href="/bike?lang=${lang}" hreflang="${lang}" lang="${lang}" dir="auto">${name}</a>`);
    }
    expect(await page('/bike?lang=ar')).toContain('hreflang="nb" lang="nb" dir="auto">Norsk</a>');
  });

  it('answers a missing page in the reader language', async () => {
    const res = await target.fetch('/no-such-page?lang=pl');
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('Nie ma takiej strony');
  });
});

describe('staff pages asked for in a client-only language', () => {
  it('show in English, or in Norwegian or English when the browser also lists one', async () => {
    expect(await page('/login?lang=pl')).toContain('<html lang="en">');
    expect(await page('/login', { 'accept-language': 'ar' })).toContain('<html lang="en">');
    expect(await page('/login', { 'accept-language': 'pl, nb;q=0.5' })).toContain('<html lang="nb">');
    expect(await page('/login', { cookie: 'hentetid_lang=uk' })).toContain('Log in');
  });

  it('print slips in the language asked for, the sheet tools in the staff member’s own', async () => {
    const codes = await mondayTickets(2);
    const html = await page(`/staff/print/a4?codes=${codes.join(',')}&lang=ar`, { cookie: await api.cookieFor('staff') });
    expect(html).toContain('<html lang="ar" dir="rtl">');
    // The top bar is staff's too: not mirrored, in their language.
    expect(html).toContain('<header class="top" lang="nb" dir="ltr">');
    expect(html).toContain('<div class="sheet-tools no-print" lang="nb" dir="ltr">');
    expect(html).toContain('موعد الاستلام');
    expect(html).toContain(`<bdi dir="ltr">${codes[0]}</bdi>`);
    expect(html).toContain(`href="../80?codes=${codes.map((c) => c.replace('-', '')).join('%2C')}&amp;lang=ar"`);
  });

  it('lets staff choose the slips’ language on the issue form, their own pages staying in theirs', async () => {
    const { site } = await api.siteWithDistribution();
    const date = nextWeekday(1);
    const form = await (await api.page(`/staff?site=${site}&dist=mat&date=${date}`, 'staff')).text();
    expect(form).toContain('<label for="batch-slip-lang">Språk på lappene</label>');
    expect(form).toContain('<option value="uk" lang="uk">Українська</option>');

    // Refused (more slips than seats), the form comes back as chosen: language, paper, spread.
    const refused = await api.postForm('/staff/issue', { site, dist: 'mat', date, count: '21', strategy: 'earliest', layout: '80', slipLang: 'ar' }, 'staff');
    expect(refused.status).toBe(409);
    const again = await refused.text();
    // Its other language is the start page's: the form's own address takes no GET.
    expect(again).toContain('<a href="/staff?lang=en" hreflang="en" lang="en" dir="auto">English</a>');
    for (const chosen of ['<option value="ar" lang="ar" selected="">', '<option value="80" selected="">', '<option value="earliest" selected="">']) expect(again).toContain(chosen);
    // The one-slip form beside it too: the next try is likely the same client.
    expect(again.split('<option value="ar" lang="ar" selected="">')).toHaveLength(3);

    for (const slipLang of ['uk', 'en']) {
      const issued = await api.postForm('/staff/issue', { site, dist: 'mat', date, count: '1', layout: 'a4', slipLang }, 'staff');
      expect(issued.status).toBe(303);
      const location = issued.headers.get('location')!;
      expect(new URL(location, 'http://x').searchParams.get('lang')).toBe(slipLang);
      const sheet = await target.fetch(location, { headers: { cookie: await api.cookieFor('staff') } });
      // English slips too leave the staff member's language as it was: nothing remembered.
      expect(sheet.headers.get('set-cookie')).toBeNull();
      const html = await sheet.text();
      expect(html).toContain(`<html lang="${slipLang}"`);
      expect(html).toMatch(/<div class="sheet-tools no-print" lang="nb"[ >]/);
    }
  });

  it('does not remember a client-only language asked for on a staff page (the next staff page stays the staff member’s)', async () => {
    const codes = await mondayTickets(1);
    const res = await target.fetch(`/staff/print/a4?codes=${codes[0]}&lang=uk`, { headers: { cookie: await api.cookieFor('staff') } });
    expect(res.status).toBe(200);
    expect(res.headers.get('set-cookie')).toBeNull();
    expect((await target.fetch('/?lang=uk')).headers.get('set-cookie')).toContain('hentetid_lang=uk');
  });
});

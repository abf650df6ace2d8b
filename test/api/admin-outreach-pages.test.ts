import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { expectJson, type As } from '../support/client';
import { nextWeekday } from '../support/dates';
import { unique } from '../support/target';
import { useTarget, onWorker } from '../support/use-target';

// Setting up the bike, activities and notices through the forms alone, proved through the JSON API.
const { target, api } = useTarget();
const postForm = api.postForm.bind(api);
const page = api.page.bind(api);

type Fields = Record<string, string | string[]>;

/** A browser's form post: urlencoded, same-origin, following nothing. Repeated keys for checkboxes. */
const oslo = (days = 0) => DateTime.now().setZone('Europe/Oslo').plus({ days }).toISODate()!;

function stopFields(slug: string, extra: Fields = {}): Fields {
  return { slug, name: 'Torget', place: 'Stortorget ved fontenen', lat: '60,7945', lon: '11.0679', rrule: 'FREQ=WEEKLY;BYDAY=TU,TH', startsOn: '2026-01-01', until: '', startTime: '18:00', durationMinutes: '60', timezone: 'Europe/Oslo', offers: ['food', 'naloxone'], ...extra };
}

async function schedule(slug: string, from: string, to: string) {
  const { occurrences } = await expectJson(await api.get(`/api/bike-stops/schedule?from=${from}&to=${to}`), 200);
  return (occurrences as { stop: string; date?: string; start: string; cancelled: boolean; reason: string | null; status: string | null; message: string | null }[]).filter((o) => o.stop === slug);
}

describe('bike stops set up in the browser', () => {
  it('creates a stop from the form, with a decimal comma and ticked offers, and the schedule shows it', async () => {
    const slug = unique('stop');
    const res = await postForm('/admin/bike-stops', stopFields(slug), 'admin');
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`/admin/bike-stops/${slug}?saved=1`);
    const stop = await expectJson(await api.get(`/api/bike-stops/${slug}`), 200);
    expect(stop).toMatchObject({ name: 'Torget', lat: 60.7945, lon: 11.0679, startTime: '18:00', durationMinutes: 60, offers: ['food', 'naloxone'] });
    const tuesday = nextWeekday(2);
    const week = await schedule(slug, tuesday, DateTime.fromISO(tuesday).plus({ days: 6 }).toISODate()!);
    expect(week.map((o) => o.start.slice(11, 16))).toEqual(['18:00', '18:00']);
    const listing = await (await page('/admin/bike-stops', 'admin')).text();
    expect(listing).toContain(`href="/admin/bike-stops/${slug}"`);
  });

  it('changes a stop from its page: emptied coordinates drop the map link, unticked offers are gone', async () => {
    const slug = unique('stop');
    await postForm('/admin/bike-stops', stopFields(slug), 'admin');
    const res = await postForm(`/admin/bike-stops/${slug}`, stopFields(slug, { name: 'Torget nord', lat: '', lon: '', offers: ['talk'], startTime: '19:30' }), 'admin');
    expect(res.status).toBe(303);
    const stop = await expectJson(await api.get(`/api/bike-stops/${slug}`), 200);
    expect(stop).toMatchObject({ name: 'Torget nord', lat: null, lon: null, offers: ['talk'], startTime: '19:30' });
  });

  it('refuses bad input with a 400 page and stores nothing', async () => {
    const slug = unique('stop');
    const oneCoordinate = await postForm('/admin/bike-stops', stopFields(slug, { lon: '' }), 'admin');
    expect(oneCoordinate.status).toBe(400);
    expect(await oneCoordinate.text()).toContain('Skjemaet er ikke lagret');
    const badRule = await postForm('/admin/bike-stops', stopFields(slug, { rrule: 'EVERY TUESDAY' }), 'admin');
    expect(badRule.status).toBe(400);
    const noLength = await postForm('/admin/bike-stops', stopFields(slug, { durationMinutes: '' }), 'admin');
    expect(noLength.status).toBe(400);
    expect((await api.get(`/api/bike-stops/${slug}`)).status).toBe(404);
  });

  it('cancels one date with a reason, shows it struck through, and undoes it', async () => {
    const slug = unique('stop');
    await postForm('/admin/bike-stops', stopFields(slug), 'admin');
    const tuesday = nextWeekday(2, 3);
    const cancel = await postForm(`/admin/bike-stops/${slug}/cancellations`, { date: tuesday, reason: 'Punktering' }, 'admin');
    expect(cancel.status).toBe(303);
    expect(cancel.headers.get('location')).toBe(`/admin/bike-stops/${slug}?cancelled=${tuesday}`);
    expect(await schedule(slug, tuesday, tuesday)).toMatchObject([{ cancelled: true, reason: 'Punktering' }]);
    const html = await (await page(`/admin/bike-stops/${slug}`, 'admin')).text();
    expect(html).toContain('Avlyst: Punktering');
    expect(html).toContain(`action="/admin/bike-stops/${slug}/cancellations/${tuesday}/undo"`);
    const again = await postForm(`/admin/bike-stops/${slug}/cancellations`, { date: tuesday, reason: 'Igjen' }, 'admin');
    expect(again.status).toBe(409);
    const undo = await postForm(`/admin/bike-stops/${slug}/cancellations/${tuesday}/undo`, {}, 'admin');
    expect(undo.status).toBe(303);
    expect(await schedule(slug, tuesday, tuesday)).toMatchObject([{ cancelled: false, reason: null }]);
  });

  it('refuses to cancel a day the bike never comes', async () => {
    const slug = unique('stop');
    await postForm('/admin/bike-stops', stopFields(slug), 'admin');
    const monday = nextWeekday(1);
    const res = await postForm(`/admin/bike-stops/${slug}/cancellations`, { date: monday, reason: 'Ferie' }, 'admin');
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('Sykkelen står ikke der den dagen');
  });
});

describe('activities set up in the browser', () => {
  it('creates an activity with groups, changes its name, cancels a session and shows it in the sessions API', async () => {
    const slug = unique('act');
    const fields = { slug, name: 'Gatelaget', site: '', place: 'Kunstgressbanen', rrule: 'FREQ=WEEKLY;BYDAY=MO,WE', startsOn: '2026-01-01', until: '', startTime: '17:00', durationMinutes: '90', cohorts: '3', cohortSize: '5' };
    const res = await postForm('/admin/activities', fields, 'admin');
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`/admin/activities/${slug}?saved=1`);
    expect(await expectJson(await api.get(`/api/activities/${slug}`), 200)).toMatchObject({ name: 'Gatelaget', place: 'Kunstgressbanen', cohorts: 3, cohortSize: 5, free: 15 });
    const renamed = await postForm(`/admin/activities/${slug}`, { ...fields, name: 'Gatelaget trening', startTime: '18:00' }, 'admin');
    expect(renamed.status).toBe(303);
    expect(await expectJson(await api.get(`/api/activities/${slug}`), 200)).toMatchObject({ name: 'Gatelaget trening', startTime: '18:00', cohorts: 3 });
    const monday = nextWeekday(1, 3);
    expect((await postForm(`/admin/activities/${slug}/cancellations`, { date: monday, reason: 'Banen er stengt' }, 'admin')).status).toBe(303);
    const { sessions } = await expectJson(await api.get(`/api/activities/${slug}/sessions?from=${monday}&to=${monday}`), 200);
    expect(sessions).toMatchObject([{ cancelled: true, reason: 'Banen er stengt' }]);
    expect(await (await page(`/admin/activities/${slug}`, 'admin')).text()).toContain('Banen er stengt');
  });

  it('refuses zero groups with a 400 page and stores nothing', async () => {
    const slug = unique('act');
    const res = await postForm('/admin/activities', { slug, name: 'Tur', rrule: 'FREQ=DAILY', startsOn: '2026-01-01', startTime: '12:00', durationMinutes: '60', cohorts: '0', cohortSize: '5' }, 'admin');
    expect(res.status).toBe(400);
    expect((await api.get(`/api/activities/${slug}`)).status).toBe(404);
  });
});

describe('notices posted in the browser', () => {
  it('posts a notice in two languages that is in force on the public pages, then takes it down', async () => {
    const text = `Stengt i påsken ${unique('n')}`;
    const res = await postForm('/staff/notices', { site: '', nb: text, en: 'Closed for Easter', from: oslo(-1), to: oslo(1) }, 'staff');
    expect(res.status).toBe(303);
    const { notices } = await expectJson(await api.get('/api/notices'), 200);
    const posted = (notices as { id: number; text: { nb: string; en: string | null } }[]).find((n) => n.text.nb === text);
    expect(posted?.text.en).toBe('Closed for Easter');
    expect(await (await target.fetch('/bike')).text()).toContain(text);
    const listed = await (await page('/staff/notices', 'staff')).text();
    expect(listed).toContain(`action="/staff/notices/${posted!.id}/delete"`);
    expect((await postForm(`/staff/notices/${posted!.id}/delete`, {}, 'staff')).status).toBe(303);
    const after = await expectJson(await api.get('/api/notices'), 200);
    expect((after.notices as { text: { nb: string } }[]).some((n) => n.text.nb === text)).toBe(false);
  });

  it('refuses a notice that ends before it starts', async () => {
    const text = `Feil ${unique('n')}`;
    const res = await postForm('/staff/notices', { site: '', nb: text, en: '', from: oslo(2), to: oslo(1) }, 'staff');
    expect(res.status).toBe(400);
    const { notices } = await expectJson(await api.get('/api/notices/upcoming', 'staff'), 200);
    expect((notices as { text: { nb: string } }[]).some((n) => n.text.nb === text)).toBe(false);
  });
});

describe("the crew's day page", () => {
  it('sets a same-day status that the schedule shows, and adds anonymous counts shown on the page', async () => {
    const slug = unique('stop');
    await postForm('/admin/bike-stops', stopFields(slug, { rrule: 'FREQ=DAILY' }), 'admin');
    const date = nextWeekday(3, 2);
    const status = await postForm(`/staff/bike/${slug}/status`, { date, status: 'late', message: 'ca. 20 minutter forsinket' }, 'staff');
    expect(status.status).toBe(303);
    expect(await schedule(slug, date, date)).toMatchObject([{ status: 'late', message: 'ca. 20 minutter forsinket', cancelled: false }]);
    for (let i = 0; i < 2; i++) {
      const tally = await postForm(`/staff/bike/${slug}/tallies`, { date, people: '3', item_food: '2', item_naloxone: '1', item_testing: '' }, 'staff');
      expect(tally.status).toBe(303);
    }
    const counts = await expectJson(await api.get(`/api/bike-stops/${slug}/tallies?from=${date}&to=${date}`, 'staff'), 200);
    expect(counts.totals).toEqual({ people: 6, items: { food: 4, naloxone: 2 } });
    const html = await (await page(`/staff/bike?date=${date}`, 'staff')).text();
    expect(html).toContain(`data-stop="${slug}"`);
    expect(html).toContain('6 personer');
    expect(html).toContain('value="ca. 20 minutter forsinket"');
  });

  it('refuses a status without status or message, and a negative count, changing nothing', async () => {
    const slug = unique('stop');
    await postForm('/admin/bike-stops', stopFields(slug, { rrule: 'FREQ=DAILY' }), 'admin');
    const date = nextWeekday(3, 2);
    expect((await postForm(`/staff/bike/${slug}/status`, { date, message: '' }, 'staff')).status).toBe(400);
    expect((await postForm(`/staff/bike/${slug}/tallies`, { date, people: '-1' }, 'staff')).status).toBe(400);
    expect((await postForm(`/staff/bike/${slug}/tallies`, { date, people: '1', item_food: 'mange' }, 'staff')).status).toBe(400);
    expect(await schedule(slug, date, date)).toMatchObject([{ status: null, message: null }]);
    const counts = await expectJson(await api.get(`/api/bike-stops/${slug}/tallies?from=${date}&to=${date}`, 'staff'), 200);
    expect(counts.totals).toEqual({ people: 0, items: {} });
  });
});

describe('who may use these pages', () => {
  it('sends anonymous visitors to log in and shows a 403 page to too low a role', async () => {
    const anonymous = await page('/admin/activities', null);
    expect(anonymous.status).toBe(303);
    expect(anonymous.headers.get('location')).toBe('/login?next=%2Fadmin%2Factivities');
    expect((await page('/staff/bike', null)).headers.get('location')).toBe('/login?next=%2Fstaff%2Fbike');
    for (const path of ['/admin/bike-stops', '/admin/activities', '/staff/bike', '/staff/notices']) {
      const res = await page(path, 'volunteer');
      expect(res.status, path).toBe(403);
      expect(await res.text()).toContain('Ikke tilgang');
    }
    expect((await page('/admin/bike-stops', 'staff')).status).toBe(403);
    expect((await page('/staff/bike', 'staff')).status).toBe(200);
    expect((await page('/staff/notices', 'staff')).status).toBe(200);
  });

  it('lets no volunteer create a stop or post a notice through the forms', async () => {
    const slug = unique('stop');
    expect((await postForm('/admin/bike-stops', stopFields(slug), 'volunteer')).status).toBe(403);
    expect((await postForm('/admin/bike-stops', stopFields(slug), 'staff')).status).toBe(403);
    expect((await api.get(`/api/bike-stops/${slug}`)).status).toBe(404);
    expect((await postForm('/staff/notices', { nb: 'Nei', from: oslo(), to: oslo() }, 'volunteer')).status).toBe(403);
  });

  it("shows each role's pages in the header", async () => {
    const staff = await (await page('/staff/bike', 'staff')).text();
    expect(staff).toContain('href="/staff/bike"');
    expect(staff).toContain('href="/staff/tracing"');
    expect(staff).not.toContain('href="/admin"');
    const volunteer = await (await page('/volunteer', 'volunteer')).text();
    expect(volunteer).toContain('href="/activities"');
    expect(volunteer).not.toContain('href="/staff"');
    expect(await (await page('/admin', 'admin')).text()).toContain('href="/admin/bike-stops"');
  });
});

describe('a membership code typed on the ticket form', () => {
  it('goes to the membership page', async () => {
    const slug = unique('act');
    await expectJson(await api.post('/api/activities', { slug, name: 'Kor', rrule: 'FREQ=WEEKLY;BYDAY=TU', startsOn: '2026-01-01', startTime: '18:00', durationMinutes: 60, cohorts: 1, cohortSize: 4 }, 'admin'), 201);
    const { code } = await expectJson(await api.post(`/api/activities/${slug}/members`, {}, 'staff'), 201);
    const typed = await target.fetch(`/t?code=${encodeURIComponent(code.toLowerCase())}`, { redirect: 'manual' });
    const plain = code.replace('-', '');
    expect(typed.headers.get('location')).toBe(`/t/${plain}`);
    const res = await target.fetch(`/t/${plain}`, { redirect: 'manual' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`/m/${plain}`);
    const member = await target.fetch(`/m/${plain}`);
    expect(member.status).toBe(200);
    expect(await member.text()).toContain('Kor');
  });

  it.skipIf(onWorker)('counts a code that is neither once, and a membership hit not at all', async () => {
    const slug = unique('act');
    await expectJson(await api.post('/api/activities', { slug, name: 'Kor', rrule: 'FREQ=DAILY', startsOn: '2026-01-01', startTime: '18:00', durationMinutes: 60, cohorts: 1, cohortSize: 4 }, 'admin'), 201);
    const { code } = await expectJson(await api.post(`/api/activities/${slug}/members`, {}, 'staff'), 201);
    const headers = { 'x-test-client': unique('addr') };
    for (let i = 0; i < 19; i++) expect((await target.fetch(`/t/ZZZZZZZ${i % 10}`, { headers })).status).toBe(404);
    for (let i = 0; i < 3; i++) expect((await target.fetch(`/t/${code}`, { headers, redirect: 'manual' })).status).toBe(303);
    expect((await target.fetch('/t/ZZZZZZZZ', { headers })).status).toBe(404);
    expect((await target.fetch('/t/ZZZZZZZZ', { headers })).status).toBe(429);
  });
});

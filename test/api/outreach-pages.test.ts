import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { expectJson } from '../support/client';
import { unique } from '../support/target';
import { useTarget } from '../support/use-target';

// The bike, activity, membership, attendance and tracing pages over plain HTTP on both runtimes.
const { target, api } = useTarget();
const postForm = api.postForm.bind(api);

const today = () => DateTime.now().setZone('Europe/Oslo').toISODate()!;

async function page(path: string, as: 'admin' | 'staff' | 'volunteer' | null = null) {
  const res = await api.get(path, as);
  return { status: res.status, html: await res.text() };
}

/** The markup of one list item or table row marked with `attr="value"`. */
function element(html: string, attr: string, value: string) {
  const start = html.indexOf(`${attr}="${value}"`);
  if (start < 0) throw new Error(`no element with ${attr}="${value}"`);
  const tag = html.lastIndexOf('<', start);
  const name = /^<(\w+)/.exec(html.slice(tag))![1];
  return html.slice(tag, html.indexOf(`</${name}>`, start) + name.length + 3);
}

async function dailyStop(fields: Record<string, unknown> = {}) {
  const slug = unique('stop');
  const body = { slug, name: `Stopp ${slug}`, place: 'Stortorget', lat: 60.7945, lon: 11.0679, rrule: 'FREQ=DAILY', startsOn: '2026-01-01', startTime: '18:00', durationMinutes: 60, offers: ['naloxone'], ...fields };
  await expectJson(await api.post('/api/bike-stops', body, 'admin'), 201);
  return slug;
}

describe('/bike', () => {
  it("shows today's stops with the day's status and a geo: link, and cancelled ones struck through with the reason", async () => {
    const open = await dailyStop();
    const off = await dailyStop({ startTime: '20:00', lat: undefined, lon: undefined });
    await expectJson(await api.post(`/api/bike-stops/${open}/status`, { date: today(), status: 'late', message: 'Ca. 20 minutter' }, 'staff'), 200);
    await expectJson(await api.post(`/api/bike-stops/${off}/cancellations`, { date: today(), reason: 'Punktering' }, 'staff'), 201);

    const { status, html } = await page('/bike');
    expect(status).toBe(200);
    const todaySection = html.slice(html.indexOf('id="today"'), html.indexOf('id="week"'));
    const openItem = element(todaySection, 'data-stop', open);
    expect(openItem).toContain('18:00–19:00');
    expect(openItem).toContain('Forsinket: Ca. 20 minutter');
    expect(openItem).toContain('href="geo:60.7945,11.0679"');
    expect(openItem).toContain('Nalokson');
    const offItem = element(todaySection, 'data-stop', off);
    expect(offItem).toContain(`<s>Stopp ${off}</s>`);
    expect(offItem).toContain('Avlyst: Punktering');
    expect(offItem).not.toContain('geo:');
    // The rest of the week follows, a daily stop six more times.
    const week = html.slice(html.indexOf('id="week"'));
    expect(week.split(`data-stop="${open}"`).length - 1).toBe(6);
  });

  it('speaks English with ?lang=en and links the poster and the calendar feed', async () => {
    const { html } = await page('/bike?lang=en');
    expect(html).toContain('<html lang="en"');
    expect(html).toContain('Where is the bike?');
    expect(html).toContain('href="/bike/poster"');
    expect(html).toContain('href="/calendar/bike-stops.ics"');
  });

  it('prints a poster of the week, Monday to Sunday, with a QR code to /bike', async () => {
    const slug = await dailyStop({ rrule: 'FREQ=WEEKLY;BYDAY=WE' });
    await expectJson(await api.post(`/api/bike-stops/${slug}/cancellations`, { date: '2026-06-10', reason: 'Ferie' }, 'staff'), 201);
    const { status, html } = await page('/bike/poster?from=2026-06-08');
    expect(status).toBe(200);
    expect(html).toContain('Her finner du sykkelen');
    expect(html).toContain('<svg');
    expect(html).toContain('/bike</bdi>');
    expect(html).toContain(`<s>Stopp ${slug}</s>`);
    expect(html).toContain('Avlyst: Ferie');
  });

  it('shows the notices in force', async () => {
    const text = `Beskjed ${unique('n')}`;
    await expectJson(await api.post('/api/notices', { text: { nb: text, en: 'In English' }, from: today(), to: today() }, 'staff'), 201);
    expect((await page('/bike')).html).toContain(text);
    expect((await page('/activities')).html).toContain(text);
    expect((await page('/')).html).toContain(text);
    expect((await page('/bike?lang=en')).html).toContain('In English');
  });
});

async function activity(fields: Record<string, unknown> = {}) {
  const slug = unique('act');
  const body = { slug, name: `Aktivitet ${slug}`, place: 'Gymsalen', rrule: 'FREQ=DAILY', startsOn: '2026-01-01', startTime: '23:30', durationMinutes: 20, cohorts: 2, cohortSize: 3, ...fields };
  await expectJson(await api.post('/api/activities', body, 'admin'), 201);
  return slug;
}

describe('/activities and the membership page', () => {
  it('shows the next sessions with free places per group', async () => {
    const slug = await activity();
    await expectJson(await api.post(`/api/activities/${slug}/members`, {}, 'staff'), 201);
    const { html } = await page('/activities');
    const section = element(html, 'data-activity', slug);
    expect(section.split('data-date="').length - 1).toBe(3);
    expect(section).toContain('2 av 3 ledige');
    expect(section).toContain('3 av 3 ledige');
    expect(section).toContain(`href="/calendar/activities/${slug}.ics"`);
    expect(section).not.toContain('/staff/activities');
  });

  it("shows a member's group, and the notice once moved in from the waiting list", async () => {
    const slug = await activity({ cohorts: 1, cohortSize: 1 });
    const first = await expectJson(await api.post(`/api/activities/${slug}/members`, {}, 'staff'), 201);
    const waiting = await expectJson(await api.post(`/api/activities/${slug}/members`, { waitlist: true }, 'staff'), 201);
    expect((await page(`/m/${waiting.code}`)).html).toContain('nummer 1');
    expect((await api.delete(`/api/activities/${slug}/members/${first.code}`, 'staff')).status).toBe(204);
    const { html } = await page(`/m/${waiting.code}`);
    expect(html).toContain('Gruppe A');
    expect(html).toContain('Du har fått plass!');
    expect((await page('/m/ZZZZ-ZZZZ')).status).toBe(404);
  });
});

describe('staff pages for activities', () => {
  it('enrols through the form, prints a slip, and removes a member', async () => {
    const slug = await activity({ cohorts: 2, cohortSize: 1 });
    const res = await postForm(`/staff/activities/${slug}/members`, { cohort: 'B', note: 'Sykkel' }, 'staff');
    expect(res.status).toBe(303);
    const location = res.headers.get('location')!;
    const code = new URL(location, target.origin).searchParams.get('joined')!;
    const { html } = await page(location, 'staff');
    expect(html).toContain('er med i gruppe B');
    expect(element(html, 'data-cohort', 'B')).toContain('Sykkel');

    const slip = await page(`/staff/activities/${slug}/slips/a4?codes=${code}`, 'staff');
    expect(slip.status).toBe(200);
    expect(slip.html).toContain('Gruppe B');
    expect(slip.html).toContain(`/m/${code}`);
    expect(slip.html).toContain('<svg');

    const full = await postForm(`/staff/activities/${slug}/members`, { cohort: 'B' }, 'staff');
    expect(full.status).toBe(409);
    expect(await full.text()).toContain('Den gruppen er full.');

    const left = await postForm(`/staff/activities/${slug}/members/${code}/leave`, {}, 'staff');
    expect(left.status).toBe(303);
    expect(element((await page(`/staff/activities/${slug}`, 'staff')).html, 'data-cohort', 'B')).not.toContain('Sykkel');
    expect((await page(`/staff/activities/${slug}`, 'volunteer')).status).toBe(403);
  });

  it('takes attendance with one tap per member', async () => {
    const slug = await activity({ cohorts: 1, cohortSize: 3 });
    const m = await expectJson(await api.post(`/api/activities/${slug}/members`, {}, 'staff'), 201);
    const date = '2026-06-01';
    const res = await postForm(`/volunteer/activities/${slug}/attendance`, { code: m.code, date, present: '1' }, 'volunteer');
    expect(res.status).toBe(303);
    const { html } = await page(`/volunteer/activities/${slug}?date=${date}`, 'volunteer');
    const row = element(html, 'data-code', m.code);
    expect(row).toContain('data-present="true"');
    expect(html).toContain('1 av 1 her');
  });

  it('traces a code on the staff page, codes only', async () => {
    const slug = await activity({ cohorts: 1, cohortSize: 3 });
    const a = await expectJson(await api.post(`/api/activities/${slug}/members`, { note: 'Kari' }, 'staff'), 201);
    const b = await expectJson(await api.post(`/api/activities/${slug}/members`, { note: 'Per' }, 'staff'), 201);
    for (const m of [a, b]) await expectJson(await api.post(`/api/activities/${slug}/sessions/2026-06-01/attendance`, { code: m.code, present: true }, 'volunteer'), 200);
    const { status, html } = await page(`/staff/tracing?code=${a.code}&from=2026-06-01&to=2026-06-02`, 'staff');
    expect(status).toBe(200);
    expect(element(html, 'data-code', b.code)).toContain('Samme gruppe (A)');
    expect(html).not.toContain('Kari');
    expect(html).not.toContain('Per<');
    expect((await page('/staff/tracing?code=ZZZZ-ZZZZ&from=2026-06-01&to=2026-06-02', 'staff')).status).toBe(404);
  });
});

import { describe, expect, it } from 'vitest';
import { expectJson } from '../support/client';
import { unique } from '../support/target';
import { useTarget } from '../support/use-target';
import { localTime, nextWeekday } from '../support/dates';
import { addDays } from '../../src/domain/local-date';

const { api } = useTarget();

async function createActivity(fields: Record<string, unknown> = {}) {
  const slug = unique('act');
  const body = {
    slug,
    name: 'Gatelaget',
    place: 'Kunstgressbanen, Hamar',
    rrule: 'FREQ=WEEKLY;BYDAY=MO,WE,FR',
    startsOn: '2026-01-05',
    startTime: '18:00',
    durationMinutes: 60,
    cohorts: 3,
    cohortSize: 4,
    ...fields,
  };
  const activity = await expectJson(await api.post('/api/activities', body, 'admin'), 201);
  return { slug, activity, base: `/api/activities/${slug}` };
}

// Sessions ahead: members who join now are enrolled on them.
const monday = nextWeekday(1);
const tuesday = addDays(monday, 1);
const wednesday = addDays(monday, 2);

const join = (base: string, body: Record<string, unknown> = {}) => api.post(`${base}/members`, body, 'staff');

async function sessions(base: string, from: string, to: string) {
  return (await expectJson(await api.get(`${base}/sessions?from=${from}&to=${to}`), 200)).sessions;
}

describe('activities', () => {
  it('creates an activity in the zone of its site and lists it', async () => {
    const site = unique('site');
    await expectJson(await api.post('/api/sites', { slug: site, name: 'Stasjonen', timezone: 'Europe/Oslo' }, 'admin'), 201);
    const { slug, activity } = await createActivity({ site, place: undefined });
    expect(activity).toMatchObject({ slug, site, place: 'Stasjonen', timezone: 'Europe/Oslo', cohorts: 3, cohortSize: 4 });
    const list = await expectJson<any[]>(await api.get('/api/activities'), 200);
    expect(list.find((a) => a.slug === slug)).toMatchObject({ members: 0, free: 12, waiting: 0 });
  });

  it('refuses an unknown site (404), a duplicate slug (409), bad input (400) and non-admins (403)', async () => {
    const { slug } = await createActivity();
    const base = { name: 'N', rrule: 'FREQ=WEEKLY;BYDAY=MO', startsOn: '2026-01-05', startTime: '18:00', durationMinutes: 60, cohorts: 2, cohortSize: 5 };
    expect((await api.post('/api/activities', { ...base, slug: unique('a'), site: unique('nosite') }, 'admin')).status).toBe(404);
    expect((await api.post('/api/activities', { ...base, slug }, 'admin')).status).toBe(409);
    expect((await api.post('/api/activities', { ...base, slug: unique('a'), cohorts: 0 }, 'admin')).status).toBe(400);
    expect((await api.post('/api/activities', { ...base, slug: unique('a'), cohorts: 27 }, 'admin')).status).toBe(400);
    expect((await api.post('/api/activities', { ...base, slug: unique('a'), rrule: 'FREQ=MINUTELY' }, 'admin')).status).toBe(400);
    expect((await api.post('/api/activities', { ...base, slug: unique('a') }, 'staff')).status).toBe(403);
  });
});

describe('sessions', () => {
  it('keeps 18:00 local across both DST changes', async () => {
    const { base } = await createActivity({ rrule: 'FREQ=WEEKLY;BYDAY=FR' });
    expect((await sessions(base, '2026-03-27', '2026-04-03')).map((s: any) => s.start)).toEqual(['2026-03-27T18:00:00+01:00', '2026-04-03T18:00:00+02:00']);
    expect((await sessions(base, '2026-10-23', '2026-10-30')).map((s: any) => s.start)).toEqual(['2026-10-23T18:00:00+02:00', '2026-10-30T18:00:00+01:00']);
  });

  it('shows each cohort with its size, members and free places', async () => {
    const { base } = await createActivity();
    await expectJson(await join(base), 201);
    await expectJson(await join(base), 201);
    await expectJson(await join(base), 201);
    await expectJson(await join(base), 201);
    const [session] = await sessions(base, monday, monday);
    expect(session).toMatchObject({ date: monday, cancelled: false });
    expect([localTime(session.start), localTime(session.end)]).toEqual(['18:00', '19:00']);
    expect(session.cohorts).toEqual([
      { name: 'A', size: 4, members: 2, free: 2, skipping: 0 },
      { name: 'B', size: 4, members: 1, free: 3, skipping: 0 },
      { name: 'C', size: 4, members: 1, free: 3, skipping: 0 },
    ]);
  });

  it('cancels a single session with a reason', async () => {
    const { base } = await createActivity();
    await expectJson(await api.post(`${base}/cancellations`, { date: '2026-06-03', reason: 'Banen er stengt' }, 'staff'), 201);
    const week = await sessions(base, '2026-06-01', '2026-06-05');
    expect(week.map((s: any) => [s.date, s.cancelled, s.reason])).toEqual([
      ['2026-06-01', false, null],
      ['2026-06-03', true, 'Banen er stengt'],
      ['2026-06-05', false, null],
    ]);
    expect((await api.post(`${base}/cancellations`, { date: '2026-06-03', reason: 'x' }, 'staff')).status).toBe(409);
    expect((await api.post(`${base}/cancellations`, { date: '2026-06-02', reason: 'x' }, 'staff')).status).toBe(400);
    expect((await api.get(`${base}/sessions?from=2026-01-01&to=2027-01-03`)).status).toBe(400);
  });
});

describe('joining cohorts', () => {
  it('fills the least-filled cohort first, ties to A, and says which', async () => {
    const { base } = await createActivity({ cohorts: 3, cohortSize: 2 });
    const cohorts: string[] = [];
    for (let i = 0; i < 6; i++) cohorts.push((await expectJson(await join(base), 201)).cohort);
    expect(cohorts).toEqual(['A', 'B', 'C', 'A', 'B', 'C']);
  });

  it('gives a membership code in the ticket format and shows it on its page without the note', async () => {
    const { base, slug } = await createActivity();
    const joined = await expectJson(await join(base, { note: 'Kommer med sykkel' }), 201);
    expect(joined.code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    const page = await expectJson(await api.get(`${base}/members/${joined.code.toLowerCase().replace('-', ' ')}`), 200);
    expect(page).toMatchObject({ code: joined.code, cohort: 'A', waiting: null, status: 'active', notice: null, activity: { slug } });
    expect(JSON.stringify(page)).not.toContain('sykkel');
    expect(await expectJson(await api.get(`/api/memberships/${joined.code}`), 200)).toMatchObject({ code: joined.code, cohort: 'A' });
    expect((await api.get(`/api/memberships/ZZZZ-ZZZZ`)).status).toBe(404);
  });

  it('puts a member in the cohort asked for, by name or index, and refuses a full or unknown one', async () => {
    const { base } = await createActivity({ cohorts: 2, cohortSize: 1 });
    expect((await expectJson(await join(base, { cohort: 'B' }), 201)).cohort).toBe('B');
    const full = await join(base, { cohort: 1 });
    expect(full.status).toBe(409);
    expect((await join(base, { cohort: 'C' })).status).toBe(400);
    expect((await expectJson(await join(base, { cohort: 0 }), 201)).cohort).toBe('A');
  });

  it('says activity_full when every cohort is full, or puts the member on the waiting list', async () => {
    const { base } = await createActivity({ cohorts: 1, cohortSize: 1 });
    await expectJson(await join(base), 201);
    const full = await join(base);
    expect(full.status).toBe(409);
    expect((await full.json()).error.code).toBe('activity_full');
    const first = await expectJson(await join(base, { waitlist: true }), 201);
    const second = await expectJson(await join(base, { waitlist: true }), 201);
    expect(first).toMatchObject({ cohort: null, waiting: 1 });
    expect(second).toMatchObject({ cohort: null, waiting: 2 });
    expect(await expectJson(await api.get(`${base}/members/${second.code}`), 200)).toMatchObject({ cohort: null, waiting: 2 });
  });

  it('never puts more than cohortSize in a cohort under 40 concurrent joins (3 cohorts × 4)', async () => {
    const { base } = await createActivity({ cohorts: 3, cohortSize: 4 });
    await api.cookieFor('staff');
    const responses = await Promise.all(Array.from({ length: 40 }, () => join(base)));
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(12);
    expect(statuses.filter((s) => s === 409)).toHaveLength(28);
    const joined = await Promise.all(responses.filter((r) => r.status === 201).map((r) => r.json()));
    expect(new Set(joined.map((j) => j.code)).size).toBe(12);
    const counts = joined.reduce<Record<string, number>>((n, j) => ({ ...n, [j.cohort]: (n[j.cohort] ?? 0) + 1 }), {});
    expect(counts).toEqual({ A: 4, B: 4, C: 4 });
    const [session] = await sessions(base, monday, monday);
    expect(session.cohorts.map((c: any) => c.members)).toEqual([4, 4, 4]);
  });
});

describe('enrolment over time', () => {
  it('shows a member who joined today on the sessions ahead, not on the ones already held', async () => {
    const { base } = await createActivity({ cohorts: 1, cohortSize: 4 });
    const m = await expectJson(await join(base), 201);
    const lastMonday = nextWeekday(1, -13);
    const held = await sessions(base, lastMonday, addDays(lastMonday, 4));
    expect(held.map((s: any) => s.cohorts[0].members)).toEqual([0, 0, 0]);
    expect((await sessions(base, monday, monday))[0].cohorts[0].members).toBe(1);
    const pastRoster = await expectJson(await api.get(`${base}/sessions/${lastMonday}`, 'volunteer'), 200);
    expect(pastRoster.cohorts[0].members).toEqual([]);
    const roster = await expectJson(await api.get(`${base}/sessions/${monday}`, 'volunteer'), 200);
    expect(roster.cohorts[0].members.map((x: any) => x.code)).toEqual([m.code]);
  });
});

describe('leaving and the waiting list', () => {
  it('frees the place and moves the first waiting member in, with a notice on their page', async () => {
    const { base } = await createActivity({ cohorts: 2, cohortSize: 1 });
    const a = await expectJson(await join(base), 201);
    const b = await expectJson(await join(base), 201);
    const w1 = await expectJson(await join(base, { waitlist: true }), 201);
    const w2 = await expectJson(await join(base, { waitlist: true }), 201);
    expect(b.cohort).toBe('B');
    expect((await api.delete(`${base}/members/${b.code}`, 'staff')).status).toBe(204);
    const moved = await expectJson(await api.get(`${base}/members/${w1.code}?lang=en`), 200);
    expect(moved).toMatchObject({ cohort: 'B', waiting: null, noticeDetail: { kind: 'moved_in', cohort: 'B' } });
    expect(moved.notice).toContain('group B');
    expect(await expectJson(await api.get(`${base}/members/${w2.code}`), 200)).toMatchObject({ cohort: null, waiting: 1, notice: null });
    expect(await expectJson(await api.get(`${base}/members/${b.code}`), 200)).toMatchObject({ status: 'left' });
    expect((await api.delete(`${base}/members/${b.code}`, 'staff')).status).toBe(404);
    expect((await api.delete(`${base}/members/${a.code}`, 'volunteer')).status).toBe(403);
    const [session] = await sessions(base, monday, monday);
    expect(session.cohorts.map((c: any) => c.members)).toEqual([1, 1]);
  });

  it('lets a member skip one session and keep the place', async () => {
    const { base } = await createActivity({ cohorts: 1, cohortSize: 2 });
    const m = await expectJson(await join(base), 201);
    await expectJson(await api.post(`${base}/sessions/${wednesday}/skips`, { code: m.code }, 'staff'), 201);
    const [mon, wed] = await sessions(base, monday, wednesday);
    expect(mon.cohorts[0]).toMatchObject({ members: 1, skipping: 0 });
    expect(wed.cohorts[0]).toMatchObject({ members: 1, skipping: 1, free: 1 });
    const roster = await expectJson(await api.get(`${base}/sessions/${wednesday}`, 'volunteer'), 200);
    expect(roster.cohorts[0].members).toEqual([{ code: m.code, present: null, skipping: true, left: false, note: null }]);
    expect((await api.post(`${base}/sessions/${tuesday}/skips`, { code: m.code }, 'staff')).status).toBe(400);
    expect((await api.delete(`${base}/sessions/${wednesday}/skips/${m.code}`, 'staff')).status).toBe(204);
    expect((await sessions(base, wednesday, wednesday))[0].cohorts[0].skipping).toBe(0);
  });
});

describe('attendance', () => {
  it('records present or absent per session, and a correction replaces it', async () => {
    const { base } = await createActivity({ cohorts: 1, cohortSize: 3 });
    const m = await expectJson(await join(base), 201);
    const marked = await expectJson(await api.post(`${base}/sessions/2026-06-01/attendance`, { code: m.code, present: true }, 'volunteer'), 200);
    expect(marked).toMatchObject({ code: m.code, date: '2026-06-01', present: true });
    await expectJson(await api.post(`${base}/sessions/2026-06-01/attendance`, { code: m.code, present: false }, 'volunteer'), 200);
    const roster = await expectJson(await api.get(`${base}/sessions/2026-06-01`, 'volunteer'), 200);
    expect(roster.cohorts[0].members[0]).toMatchObject({ code: m.code, present: false });
  });

  it('refuses a non-session date, a cancelled session, a waiting member, an unknown code and the public', async () => {
    const { base } = await createActivity({ cohorts: 1, cohortSize: 1 });
    const m = await expectJson(await join(base), 201);
    const w = await expectJson(await join(base, { waitlist: true }), 201);
    await expectJson(await api.post(`${base}/cancellations`, { date: '2026-06-05', reason: 'Regn' }, 'staff'), 201);
    expect((await api.post(`${base}/sessions/2026-06-02/attendance`, { code: m.code, present: true }, 'volunteer')).status).toBe(400);
    expect((await api.post(`${base}/sessions/2026-06-05/attendance`, { code: m.code, present: true }, 'volunteer')).status).toBe(409);
    expect((await api.post(`${base}/sessions/2026-06-01/attendance`, { code: w.code, present: true }, 'volunteer')).status).toBe(409);
    expect((await api.post(`${base}/sessions/2026-06-01/attendance`, { code: 'ZZZZ-ZZZZ', present: true }, 'volunteer')).status).toBe(404);
    expect((await api.post(`${base}/sessions/2026-06-01/attendance`, { code: m.code, present: 'yes' }, 'volunteer')).status).toBe(400);
    expect((await api.post(`${base}/sessions/2026-06-01/attendance`, { code: m.code, present: true }, null)).status).toBe(401);
  });
});

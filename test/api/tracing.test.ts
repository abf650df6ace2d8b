import { describe, expect, it } from 'vitest';
import { expectJson } from '../support/client';
import { nextWeekday } from '../support/dates';
import { unique } from '../support/target';
import { useTarget } from '../support/use-target';

const { api } = useTarget();

const trace = async (code: string, from: string, to: string) =>
  expectJson(await api.get(`/api/tracing?code=${encodeURIComponent(code)}&from=${from}&to=${to}`, 'staff'), 200);

describe('tracing a ticket', () => {
  it('lists the other live tickets of the same slot, with when and where, and nothing else', async () => {
    const site = unique('site');
    await expectJson(await api.post('/api/sites', { slug: site, name: 'Arbeidern', address: 'Torggata 3' }, 'admin'), 201);
    const dist = { slug: 'mat', name: 'Mat', rrule: 'FREQ=WEEKLY;BYDAY=WE', startsOn: '2026-01-07', opens: '10:00', closes: '11:00', slotMinutes: 15, perSlot: 4 };
    await expectJson(await api.post(`/api/sites/${site}/distributions`, dist, 'admin'), 201);
    const date = nextWeekday(3);
    const issue = { date, count: 5, strategy: 'earliest', note: 'Hemmelig notat' };
    const { tickets } = await expectJson(await api.post(`/api/sites/${site}/distributions/mat/tickets`, issue, 'staff'), 201);
    const [me, mate, cancelled, noShow, otherSlot] = tickets;
    expect(otherSlot.start).not.toBe(me.start);
    await expectJson(await api.post(`/api/tickets/${cancelled.code}/status`, { status: 'cancelled' }, 'staff'), 200);
    await expectJson(await api.post(`/api/tickets/${noShow.code}/status`, { status: 'no_show' }, 'staff'), 200);

    const result = await trace(me.code.toLowerCase(), date, date);
    expect(result.code).toBe(me.code);
    expect(result.contacts).toEqual([{ code: mate.code, kind: 'slot', date, start: me.start, end: me.end, place: 'Arbeidern, Torggata 3', via: 'mat' }]);
    expect(JSON.stringify(result)).not.toContain('Hemmelig');
    expect((await trace(me.code, '2026-01-01', '2026-01-31')).contacts).toEqual([]);
    expect((await trace(cancelled.code, date, date)).contacts).toEqual([]);
  });
});

describe('tracing a membership', () => {
  it('lists cohort mates at sessions both attended, not other cohorts nor those absent', async () => {
    const slug = unique('act');
    const body = { slug, name: 'Turgruppa', place: 'Domkirkeodden', rrule: 'FREQ=WEEKLY;BYDAY=MO,TH', startsOn: '2026-01-05', startTime: '11:00', durationMinutes: 90, cohorts: 2, cohortSize: 3 };
    await expectJson(await api.post('/api/activities', body, 'admin'), 201);
    const base = `/api/activities/${slug}`;
    const members = [];
    for (let i = 0; i < 5; i++) members.push(await expectJson(await api.post(`${base}/members`, { note: 'Ola Nordmann' }, 'staff'), 201));
    const [a1, b1, a2, b2, a3] = members;
    expect([a1, a2, a3].map((m) => m.cohort)).toEqual(['A', 'A', 'A']);
    expect([b1, b2].map((m) => m.cohort)).toEqual(['B', 'B']);
    const mark = async (m: any, date: string, present: boolean) =>
      expectJson(await api.post(`${base}/sessions/${date}/attendance`, { code: m.code, present }, 'volunteer'), 200);
    // Monday 2026-06-01: a1, a2, b1 there; a3 absent. Thursday 2026-06-04: a2, a3 there; a1 absent.
    for (const [m, present] of [[a1, true], [a2, true], [a3, false], [b1, true], [b2, true]] as const) await mark(m, '2026-06-01', present);
    for (const [m, present] of [[a1, false], [a2, true], [a3, true]] as const) await mark(m, '2026-06-04', present);

    const a1Trace = await trace(a1.code, '2026-06-01', '2026-06-07');
    expect(a1Trace.contacts).toEqual([
      { code: a2.code, kind: 'cohort', cohort: 'A', date: '2026-06-01', start: '2026-06-01T11:00:00+02:00', end: '2026-06-01T12:30:00+02:00', place: 'Domkirkeodden', via: slug },
    ]);
    const a2Trace = await trace(a2.code, '2026-06-01', '2026-06-07');
    expect(a2Trace.contacts.map((c: any) => [c.code, c.date])).toEqual([[a1.code, '2026-06-01'], [a3.code, '2026-06-04']].sort((x, y) => x[1].localeCompare(y[1]) || x[0].localeCompare(y[0])));
    expect((await trace(a2.code, '2026-06-02', '2026-06-07')).contacts.map((c: any) => c.code)).toEqual([a3.code]);
    expect((await trace(b1.code, '2026-06-01', '2026-06-07')).contacts.map((c: any) => c.code)).toEqual([b2.code]);
    expect(JSON.stringify(a2Trace)).not.toContain('Ola');

    // Leaving later does not hide who someone met.
    expect((await api.delete(`${base}/members/${a1.code}`, 'staff')).status).toBe(204);
    expect((await trace(a2.code, '2026-06-01', '2026-06-01')).contacts.map((c: any) => c.code)).toEqual([a1.code]);
  });
});

describe('tracing rules', () => {
  it('answers 404 for an unknown or malformed code, 400 for a bad range, and only to staff', async () => {
    expect((await api.get('/api/tracing?code=ZZZZ-ZZZZ&from=2026-01-01&to=2026-01-31', 'staff')).status).toBe(404);
    expect((await api.get('/api/tracing?code=not-a-code&from=2026-01-01&to=2026-01-31', 'staff')).status).toBe(404);
    expect((await api.get('/api/tracing?code=ZZZZ-ZZZZ&from=2026-01-01&to=2027-06-01', 'staff')).status).toBe(400);
    expect((await api.get('/api/tracing?from=2026-01-01', 'staff')).status).toBe(400);
    expect((await api.get('/api/tracing?code=ZZZZ-ZZZZ', 'volunteer')).status).toBe(403);
    expect((await api.get('/api/tracing?code=ZZZZ-ZZZZ', null)).status).toBe(401);
  });
});

import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { runRetention } from '../../src/db/retention';
import { ApiClient, expectJson } from '../support/client';
import { useTarget } from '../support/use-target';

// The clock stands where each step needs it: on the day tickets are issued, then weeks later.
let clock = Date.parse('2026-02-04T07:00:00Z');
const { target } = useTarget({ now: () => clock });
let api = new ApiClient(target);
// Sessions last a shift, so a client that jumps weeks logs in again.
function at(iso: string) {
  clock = DateTime.fromISO(iso, { zone: 'Europe/Oslo' }).toMillis();
  api = new ApiClient(target);
}

const site = 'arkivet';
const stop = 'brua';
const activity = 'strikk';
const members: { code: string; cohort: string }[] = [];
const query = `from=2026-02-01&to=2026-02-28&site=${site}`;

async function mine() {
  const r = await expectJson(await api.get(`/api/reports?${query}`, 'staff'), 200);
  return { ...r, bike: r.bike.filter((b: any) => b.stop === stop), activities: r.activities.filter((a: any) => a.activity === activity) };
}

async function issue(date: string, count: number, marks: string[]) {
  const { tickets } = await expectJson(await api.post(`/api/sites/${site}/distributions/mat/tickets`, { date, count, note: 'Notat om en person' }, 'staff'), 201);
  for (const [i, status] of marks.entries()) await expectJson(await api.post(`/api/tickets/${tickets[i].code}/status`, { status }, 'staff'), 200);
}

describe('a report across the retention clean-up', () => {
  it('gives the same numbers from the live rows and from the counts the clean-up keeps', async () => {
    await expectJson(await api.post('/api/sites', { slug: site, name: 'Arkivet', address: 'Arkivgata 1' }, 'admin'), 201);
    const dist = { slug: 'mat', name: 'Mat', rrule: 'FREQ=DAILY', startsOn: '2026-02-01', opens: '10:00', closes: '11:00', slotMinutes: 15, perSlot: 4 };
    await expectJson(await api.post(`/api/sites/${site}/distributions`, dist, 'admin'), 201);
    const stopBody = { slug: stop, name: 'Brua', place: 'Elvebrua', rrule: 'FREQ=WEEKLY;BYDAY=WE', startsOn: '2026-02-04', startTime: '12:00', durationMinutes: 60, offers: ['food'] };
    await expectJson(await api.post('/api/bike-stops', stopBody, 'admin'), 201);
    const act = { slug: activity, name: 'Strikking', place: 'Kafeen', rrule: 'FREQ=WEEKLY;BYDAY=WE', startsOn: '2026-02-04', startTime: '13:00', durationMinutes: 60, cohorts: 2, cohortSize: 3 };
    await expectJson(await api.post('/api/activities', act, 'admin'), 201);
    for (let i = 0; i < 4; i++) members.push(await expectJson(await api.post(`/api/activities/${activity}/members`, { note: 'Kari' }, 'staff'), 201));

    at('2026-02-04T08:00');
    await issue('2026-02-04', 6, ['picked_up', 'picked_up', 'no_show', 'cancelled']);
    await expectJson(await api.post(`/api/bike-stops/${stop}/tallies`, { date: '2026-02-04', people: 9, items: { naloxone: 3 } }, 'staff'), 201);
    for (const [i, present] of [true, true, false, true].entries()) {
      await expectJson(await api.post(`/api/activities/${activity}/sessions/2026-02-04/attendance`, { code: members[i].code, present }, 'volunteer'), 200);
    }
    at('2026-02-05T08:00');
    await issue('2026-02-05', 3, ['picked_up']);
    await expectJson(await api.post(`/api/sites/${site}/distributions/mat/closures`, { date: '2026-02-06', reason: 'Vannlekkasje' }, 'staff'), 201);

    at('2026-02-25T12:00');
    const before = await mine();
    expect(before.days.slice(3, 6)).toEqual([
      { date: '2026-02-04', site, distribution: 'mat', capacity: 16, issued: 6, picked_up: 2, no_show: 1, cancelled: 1, closed: false },
      { date: '2026-02-05', site, distribution: 'mat', capacity: 16, issued: 3, picked_up: 1, no_show: 0, cancelled: 0, closed: false },
      { date: '2026-02-06', site, distribution: 'mat', capacity: 16, issued: 0, picked_up: 0, no_show: 0, cancelled: 0, closed: true },
    ]);
    expect(before.bike[0]).toEqual({ date: '2026-02-04', stop, status: 'planned', people: 9, items: { naloxone: 3 } });
    expect(before.activities.slice(0, 2)).toEqual([
      { date: '2026-02-04', activity, cohort: 'A', enrolled: 2, attended: 1 },
      { date: '2026-02-04', activity, cohort: 'B', enrolled: 2, attended: 2 },
    ]);

    const { ticketsDeleted } = await runRetention(target.services!);
    expect(ticketsDeleted).toBe(9);
    expect(await mine()).toEqual(before);
  });

  it('keeps what a past day offered and who was in a group when the rules change later', async () => {
    await expectJson(await api.patch(`/api/sites/${site}/distributions/mat`, { perSlot: 2 }, 'admin'), 200);
    expect((await api.delete(`/api/activities/${activity}/members/${members[0]!.code}`, 'staff')).status).toBe(204);
    const after = await mine();
    expect(after.days.find((d: any) => d.date === '2026-02-04').capacity).toBe(16);
    expect(after.days.find((d: any) => d.date === '2026-02-26').capacity).toBe(8);
    expect(after.activities.slice(0, 2).map((a: any) => a.enrolled)).toEqual([2, 2]);
    // A session still ahead counts the group as it is now.
    expect(after.activities.at(-2)).toEqual({ date: '2026-02-25', activity, cohort: 'A', enrolled: 1, attended: 0 });
  });
});

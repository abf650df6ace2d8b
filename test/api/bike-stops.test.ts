import { describe, expect, it } from 'vitest';
import { expectJson } from '../support/client';
import { unique } from '../support/target';
import { useTarget } from '../support/use-target';

const { api } = useTarget();

async function createStop(fields: Record<string, unknown> = {}) {
  const slug = unique('stop');
  const body = {
    slug,
    name: 'Torget',
    place: 'Stortorget, ved fontenen',
    lat: 60.7945,
    lon: 11.0679,
    rrule: 'FREQ=WEEKLY;BYDAY=TU,TH',
    startsOn: '2026-01-06',
    startTime: '18:00',
    durationMinutes: 90,
    offers: ['food', 'naloxone'],
    ...fields,
  };
  const stop = await expectJson(await api.post('/api/bike-stops', body, 'admin'), 201);
  return { slug, stop };
}

async function schedule(from: string, to: string, slug?: string) {
  const body = await expectJson(await api.get(`/api/bike-stops/schedule?from=${from}&to=${to}`), 200);
  return slug ? body.occurrences.filter((o: any) => o.stop === slug) : body.occurrences;
}

describe('bike stops', () => {
  it('creates a stop and lists it with its offers and coordinates', async () => {
    const { slug, stop } = await createStop();
    expect(stop).toMatchObject({ slug, place: 'Stortorget, ved fontenen', lat: 60.7945, lon: 11.0679, timezone: 'Europe/Oslo', offers: ['food', 'naloxone'] });
    const list = await expectJson<any[]>(await api.get('/api/bike-stops'), 200);
    expect(list.find((s) => s.slug === slug)).toMatchObject({ rrule: 'FREQ=WEEKLY;BYDAY=TU,TH', startTime: '18:00', durationMinutes: 90 });
  });

  it('needs admin to create and refuses a duplicate slug with 409', async () => {
    const { slug } = await createStop();
    expect((await api.post('/api/bike-stops', { slug: 'x' }, null)).status).toBe(401);
    expect((await api.post('/api/bike-stops', { slug: 'x' }, 'staff')).status).toBe(403);
    const again = await api.post('/api/bike-stops', { slug, name: 'Again', place: 'P', rrule: 'FREQ=DAILY', startsOn: '2026-01-01', startTime: '10:00', durationMinutes: 30 }, 'admin');
    expect(again.status).toBe(409);
  });

  it('rejects bad input with 400 and stores nothing', async () => {
    const slug = unique('stop');
    const base = { slug, name: 'N', place: 'P', rrule: 'FREQ=DAILY', startsOn: '2026-01-01', startTime: '10:00', durationMinutes: 30 };
    for (const bad of [
      { rrule: 'FREQ=HOURLY' },
      { startTime: '25:00' },
      { startsOn: '2026-02-30' },
      { offers: ['beer'] },
      { lat: 60 },
      { durationMinutes: 0 },
      { timezone: 'Mars/Olympus' },
      { until: '2025-01-01' },
    ]) {
      const res = await api.post('/api/bike-stops', { ...base, ...bad }, 'admin');
      expect(res.status, JSON.stringify(bad)).toBe(400);
    }
    expect((await api.get(`/api/bike-stops/${slug}`)).status).toBe(404);
  });

  it('changes a stop with PATCH', async () => {
    const { slug } = await createStop();
    const changed = await expectJson(await api.patch(`/api/bike-stops/${slug}`, { place: 'Jernbanetorget', startTime: '17:30', lat: null, lon: null }, 'admin'), 200);
    expect(changed).toMatchObject({ place: 'Jernbanetorget', startTime: '17:30', lat: null, lon: null });
    expect((await api.patch(`/api/bike-stops/${slug}`, { rrule: 'nonsense' }, 'admin')).status).toBe(400);
    expect((await api.patch(`/api/bike-stops/${unique('none')}`, { place: 'x' }, 'admin')).status).toBe(404);
  });
});

describe('the schedule', () => {
  it('keeps 18:00 local on both sides of the spring and autumn DST changes', async () => {
    const { slug } = await createStop({ rrule: 'FREQ=WEEKLY;BYDAY=TU' });
    const spring = await schedule('2026-03-24', '2026-03-31', slug);
    expect(spring.map((o: any) => o.start)).toEqual(['2026-03-24T18:00:00+01:00', '2026-03-31T18:00:00+02:00']);
    expect(spring[0].end).toBe('2026-03-24T19:30:00+01:00');
    const autumn = await schedule('2026-10-20', '2026-10-27', slug);
    expect(autumn.map((o: any) => o.start)).toEqual(['2026-10-20T18:00:00+02:00', '2026-10-27T18:00:00+01:00']);
  });

  it('expands every stop, sorted by start, with inclusive dates', async () => {
    const early = await createStop({ startTime: '09:00', rrule: 'FREQ=WEEKLY;BYDAY=TH' });
    const late = await createStop({ startTime: '08:00', rrule: 'FREQ=WEEKLY;BYDAY=TU,TH' });
    const all = await schedule('2026-05-05', '2026-05-07');
    const mine = all.filter((o: any) => o.stop === early.slug || o.stop === late.slug);
    expect(mine.map((o: any) => [o.stop, o.start])).toEqual([
      [late.slug, '2026-05-05T08:00:00+02:00'],
      [late.slug, '2026-05-07T08:00:00+02:00'],
      [early.slug, '2026-05-07T09:00:00+02:00'],
    ]);
    const starts = all.map((o: any) => Date.parse(o.start));
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(mine[0]).toMatchObject({ name: 'Torget', place: 'Stortorget, ved fontenen', cancelled: false, reason: null, lat: 60.7945, lon: 11.0679, offers: ['food', 'naloxone'] });
  });

  it('allows at most 366 days between from and to', async () => {
    expect((await api.get('/api/bike-stops/schedule?from=2026-01-01&to=2027-01-02')).status).toBe(200);
    const tooLong = await api.get('/api/bike-stops/schedule?from=2026-01-01&to=2027-01-03');
    expect(tooLong.status).toBe(400);
    expect((await tooLong.json()).error.code).toBe('range_too_long');
    expect((await api.get('/api/bike-stops/schedule?from=2026-02-01&to=2026-01-01')).status).toBe(400);
    expect((await api.get('/api/bike-stops/schedule?from=2026-13-01&to=2026-12-01')).status).toBe(400);
  });

  it('stops at until', async () => {
    const { slug } = await createStop({ rrule: 'FREQ=WEEKLY;BYDAY=TU', until: '2026-06-16' });
    expect((await schedule('2026-06-01', '2026-06-30', slug)).map((o: any) => o.date)).toEqual(['2026-06-02', '2026-06-09', '2026-06-16']);
  });
});

describe('cancelling a date', () => {
  it('flags the cancelled occurrence with its reason and keeps the others', async () => {
    const { slug } = await createStop({ rrule: 'FREQ=WEEKLY;BYDAY=TU' });
    const created = await expectJson(await api.post(`/api/bike-stops/${slug}/cancellations`, { date: '2026-04-14', reason: 'Sykkelen er på verksted' }, 'staff'), 201);
    expect(created).toMatchObject({ stop: slug, date: '2026-04-14', reason: 'Sykkelen er på verksted' });
    const weeks = await schedule('2026-04-07', '2026-04-21', slug);
    expect(weeks.map((o: any) => [o.date, o.cancelled, o.reason])).toEqual([
      ['2026-04-07', false, null],
      ['2026-04-14', true, 'Sykkelen er på verksted'],
      ['2026-04-21', false, null],
    ]);
  });

  it('refuses a date the stop does not run (400), a duplicate (409), an unknown stop (404), and volunteers (403)', async () => {
    const { slug } = await createStop({ rrule: 'FREQ=WEEKLY;BYDAY=TU' });
    const wednesday = await api.post(`/api/bike-stops/${slug}/cancellations`, { date: '2026-04-15', reason: 'x' }, 'staff');
    expect(wednesday.status).toBe(400);
    expect((await wednesday.json()).error.code).toBe('not_an_occurrence');
    expect((await api.post(`/api/bike-stops/${slug}/cancellations`, { date: '2026-04-14', reason: 'Regn' }, 'staff')).status).toBe(201);
    expect((await api.post(`/api/bike-stops/${slug}/cancellations`, { date: '2026-04-14', reason: 'Regn' }, 'staff')).status).toBe(409);
    expect((await api.post(`/api/bike-stops/${unique('none')}/cancellations`, { date: '2026-04-14', reason: 'x' }, 'staff')).status).toBe(404);
    expect((await api.post(`/api/bike-stops/${slug}/cancellations`, { date: '2026-04-21', reason: 'x' }, 'volunteer')).status).toBe(403);
    expect((await api.post(`/api/bike-stops/${slug}/cancellations`, { date: '2026-04-21', reason: '' }, 'staff')).status).toBe(400);
  });

  it('can be undone', async () => {
    const { slug } = await createStop({ rrule: 'FREQ=WEEKLY;BYDAY=TU' });
    await expectJson(await api.post(`/api/bike-stops/${slug}/cancellations`, { date: '2026-04-14', reason: 'Regn' }, 'staff'), 201);
    expect((await api.delete(`/api/bike-stops/${slug}/cancellations/2026-04-14`, 'staff')).status).toBe(204);
    expect((await schedule('2026-04-14', '2026-04-14', slug))[0].cancelled).toBe(false);
    expect((await api.delete(`/api/bike-stops/${slug}/cancellations/2026-04-14`, 'staff')).status).toBe(404);
  });
});

describe("the day's status and tallies", () => {
  it('shows the latest same-day status on the schedule', async () => {
    const { slug } = await createStop({ rrule: 'FREQ=WEEKLY;BYDAY=TU' });
    await expectJson(await api.post(`/api/bike-stops/${slug}/status`, { date: '2026-05-05', status: 'on_time' }, 'staff'), 200);
    const late = await expectJson(await api.post(`/api/bike-stops/${slug}/status`, { date: '2026-05-05', status: 'late', message: 'Ca. 20 minutter forsinket' }, 'staff'), 200);
    expect(late).toMatchObject({ status: 'late', message: 'Ca. 20 minutter forsinket' });
    const [day] = await schedule('2026-05-05', '2026-05-05', slug);
    expect(day).toMatchObject({ status: 'late', message: 'Ca. 20 minutter forsinket', cancelled: false });
  });

  it('treats a same-day "cancelled" as a cancellation with the message as reason', async () => {
    const { slug } = await createStop({ rrule: 'FREQ=WEEKLY;BYDAY=TU' });
    await expectJson(await api.post(`/api/bike-stops/${slug}/status`, { date: '2026-05-12', status: 'cancelled', message: 'Syk mannskap' }, 'staff'), 200);
    const [day] = await schedule('2026-05-12', '2026-05-12', slug);
    expect(day).toMatchObject({ cancelled: true, reason: 'Syk mannskap', status: 'cancelled' });
  });

  it('refuses a status with neither status nor message, or on a day the stop does not run', async () => {
    const { slug } = await createStop({ rrule: 'FREQ=WEEKLY;BYDAY=TU' });
    expect((await api.post(`/api/bike-stops/${slug}/status`, { date: '2026-05-05' }, 'staff')).status).toBe(400);
    expect((await api.post(`/api/bike-stops/${slug}/status`, { date: '2026-05-06', status: 'late' }, 'staff')).status).toBe(400);
    expect((await api.post(`/api/bike-stops/${slug}/status`, { date: '2026-05-05', status: 'lost' }, 'staff')).status).toBe(400);
  });

  it('adds tallies up per date and kind, without names', async () => {
    const { slug } = await createStop({ rrule: 'FREQ=WEEKLY;BYDAY=TU' });
    await expectJson(await api.post(`/api/bike-stops/${slug}/tallies`, { date: '2026-05-05', people: 7, items: { naloxone: 3, food: 10 } }, 'staff'), 201);
    const second = await expectJson(await api.post(`/api/bike-stops/${slug}/tallies`, { date: '2026-05-05', people: 2, items: { naloxone: 1, syringes: 40 } }, 'staff'), 201);
    expect(second).toEqual({ stop: slug, date: '2026-05-05', people: 9, items: { food: 10, naloxone: 4, syringes: 40 } });
    await expectJson(await api.post(`/api/bike-stops/${slug}/tallies`, { date: '2026-05-12', people: 1 }, 'staff'), 201);
    const sums = await expectJson(await api.get(`/api/bike-stops/${slug}/tallies?from=2026-05-01&to=2026-05-31`, 'staff'), 200);
    expect(sums.days).toHaveLength(2);
    expect(sums.totals).toEqual({ people: 10, items: { food: 10, naloxone: 4, syringes: 40 } });
    expect((await api.post(`/api/bike-stops/${slug}/tallies`, { date: '2026-05-05', people: -1 }, 'staff')).status).toBe(400);
    expect((await api.post(`/api/bike-stops/${slug}/tallies`, { date: '2026-05-05', people: 1, name: 'Ola' }, 'staff')).status).toBe(400);
    expect((await api.get(`/api/bike-stops/${slug}/tallies`, null)).status).toBe(401);
  });

  it('takes up to 24 kinds of item in one tally (one statement on D1, which binds 100 values) and refuses 25 with a 400', async () => {
    const { slug } = await createStop({ rrule: 'FREQ=WEEKLY;BYDAY=TU' });
    const kinds = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`item_${i}`, 1]));
    const many = await expectJson(await api.post(`/api/bike-stops/${slug}/tallies`, { date: '2026-05-05', people: 3, items: kinds(24) }, 'staff'), 201);
    expect(Object.keys(many.items)).toHaveLength(24);
    await expectJson(await api.post(`/api/bike-stops/${slug}/tallies`, { date: '2026-05-05', people: 3, items: kinds(25) }, 'staff'), 400);
  });
});

import { describe, expect, it } from 'vitest';
import { expectJson } from '../support/client';
import { localTime, nextDstSunday, nextWeekday } from '../support/dates';
import { unique } from '../support/target';
import { useTarget } from '../support/use-target';

const { api } = useTarget();

async function setUp(dist: Record<string, unknown> = {}) {
  const site = unique('site');
  await expectJson(await api.post('/api/sites', { slug: site, name: 'Værestedet', address: 'Torggata 1, Hamar' }, 'admin'), 201);
  const body = {
    slug: 'mat',
    name: 'Matutdeling',
    rrule: 'FREQ=WEEKLY;BYDAY=MO,TU,TH,FR',
    startsOn: '2026-01-01',
    opens: '10:00',
    closes: '11:30',
    slotMinutes: 15,
    perSlot: 2,
    ...dist,
  };
  await expectJson(await api.post(`/api/sites/${site}/distributions`, body, 'admin'), 201);
  return { site, base: `/api/sites/${site}/distributions/${body.slug}` };
}

describe('sites and distributions', () => {
  it('lists a created site with Oslo as the default zone', async () => {
    const { site } = await setUp();
    const sites = await expectJson<any[]>(await api.get('/api/sites'), 200);
    expect(sites.find((s) => s.slug === site)).toEqual({ slug: site, name: 'Værestedet', address: 'Torggata 1, Hamar', timezone: 'Europe/Oslo' });
  });

  it('refuses a second site with the same slug with 409', async () => {
    const { site } = await setUp();
    const res = await api.post('/api/sites', { slug: site, name: 'Again' }, 'admin');
    expect(res.status).toBe(409);
    expect((await res.json()).error.code).toBe('duplicate_slug');
  });

  it("cuts an opening day into slots and says which days are not opening days", async () => {
    const { base } = await setUp();
    const monday = nextWeekday(1);
    const day = await expectJson(await api.get(`${base}/slots?date=${monday}`), 200);
    expect(day.date).toBe(monday);
    expect(day.closed).toBeNull();
    expect(day.slots.map((s: any) => localTime(s.start))).toEqual(['10:00', '10:15', '10:30', '10:45', '11:00', '11:15']);
    expect(day.slots[0]).toMatchObject({ capacity: 2, taken: 0, free: 2 });
    const wednesday = nextWeekday(3);
    expect((await expectJson(await api.get(`${base}/slots?date=${wednesday}`), 200)).slots).toEqual([]);
  });

  it('keeps pickup times on the wall clock across both daylight-saving Sundays', async () => {
    const { base } = await setUp({ rrule: 'FREQ=DAILY', opens: '09:30', closes: '10:00' });
    const spring = await expectJson(await api.get(`${base}/slots?date=${nextDstSunday(3)}`), 200);
    const autumn = await expectJson(await api.get(`${base}/slots?date=${nextDstSunday(10)}`), 200);
    expect(spring.slots.map((s: any) => s.start.slice(11))).toEqual(['09:30:00+02:00', '09:45:00+02:00']);
    expect(autumn.slots.map((s: any) => s.start.slice(11))).toEqual(['09:30:00+01:00', '09:45:00+01:00']);
  });
});

describe('issuing tickets', () => {
  it('spreads a batch of 6 over 6 slots of 2, one each, in time order, with distinct codes', async () => {
    const { base } = await setUp();
    const date = nextWeekday(1);
    const { tickets } = await expectJson(await api.post(`${base}/tickets`, { date, count: 6 }, 'staff'), 201);
    expect(tickets.map((t: any) => localTime(t.start))).toEqual(['10:00', '10:15', '10:30', '10:45', '11:00', '11:15']);
    expect(new Set(tickets.map((t: any) => t.code)).size).toBe(6);
    for (const t of tickets) expect(t.code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(tickets.every((t: any) => t.status === 'booked')).toBe(true);
  });

  it('fills in time order with the earliest strategy and respects notBefore', async () => {
    const { base } = await setUp();
    const date = nextWeekday(2);
    const { tickets } = await expectJson(await api.post(`${base}/tickets`, { date, count: 3, strategy: 'earliest', notBefore: '10:30' }, 'staff'), 201);
    expect(tickets.map((t: any) => localTime(t.start))).toEqual(['10:30', '10:30', '10:45']);
  });

  it('issues all or nothing: asking for more than is free gives 409 with free and issues none', async () => {
    const { base } = await setUp();
    const date = nextWeekday(4);
    await expectJson(await api.post(`${base}/tickets`, { date, count: 10 }, 'staff'), 201);
    const res = await api.post(`${base}/tickets`, { date, count: 3 }, 'staff');
    const body = await expectJson(res, 409);
    expect(body.error.free).toBe(2);
    const day = await expectJson(await api.get(`${base}/slots?date=${date}`), 200);
    expect(day.slots.reduce((n: number, s: any) => n + s.taken, 0)).toBe(10);
  });

  it('refuses a day that is not an opening day', async () => {
    const { base } = await setUp();
    const res = await api.post(`${base}/tickets`, { date: nextWeekday(3) }, 'staff');
    expect((await expectJson(res, 409)).error.code).toBe('not_open');
  });
});

describe('a ticket after issue', () => {
  it('is found by its code typed loosely, with place and time', async () => {
    const { site, base } = await setUp();
    const date = nextWeekday(5);
    const [ticket] = (await expectJson(await api.post(`${base}/tickets`, { date, note: 'rullestol' }, 'staff'), 201)).tickets;
    const loose = ticket.code.toLowerCase().replace('-', ' ').replace(/0/g, 'o').replace(/1/g, 'l');
    const found = await expectJson(await api.get(`/api/tickets/${encodeURIComponent(loose)}`), 200);
    expect(found).toMatchObject({
      code: ticket.code,
      status: 'booked',
      start: ticket.start,
      end: ticket.end,
      site: { slug: site, name: 'Værestedet', address: 'Torggata 1, Hamar' },
      distribution: { slug: 'mat', name: 'Matutdeling' },
      notice: null,
    });
    expect(found.note).toBeUndefined();
  });

  it('is marked picked up by a volunteer and shows so in the pickup list', async () => {
    const { site, base } = await setUp();
    const date = nextWeekday(1, 21);
    const { tickets } = await expectJson(await api.post(`${base}/tickets`, { date, count: 2 }, 'staff'), 201);
    await expectJson(await api.post(`/api/tickets/${tickets[0].code}/status`, { status: 'picked_up' }, 'volunteer'), 200);
    await expectJson(await api.post(`/api/tickets/${tickets[1].code}/status`, { status: 'no_show' }, 'volunteer'), 200);
    const list = await expectJson(await api.get(`/api/sites/${site}/pickups?date=${date}`, 'volunteer'), 200);
    expect(list.totals).toEqual({ booked: 0, picked_up: 1, no_show: 1, cancelled: 0 });
    const slots = list.distributions[0].slots;
    expect(slots.map((s: any) => localTime(s.start))).toEqual(['10:00', '10:15', '10:30', '10:45', '11:00', '11:15']);
    expect(slots[0].tickets).toEqual([{ code: tickets[0].code, status: 'picked_up', note: null }]);
  });

  it('can be moved to a free slot and carries a notice naming the old time; a full target gives 409', async () => {
    const { base } = await setUp();
    const date = nextWeekday(2, 21);
    const { tickets } = await expectJson(await api.post(`${base}/tickets`, { date, count: 3, strategy: 'earliest' }, 'staff'), 201);
    const later = (await expectJson(await api.get(`${base}/slots?date=${date}`), 200)).slots[3].start;
    const moved = await expectJson(await api.post(`/api/tickets/${tickets[0].code}/move`, { start: later }, 'staff'), 200);
    expect(moved.start).toBe(later);
    expect(moved.notice).toContain('10:00');
    const full = await api.post(`/api/tickets/${tickets[2].code}/move`, { start: tickets[1].start }, 'staff');
    expect(full.status).toBe(200); // 10:00 has a free seat again after the move
    const refused = await api.post(`/api/tickets/${tickets[0].code}/move`, { start: tickets[1].start }, 'staff');
    expect((await expectJson(refused, 409)).error.code).toBe('slot_full');
  });
});

describe('closures and capacity changes', () => {
  it('closing a day cancels its tickets with the reason as notice and refuses new ones', async () => {
    const { base } = await setUp();
    const date = nextWeekday(4, 21);
    const { tickets } = await expectJson(await api.post(`${base}/tickets`, { date, count: 4 }, 'staff'), 201);
    expect(await expectJson(await api.post(`${base}/closures`, { date, reason: 'Vannlekkasje' }, 'staff'), 201)).toEqual({ cancelled: 4 });
    const t = await expectJson(await api.get(`/api/tickets/${tickets[0].code}`), 200);
    expect(t.status).toBe('cancelled');
    expect(t.notice).toContain('Vannlekkasje');
    const day = await expectJson(await api.get(`${base}/slots?date=${date}`), 200);
    expect(day.closed).toEqual({ reason: 'Vannlekkasje' });
    for (const count of [1, 2]) {
      const refused = await expectJson(await api.post(`${base}/tickets`, { date, count }, 'staff'), 409);
      expect(refused.error.code).toBe('day_closed');
      expect(refused.error.message).toContain('Vannlekkasje');
    }
    // Only that day: the next opening day still takes tickets.
    await expectJson(await api.post(`${base}/tickets`, { date: nextWeekday(4, 28) }, 'staff'), 201);
    expect((await expectJson(await api.post(`${base}/closures`, { date, reason: 'igjen' }, 'staff'), 409)).error.code).toBe('already_closed');
  });

  it('gives no seat back on a closed day: restoring one of its cancelled tickets is refused and changes nothing', async () => {
    const { base } = await setUp();
    const date = nextWeekday(4, 21);
    const { tickets } = await expectJson(await api.post(`${base}/tickets`, { date, count: 2 }, 'staff'), 201);
    await expectJson(await api.post(`${base}/closures`, { date, reason: 'Stengt' }, 'staff'), 201);
    const refused = await expectJson(await api.post(`/api/tickets/${tickets[0].code}/status`, { status: 'booked' }, 'staff'), 409);
    expect(refused.error.code).toBe('day_closed');
    const still = await expectJson(await api.get(`/api/tickets/${tickets[0].code}`), 200);
    expect({ status: still.status, notice: still.notice }).toMatchObject({ status: 'cancelled', notice: expect.stringContaining('Stengt') });
    // Reopened, the day takes it back.
    await expectJson(await api.delete(`${base}/closures/${date}`, 'staff'), 204);
    expect((await expectJson(await api.post(`/api/tickets/${tickets[0].code}/status`, { status: 'booked' }, 'staff'), 200)).status).toBe('booked');
  });

  it('lowering perSlot moves overflow to the nearest later free slot in issue order and cancels what fits nowhere', async () => {
    const { base } = await setUp({ opens: '10:00', closes: '11:00', perSlot: 3 });
    const date = nextWeekday(5, 21);
    // 4 slots × 3 = 12 seats; fill 3+3+1+0 in time order.
    const { tickets } = await expectJson(await api.post(`${base}/tickets`, { date, count: 7, strategy: 'earliest' }, 'staff'), 201);
    const preview = await expectJson(await api.patch(`${base}?dryRun=1`, { perSlot: 2 }), 401);
    expect(preview.error.code).toBe('unauthorized');
    const dry = await expectJson(await api.patch(`${base}?dryRun=1`, { perSlot: 2 }, 'admin'), 200);
    expect(dry).toMatchObject({ moved: 2, cancelled: 0, dryRun: true });
    expect((await expectJson(await api.get(`${base}/slots?date=${date}`), 200)).slots[0].capacity).toBe(3);
    const result = await expectJson(await api.patch(base, { perSlot: 2 }, 'admin'), 200);
    expect(result).toMatchObject({ moved: 2, cancelled: 0 });
    const day = await expectJson(await api.get(`${base}/slots?date=${date}`), 200);
    expect(day.slots.map((s: any) => s.taken)).toEqual([2, 2, 2, 1]);
    const thirdIssued = await expectJson(await api.get(`/api/tickets/${tickets[2].code}`), 200);
    expect(localTime(thirdIssued.start)).toBe('10:30');
    expect(thirdIssued.notice).toContain('10:00');

    const shorter = await expectJson(await api.patch(base, { closes: '10:30' }, 'admin'), 200);
    expect(shorter).toMatchObject({ moved: 0, cancelled: 3 });
    const after = await expectJson(await api.get(`${base}/slots?date=${date}`), 200);
    expect(after.slots.map((s: any) => s.taken)).toEqual([2, 2]);
  });
});

describe('the API surface', () => {
  it('serves an OpenAPI 3.1 document listing the routes', async () => {
    const doc = await expectJson(await api.get('/api/openapi.json'), 200);
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/sites', '/api/tickets/{code}', '/api/sites/{site}/distributions/{dist}/tickets']));
    expect(doc.paths['/api/sites/{site}/distributions/{dist}/tickets'].post.requestBody.content['application/json'].schema.properties.count.maximum).toBe(500);
  });

  it('answers unknown API routes with a JSON 404', async () => {
    const body = await expectJson(await api.get('/api/nothing-here'), 404);
    expect(body.error.code).toBe('not_found');
  });

  it('reports health', async () => {
    expect(await expectJson(await api.get('/healthz'), 200)).toEqual({ ok: true });
  });
});

import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { expectJson } from '../support/client';
import { unique } from '../support/target';
import { useTarget } from '../support/use-target';

/**
 * SPEC: no slot ever holds more tickets than its capacity, not under concurrent requests, not on
 * D1. On the worker these requests really run at once against workerd and its local D1.
 */
describe('concurrent ticket requests for a limited number of seats', () => {
  const { api } = useTarget();

  it('issue exactly as many tickets as there are seats, and no slot goes over', async () => {
    const site = unique('site');
    const dist = unique('dist');
    // A month ahead, in the site's zone: an opening day whatever the machine's clock or zone.
    const date = DateTime.now().setZone('Europe/Oslo').plus({ days: 30 }).toISODate()!;
    await expectJson(await api.post('/api/sites', { slug: site, name: 'Concurrency centre', timezone: 'Europe/Oslo' }, 'admin'), 201);
    await expectJson(
      await api.post(
        `/api/sites/${site}/distributions`,
        { slug: dist, name: 'Food', rrule: 'FREQ=DAILY', startsOn: date, opens: '10:00', closes: '11:00', slotMinutes: 20, perSlot: 4 },
        'admin',
      ),
      201,
    );
    const seats = 3 * 4;
    const requests = 60;
    await api.cookieFor('staff'); // log in once, not sixty times at once

    const path = `/api/sites/${site}/distributions/${dist}/tickets`;
    const responses = await Promise.all(Array.from({ length: requests }, () => api.post(path, { date, count: 1 }, 'staff')));
    const bodies = await Promise.all(responses.map(async (res) => ({ status: res.status, body: await res.json() })));

    const issued = bodies.filter((r) => r.status === 201);
    const refused = bodies.filter((r) => r.status === 409);
    expect({ issued: issued.length, refused: refused.length }).toEqual({ issued: seats, refused: requests - seats });
    for (const r of refused) expect(r.body.error).toBeDefined();
    const codes = issued.flatMap((r) => r.body.tickets.map((t: { code: string }) => t.code));
    expect(codes).toHaveLength(seats);
    expect(new Set(codes).size).toBe(seats);

    const day = await expectJson(await api.get(`${path.replace(/tickets$/, 'slots')}?date=${date}`), 200);
    expect(day.slots).toHaveLength(3);
    for (const slot of day.slots) {
      expect(slot.capacity).toBe(4);
      expect(slot.taken).toBe(slot.capacity);
      expect(slot.free).toBe(0);
    }
  }, 60_000);

  // D1 binds at most 100 parameters a statement (Node's SQLite allows 32 766), so a big batch
  // must be split into several inserts inside one atomic batch.
  it('issue a batch of 200 tickets in one request', async () => {
    const site = unique('site');
    const dist = unique('dist');
    const date = DateTime.now().setZone('Europe/Oslo').plus({ days: 31 }).toISODate()!;
    await expectJson(await api.post('/api/sites', { slug: site, name: 'Big batch centre' }, 'admin'), 201);
    await expectJson(
      await api.post(
        `/api/sites/${site}/distributions`,
        { slug: dist, name: 'Food', rrule: 'FREQ=DAILY', startsOn: date, opens: '10:00', closes: '12:00', slotMinutes: 30, perSlot: 50 },
        'admin',
      ),
      201,
    );
    const body = await expectJson(await api.post(`/api/sites/${site}/distributions/${dist}/tickets`, { date, count: 200 }, 'staff'), 201);
    expect(body.tickets).toHaveLength(200);
    expect(new Set(body.tickets.map((t: { code: string }) => t.code)).size).toBe(200);
    const day = await expectJson(await api.get(`/api/sites/${site}/distributions/${dist}/slots?date=${date}`), 200);
    expect(day.slots.map((s: { taken: number }) => s.taken)).toEqual([50, 50, 50, 50]);
  }, 60_000);
});

import Database from 'better-sqlite3';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { daySlots } from '../../src/domain/slots';
import { type ServerProcess, tempDatabaseFile, useTwoServers } from '../support/server-process';

const file = tempDatabaseFile();
const ZONE = 'Europe/Oslo';
const date = DateTime.now().setZone(ZONE).plus({ days: 30 }).toISODate()!;
const path = '/api/sites/sentrum/distributions/mat';

const servers = useTwoServers(file, async ({ a, cookieA }) => {
  expect((await send(a, cookieA, 'POST', '/api/sites', { slug: 'sentrum', name: 'Sentrum', timezone: ZONE })).status).toBe(201);
  const dist = { slug: 'mat', name: 'Mat', rrule: 'FREQ=DAILY', startsOn: '2026-01-01', opens: '10:00', closes: '13:00', slotMinutes: 15, perSlot: 10 };
  expect((await send(a, cookieA, 'POST', '/api/sites/sentrum/distributions', dist)).status).toBe(201);
});

function send(server: ServerProcess, cookie: string, method: string, url: string, body: unknown) {
  return fetch(`${server.url}${url}`, { method, headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify(body) });
}

/** The changes one after the other from process B, each tried until it lands (409 = busy). */
async function shrink(changes: Record<string, unknown>[]) {
  const { b, cookieB } = servers;
  const statuses: number[] = [];
  for (const change of changes) {
    for (let tries = 0; tries < 20; tries++) {
      const res = await send(b, cookieB, 'PATCH', path, change);
      statuses.push(res.status);
      await res.arrayBuffer();
      if (res.status !== 409) break;
    }
  }
  return statuses;
}

describe('a capacity change from one process while the other issues walk-ins', () => {
  it('leaves no slot over its new capacity and no ticket outside the new hours', async () => {
    const { a, cookieA } = servers;
    const walkIns = Array.from({ length: 160 }, (_, i) => send(a, cookieA, 'POST', `${path}/tickets`, { date, count: 1 + (i % 3 === 0 ? 1 : 0) }));
    const [walkInReplies, changeStatuses] = await Promise.all([
      Promise.all(walkIns),
      shrink([{ perSlot: 6 }, { closes: '12:00' }, { perSlot: 4 }, { closes: '11:00' }]),
    ]);
    const walkInStatuses = walkInReplies.map((r) => r.status);
    expect(walkInStatuses.filter((s) => s !== 201 && s !== 409)).toEqual([]);
    expect(changeStatuses.filter((s) => s !== 200 && s !== 409)).toEqual([]);
    expect(changeStatuses.filter((s) => s === 200)).toHaveLength(4);

    const db = new Database(file, { readonly: true });
    const dist = db.prepare(`select per_slot, closes from distributions where slug = 'mat'`).get() as { per_slot: number; closes: string };
    const loads = db
      .prepare(`select slot_start, count(*) n, sum(status = 'booked') booked from tickets where date = ? and status <> 'cancelled' group by slot_start`)
      .all(date) as { slot_start: number; n: number; booked: number }[];
    db.close();
    expect(dist).toEqual({ per_slot: 4, closes: '11:00' });
    const slots = new Set(daySlots({ date, opens: '10:00', closes: '11:00', slotMinutes: 15, zone: ZONE }).map((s) => s.start));
    for (const load of loads) {
      expect(slots.has(load.slot_start)).toBe(true);
      expect(load.n).toBeLessThanOrEqual(4);
    }
  }, 180_000);
});

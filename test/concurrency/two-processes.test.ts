import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { nextWeekday } from '../support/dates';
import { type ServerProcess, tempDatabaseFile, useTwoServers } from '../support/server-process';

const file = tempDatabaseFile();
const date = nextWeekday(3, 14);

const servers = useTwoServers(file, async ({ a, cookieA }) => {
  const post = (path: string, body: unknown) =>
    fetch(`${a.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', cookie: cookieA }, body: JSON.stringify(body) });
  expect((await post('/api/sites', { slug: 'sentrum', name: 'Sentrum' })).status).toBe(201);
  const dist = { slug: 'mat', name: 'Mat', rrule: 'FREQ=WEEKLY;BYDAY=WE', startsOn: '2026-01-07', opens: '10:00', closes: '12:30', slotMinutes: 15, perSlot: 5 };
  expect((await post('/api/sites/sentrum/distributions', dist)).status).toBe(201);
});

function issue(server: ServerProcess, cookie: string, count: number) {
  return fetch(`${server.url}/api/sites/sentrum/distributions/mat/tickets`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ date, count }),
  });
}

describe('two Node processes on one SQLite file', () => {
  it('hand out exactly the 50 seats to 300 concurrent requests and never overbook a slot', async () => {
    const { a, b, cookieA, cookieB } = servers;
    const requests = Array.from({ length: 300 }, (_, i) => (i % 2 === 0 ? issue(a, cookieA, 1) : issue(b, cookieB, 1)));
    const responses = await Promise.all(requests);
    const statuses = responses.map((r) => r.status);
    const bodies = await Promise.all(responses.map((r) => r.json()));
    expect(statuses.filter((s) => s === 201)).toHaveLength(50);
    expect(statuses.filter((s) => s === 409)).toHaveLength(250);
    const codes = bodies.filter((_, i) => statuses[i] === 201).map((b) => b.tickets[0].code);
    expect(new Set(codes).size).toBe(50);

    const slots = (await (await fetch(`${b.url}/api/sites/sentrum/distributions/mat/slots?date=${date}`)).json()).slots;
    expect(slots.every((s: any) => s.taken === 5 && s.free === 0)).toBe(true);

    const db = new Database(file, { readonly: true });
    const perSlot = db.prepare(`select slot_start, count(*) n from tickets where status <> 'cancelled' group by slot_start`).all() as { n: number }[];
    db.close();
    expect(perSlot).toHaveLength(10);
    expect(Math.max(...perSlot.map((r) => r.n))).toBe(5);
  }, 120_000);

  it('keeps batches all or nothing when both processes race for the last seats', async () => {
    const { a, b, cookieA, cookieB } = servers;
    await fetch(`${a.url}/api/sites/sentrum/distributions/mat`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', cookie: cookieA },
      body: JSON.stringify({ perSlot: 8 }),
    });
    // 10 slots × 3 new seats = 30 free; 40 batches of 3 race for them: exactly 10 win.
    const responses = await Promise.all(Array.from({ length: 40 }, (_, i) => (i % 2 ? issue(a, cookieA, 3) : issue(b, cookieB, 3))));
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(10);
    expect(statuses.filter((s) => s === 409)).toHaveLength(30);
    const db = new Database(file, { readonly: true });
    const counts = db.prepare(`select count(*) n, max(c) m from (select count(*) c from tickets where status <> 'cancelled' group by slot_start)`).get() as { n: number; m: number };
    const total = db.prepare(`select count(*) n from tickets where status <> 'cancelled'`).get() as { n: number };
    db.close();
    expect(total.n).toBe(80);
    expect(counts.m).toBe(8);
  }, 120_000);
});

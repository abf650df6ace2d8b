import BetterSqlite3 from 'better-sqlite3';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/adapters/node-sqlite';
import { createDistribution } from '../../src/db/distributions';
import { distributions, sites, tickets } from '../../src/db/schema';
import { createSite } from '../../src/db/sites';
import { findTicketWithCounter } from '../../src/db/tickets';
import type { Services } from '../../src/services';
import { sqliteServices } from '../support/sqlite-services';

// Plain and atomic writes and the public look-up's row, on a real SQLite file, with a second
// connection to see what is on disk.
let db: ReturnType<typeof sqliteServices>;
let file: string;
let store: ReturnType<typeof openSqliteStore>;
let services: Services;
let distId: number;
const start = Date.parse('2026-03-02T09:00:00Z');
let n = 0;
const code = () => `T${String(n++).padStart(7, '0')}`;

beforeAll(async () => {
  db = sqliteServices('writes');
  ({ file, store, services } = db);
  const site = await createSite(services, { slug: 'writes', name: 'Writes', address: 'Storgata 1 <b>' });
  const d = await createDistribution(services, site, { slug: 'food', name: 'Food', rrule: 'FREQ=DAILY', startsOn: '2026-03-01', opens: '10:00', closes: '12:00', slotMinutes: 15, perSlot: 2 });
  distId = d.id;
});
afterAll(() => db.close());

const insertTicket = (ticketCode: string, slot = 0) =>
  store.db
    .insert(tickets)
    .values({ code: ticketCode, distributionId: distId, date: '2026-03-02', slotStart: start + slot * 900_000, slotEnd: start + (slot + 1) * 900_000, status: 'booked', issuedAt: 1, updatedAt: 1 })
    .returning()
    .all();

describe('writes on better-sqlite3', () => {
  it('commits a single statement by itself: another connection sees it once it returns', async () => {
    const reader = new BetterSqlite3(file, { readonly: true });
    try {
      const onDisk = (x: string) => (reader.prepare('select count(*) as n from tickets where code = ?').get(x) as { n: number }).n;
      const a = code();
      await insertTicket(a, 0);
      expect(onDisk(a)).toBe(1);
    } finally {
      reader.close();
    }
  });

  it('runs store.atomic all or nothing: a capacity trigger refusing the last statement undoes the first', async () => {
    const [a, b, c] = [code(), code(), code()];
    const insert = (x: string, slot: number) =>
      store.db
        .insert(tickets)
        .values({ code: x, distributionId: distId, date: '2026-03-02', slotStart: start + slot * 900_000, slotEnd: start + (slot + 1) * 900_000, status: 'booked', issuedAt: 1, updatedAt: 1 })
        .returning({ id: tickets.id });
    // Capacity 2 a slot: the third seat in slot 7 is refused.
    await expect(store.atomic([insert(a, 7), insert(b, 7), insert(c, 7)])).rejects.toThrow(/slot_full/);
    const found = await store.db.select({ code: tickets.code }).from(tickets).where(sql`${tickets.code} in (${a}, ${b}, ${c})`).all();
    expect(found).toEqual([]);
    const raw = (store.db as unknown as { $client: BetterSqlite3.Database }).$client;
    expect(raw.inTransaction).toBe(false);
  });
});

describe('findTicketWithCounter', () => {
  it('gives the ticket and its place as the plain drizzle select does, nulls included, and no counter without one', async () => {
    const plain = code();
    const [row] = await insertTicket(plain, 3);
    await store.db.update(tickets).set({ note: 'rullestol', notice: null }).where(eq(tickets.id, row!.id));
    const byDrizzle = await store.db
      .select({ ticket: tickets, site: sites, distribution: distributions })
      .from(tickets)
      .innerJoin(distributions, eq(distributions.id, tickets.distributionId))
      .innerJoin(sites, eq(sites.id, distributions.siteId))
      .where(eq(tickets.code, plain))
      .get();
    const hit = await findTicketWithCounter(services, plain.toLowerCase(), 'code:nobody');
    const found = hit?.found;
    expect(found).toEqual(byDrizzle);
    expect(hit?.counter).toBeNull();
    expect(found!.distribution.until).toBeNull();
    expect(found!.site.address).toBe('Storgata 1 <b>');
    expect(await findTicketWithCounter(services, 'ZZZZ-ZZZZ', 'code:nobody')).toBeNull();
    expect(await store.db.get(sql`select 1 as ok`)).toEqual({ ok: 1 });
  });
});

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

// Group commit (several one-statement writes, one transaction) and the hand-mapped ticket read,
// on a real SQLite file, with a second connection to see what is on disk.
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

describe('commitGrouped on better-sqlite3', () => {
  it('commits the writes of one turn together; a failing one undoes only itself and its caller alone gets the error', async () => {
    const reader = new BetterSqlite3(file, { readonly: true });
    try {
      const countOnDisk = () => (reader.prepare('select count(*) as n from tickets where distribution_id = ?').get(distId) as { n: number }).n;
      const before = countOnDisk();
      const [a, b, c] = [code(), code(), code()];
      // Capacity 2 a slot: the third seat's capacity trigger RAISEs inside the shared transaction.
      const settled = await Promise.allSettled([a, b, c].map((x) => store.commitGrouped(() => insertTicket(x))));
      expect(settled.map((s) => s.status)).toEqual(['fulfilled', 'fulfilled', 'rejected']);
      expect(String((settled[2] as PromiseRejectedResult).reason)).toContain('slot_full');
      // Answered only after COMMIT: another connection already sees both rows.
      expect(countOnDisk()).toBe(before + 2);
      const codes = (reader.prepare('select code from tickets where distribution_id = ? order by id').all(distId) as { code: string }[]).map((r) => r.code);
      expect(codes.slice(-2)).toEqual([a, b]);
    } finally {
      reader.close();
    }
  });

  it('acknowledges nothing of a group whose transaction SQLite rolled back by itself (an I/O error)', async () => {
    const raw = (store.db as unknown as { $client: BetterSqlite3.Database }).$client;
    const [a, b] = [code(), code()];
    const count = () => (raw.prepare('select count(*) as n from tickets where code in (?, ?)').get(a, b) as { n: number }).n;
    const settled = await Promise.allSettled([
      store.commitGrouped(() => insertTicket(a, 5)),
      // What SQLite does on SQLITE_FULL or SQLITE_IOERR: the transaction is gone.
      store.commitGrouped(() => raw.exec('ROLLBACK')),
      store.commitGrouped(() => insertTicket(b, 6)),
    ]);
    expect(settled.map((x) => x.status)).toEqual(['rejected', 'rejected', 'rejected']);
    expect(count()).toBe(0);
    expect(raw.inTransaction).toBe(false);
    // The next turn works as usual.
    await store.commitGrouped(() => insertTicket(code(), 5));
  });

  it('runs the writes of one turn in one transaction, and a later turn in another', async () => {
    const inTransaction: boolean[] = [];
    const raw = (store.db as unknown as { $client: BetterSqlite3.Database }).$client;
    await Promise.all([1, 2].map(() => store.commitGrouped(() => inTransaction.push(raw.inTransaction))));
    expect(inTransaction).toEqual([true, true]);
    expect(raw.inTransaction).toBe(false);
    await store.commitGrouped(() => inTransaction.push(raw.inTransaction));
    expect(inTransaction).toEqual([true, true, true]);
  });
});

describe('findTicketWithCounter', () => {
  it('maps the row exactly as drizzle does, nulls included', async () => {
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
    const found = (await findTicketWithCounter(services, plain.toLowerCase(), 'code:nobody'))?.found;
    expect(found).toEqual(byDrizzle);
    expect(found!.distribution.until).toBeNull();
    expect(found!.site.address).toBe('Storgata 1 <b>');
    expect(await findTicketWithCounter(services, 'ZZZZ-ZZZZ', 'code:nobody')).toBeNull();
    expect(await store.db.get(sql`select 1 as ok`)).toEqual({ ok: 1 });
  });
});

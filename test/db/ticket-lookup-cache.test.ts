import BetterSqlite3 from 'better-sqlite3';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/adapters/node-sqlite';
import { createDistribution } from '../../src/db/distributions';
import { createSite } from '../../src/db/sites';
import { noticesInForce } from '../../src/db/notices';
import { findTicketWithCounter, setTicketStatus } from '../../src/db/tickets';
import type { Services } from '../../src/services';
import { sqliteServices } from '../support/sqlite-services';

// The public look-up answers from memory while the database's change token stands; every write
// by this connection must show at once, and a commit by another process from the next turn of the
// event loop on (the other process's commit is read once a turn).
let db: ReturnType<typeof sqliteServices>;
let store: ReturnType<typeof openSqliteStore>;
let services: Services;
let other: BetterSqlite3.Database;
let distId: number;
let n = 0;

beforeAll(async () => {
  db = sqliteServices('lookup-cache');
  ({ store, services } = db);
  const site = await createSite(services, { slug: 'cache', name: 'Cache' });
  distId = (await createDistribution(services, site, { slug: 'mat', name: 'Mat', rrule: 'FREQ=DAILY', startsOn: '2026-03-01', opens: '10:00', closes: '12:00', slotMinutes: 15, perSlot: 5 })).id;
  other = db.otherProcess();
});
afterAll(() => db.close());

/** The next turn of the event loop, where a commit by another process shows. */
const nextTurn = () => new Promise<void>((done) => setImmediate(done));

function newTicket() {
  const code = `C${String(n++).padStart(7, '0')}`;
  const start = Date.parse('2026-03-02T09:00:00Z');
  other
    .prepare('insert into tickets (code, distribution_id, date, slot_start, slot_end, status, issued_at, updated_at) values (?, ?, ?, ?, ?, ?, 1, 1)')
    .run(code, distId, '2026-03-02', start, start + 900_000, 'booked');
  return code;
}

describe('the ticket look-up while nothing changed', () => {
  it('sees this connection’s own writes at once', async () => {
    const code = newTicket();
    const first = await findTicketWithCounter(services, code, 'code:a');
    expect(first!.found.ticket.status).toBe('booked');
    expect(await findTicketWithCounter(services, code, 'code:a')).toEqual(first);
    await setTicketStatus(services, first!.found, 'picked_up', false);
    expect((await findTicketWithCounter(services, code, 'code:a'))!.found.ticket.status).toBe('picked_up');
  });

  it('sees another process’s commits from the next turn on: a status, a counter, a deleted ticket', async () => {
    const code = newTicket();
    await nextTurn();
    expect((await findTicketWithCounter(services, code, 'code:b'))!.counter).toBeNull();
    other.prepare('update tickets set status = ? where code = ?').run('no_show', code);
    // Within the turn the answer stands, as if the commit had landed a moment later.
    expect((await findTicketWithCounter(services, code, 'code:b'))!.found.ticket.status).toBe('booked');
    await nextTurn();
    expect((await findTicketWithCounter(services, code, 'code:b'))!.found.ticket.status).toBe('no_show');
    other.prepare('insert into rate_limits (key, window_start, count) values (?, ?, ?)').run('code:b', 5, 20);
    await nextTurn();
    expect((await findTicketWithCounter(services, code, 'code:b'))!.counter).toEqual({ windowStart: 5, count: 20 });
    other.prepare('delete from tickets where code = ?').run(code);
    await nextTurn();
    expect(await findTicketWithCounter(services, code, 'code:b')).toBeNull();
  });

  it('answers from memory while the token stands (so the token is what keeps it right)', async () => {
    const code = newTicket();
    const realToken = store.changeToken!.bind(store);
    try {
      store.changeToken = () => 'frozen';
      expect((await findTicketWithCounter(services, code, 'code:c'))!.found.ticket.status).toBe('booked');
      other.prepare('update tickets set status = ? where code = ?').run('no_show', code);
      expect((await findTicketWithCounter(services, code, 'code:c'))!.found.ticket.status).toBe('booked');
    } finally {
      store.changeToken = realToken;
    }
    expect((await findTicketWithCounter(services, code, 'code:c'))!.found.ticket.status).toBe('no_show');
  });
});

describe('the ticket look-up inside a transaction', () => {
  it('remembers nothing read there: a rollback undoes rows but not total_changes()', async () => {
    const code = `R${String(n++).padStart(7, '0')}`;
    const start = Date.parse('2026-03-02T09:00:00Z');
    await store.db.run(sql`begin`);
    try {
      await store.db.run(
        sql`insert into tickets (code, distribution_id, date, slot_start, slot_end, status, issued_at, updated_at) values (${code}, ${distId}, '2026-03-02', ${start}, ${start + 900_000}, 'booked', 1, 1)`,
      );
      expect((await findTicketWithCounter(services, code, 'code:d'))!.found.ticket.code).toBe(code);
    } finally {
      await store.db.run(sql`rollback`);
    }
    expect(await findTicketWithCounter(services, code, 'code:d')).toBeNull();
  });
});

describe('the notices in force while nothing changed', () => {
  it('shows a notice another process wrote, and drops one it deleted, from the next turn on', async () => {
    expect(await noticesInForce(services, null, '2026-03-05')).toEqual([]);
    other.prepare("insert into notices (site_id, text_nb, from_date, to_date, created_at) values (null, 'Stengt fredag', '2026-03-01', '2026-03-10', 1)").run();
    await nextTurn();
    expect((await noticesInForce(services, null, '2026-03-05')).map((n) => n.text.nb)).toEqual(['Stengt fredag']);
    expect(await noticesInForce(services, null, '2026-03-11')).toEqual([]);
    other.prepare('delete from notices').run();
    await nextTurn();
    expect(await noticesInForce(services, null, '2026-03-05')).toEqual([]);
  });
});

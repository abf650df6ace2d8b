import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/adapters/node-sqlite';
import { createDistribution } from '../../src/db/distributions';
import { createSite } from '../../src/db/sites';
import type { Services } from '../../src/services';
import { sqliteServices } from '../support/sqlite-services';

// slot_loads is a counter kept by triggers; these check it always equals a fresh count, and that
// the capacity triggers reading it still refuse what the old counting ones refused.
let db: ReturnType<typeof sqliteServices>;
let store: ReturnType<typeof openSqliteStore>;
let services: Services;
let distId: number;
const slot = (k: number) => Date.parse('2026-03-02T09:00:00Z') + k * 15 * 60_000;
let n = 0;

beforeAll(async () => {
  db = sqliteServices('loads');
  ({ store, services } = db);
  const site = await createSite(services, { slug: 'loads', name: 'Loads' });
  const d = await createDistribution(services, site, { slug: 'food', name: 'Food', rrule: 'FREQ=DAILY', startsOn: '2026-03-01', opens: '10:00', closes: '12:00', slotMinutes: 15, perSlot: 3 });
  distId = d.id;
});
afterAll(() => db.close());

const insert = (k: number, status = 'booked') =>
  store.db.run(sql`insert into tickets (code, distribution_id, date, slot_start, slot_end, status, issued_at, updated_at)
    values (${`C${n++}`}, ${distId}, '2026-03-02', ${slot(k)}, ${slot(k + 1)}, ${status}, 0, 0)`);
const run = (query: ReturnType<typeof sql>) => store.db.run(query);

async function loads() {
  const counter = await store.db.all<{ s: number; n: number }>(sql`select slot_start as s, taken as n from slot_loads where taken <> 0 order by s`);
  const counted = await store.db.all<{ s: number; n: number }>(
    sql`select slot_start as s, count(*) as n from tickets where status <> 'cancelled' group by distribution_id, slot_start order by s`,
  );
  expect(counter).toEqual(counted);
  return Object.fromEntries(counter.map((r) => [r.s, r.n]));
}

// better-sqlite3 throws synchronously, D1 rejects: take a function and catch both.
async function refused(query: () => unknown) {
  const error = await (async () => query())().then(() => null, (e: unknown) => e);
  expect(String((error as Error)?.message) + String((error as { cause?: Error })?.cause?.message)).toContain('slot_full');
}

describe('slot loads', () => {
  it('follow inserts, cancels, un-cancels, moves and deletes exactly', async () => {
    await insert(0);
    await insert(0);
    await insert(1, 'cancelled');
    expect(await loads()).toEqual({ [slot(0)]: 2 });
    await run(sql`update tickets set status = 'cancelled' where code = 'C0'`);
    expect(await loads()).toEqual({ [slot(0)]: 1 });
    await run(sql`update tickets set status = 'booked' where code = 'C2'`);
    await run(sql`update tickets set status = 'picked_up' where code = 'C1'`);
    expect(await loads()).toEqual({ [slot(0)]: 1, [slot(1)]: 1 });
    await run(sql`update tickets set slot_start = ${slot(2)} where code = 'C1'`);
    await run(sql`update tickets set slot_start = ${slot(3)} where code = 'C0'`);
    expect(await loads()).toEqual({ [slot(1)]: 1, [slot(2)]: 1 });
    await run(sql`delete from tickets where code in ('C1', 'C0')`);
    expect(await loads()).toEqual({ [slot(1)]: 1 });
  });

  it('still refuse a seat past capacity on insert, un-cancel and move, changing nothing', async () => {
    await insert(5);
    await insert(5);
    await insert(5);
    await refused(() => insert(5));
    await insert(5, 'cancelled');
    const cancelled = `C${n - 1}`;
    await refused(() => run(sql`update tickets set status = 'booked' where code = ${cancelled}`));
    await insert(6);
    await refused(() => run(sql`update tickets set slot_start = ${slot(5)} where code = ${`C${n - 1}`}`));
    // A multi-row insert aborts as a whole when its rows overfill a slot.
    await refused(() =>
      run(sql`insert into tickets (code, distribution_id, date, slot_start, slot_end, status, issued_at, updated_at)
        select 'M' || value, ${distId}, '2026-03-02', ${slot(7)}, ${slot(8)}, 'booked', 0, 0 from json_each('[1,2,3,4]')`),
    );
    expect((await loads())[slot(5)]).toBe(3);
    expect((await loads())[slot(7)]).toBeUndefined();
  });

  it('go with their distribution', async () => {
    await run(sql`delete from distributions where id = ${distId}`);
    expect(await store.db.all(sql`select * from slot_loads`)).toEqual([]);
  });
});

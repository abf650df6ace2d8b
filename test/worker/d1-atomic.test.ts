import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { getPlatformProxy } from 'wrangler';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openD1Store, type D1Database } from '../../src/adapters/d1';
import type { Store } from '../../src/db/store';
import { countingDatabaseUse, DatabaseUse } from '../../src/db/database-use';

// A table of its own, so this checks D1's batch semantics, not the app's schema.
const seats = sqliteTable('atomic_probe', { id: integer('id').primaryKey(), slot: integer('slot').notNull(), who: text('who').notNull() });

/**
 * Store.atomic on D1 is `batch()`: the code relies on a failing statement (a capacity trigger's
 * RAISE) undoing the statements before it in the same batch. Checked on workerd's local D1.
 */
describe('D1 batch on workerd', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hentetid-d1-'));
  let proxy: Awaited<ReturnType<typeof getPlatformProxy<{ DB: D1Database }>>>;
  let store: Store;

  beforeAll(async () => {
    proxy = await getPlatformProxy<{ DB: D1Database }>({ configPath: 'wrangler.toml', persist: { path: dir }, remoteBindings: false });
    store = openD1Store(proxy.env.DB);
    await store.db.run(sql`create table atomic_probe (id integer primary key, slot integer not null, who text not null)`);
    await store.db.run(sql.raw(`create trigger atomic_probe_cap before insert on atomic_probe
      when (select count(*) from atomic_probe where slot = new.slot) >= 2
      begin select raise(abort, 'slot_full'); end`));
  }, 60_000);
  afterAll(async () => {
    await proxy?.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  const insert = (slot: number, who: string) => store.db.insert(seats).values({ slot, who }).returning();
  const count = async (slot: number) => (await store.db.select().from(seats).where(sql`slot = ${slot}`).all()).length;

  it('commits every statement of a batch that succeeds, returning each one’s rows', async () => {
    const results = await store.atomic([insert(1, 'a'), insert(1, 'b')]);
    expect(results.map((rows) => (rows as { who: string }[])[0].who)).toEqual(['a', 'b']);
    expect(await count(1)).toBe(2);
  });

  it('rolls the whole batch back when a trigger RAISEs in a later statement', async () => {
    await expect(store.atomic([insert(2, 'a'), insert(2, 'b'), insert(2, 'c')])).rejects.toThrow(/slot_full/);
    expect(await count(2)).toBe(0);
  });

  it('rolls back writes to other rows in the same batch too', async () => {
    await store.atomic([insert(3, 'x'), insert(3, 'y')]);
    await expect(store.atomic([insert(4, 'a'), insert(3, 'z')])).rejects.toThrow(/slot_full/);
    expect(await count(4)).toBe(0);
    expect(await count(3)).toBe(2);
  });

  it('counts a batch as one call (one round trip) of all its statements, for Server-Timing', async () => {
    const use = new DatabaseUse();
    await countingDatabaseUse(use, async () => {
      await store.atomic([insert(5, 'a'), insert(5, 'b'), insert(6, 'c')]);
      await count(5);
    });
    expect({ statements: use.statements, calls: use.calls }).toEqual({ statements: 4, calls: 2 });
    expect(use.ms).toBeGreaterThanOrEqual(0);
  });
});

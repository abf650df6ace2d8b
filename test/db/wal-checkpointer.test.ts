import { closeSync, mkdtempSync, openSync, readdirSync, readSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/adapters/node-sqlite';
import { safetyNetPages } from '../../src/adapters/wal-checkpointer';
import { sqliteServices } from '../support/sqlite-services';

// Pages in the database file itself (its header, bytes 28-31): they grow only when a checkpoint
// copies pages out of the WAL.
function pagesInDatabaseFile(file: string) {
  const header = Buffer.alloc(32);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, header, 0, 32, 0);
  } finally {
    closeSync(fd);
  }
  return header.readUInt32BE(28);
}

const db = sqliteServices('checkpointer');
afterAll(() => db.close());

describe('WAL checkpoints off the event loop', () => {
  it('copies committed pages into the database file well before the safety net would', async () => {
    const { store, file } = db;
    await store.db.run(sql`create table filler (id integer primary key, body text not null)`);
    const before = pagesInDatabaseFile(file);
    // ~1 MiB in 64 commits: ~300 WAL pages, well under the safety net of the request connection.
    for (let i = 0; i < 64; i++) await store.db.run(sql`insert into filler (body) values (${'x'.repeat(16_000)})`);
    expect(statSync(`${file}-wal`).size / 4096).toBeLessThan(safetyNetPages);
    const deadline = Date.now() + 5_000;
    while (pagesInDatabaseFile(file) < before + 250 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(pagesInDatabaseFile(file)).toBeGreaterThanOrEqual(before + 250);
    // And the data reads back whole through the request connection.
    expect(await store.db.get(sql`select count(*) as n, sum(length(body)) as bytes from filler`)).toEqual({ n: 64, bytes: 64 * 16_000 });
  });

  it('closes its connection before the store’s own, so closing leaves the database file alone, WAL tidied away', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hentetid-close-'));
    try {
      const store = openSqliteStore(join(dir, 'x.db'));
      await store.db.run(sql`create table t (a)`);
      await store.db.run(sql`insert into t values (1)`);
      // Let the worker open its connection and checkpoint at least once.
      await new Promise((r) => setTimeout(r, 300));
      store.close();
      expect(readdirSync(dir)).toEqual(['x.db']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

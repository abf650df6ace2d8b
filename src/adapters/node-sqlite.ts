import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import BetterSqlite3 from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import * as schema from '../db/schema';
import { countedSqlite } from './counted-sqlite';
import type { Database, Store } from '../db/store';

const migrationsFolder = resolve(dirname(fileURLToPath(import.meta.url)), '../../drizzle');

/** Opens (creating if needed) the SQLite file, applies pending migrations and returns the store. */
export function openSqliteStore(file: string): Store & { close(): void } {
  if (file !== ':memory:') mkdirSync(dirname(resolve(file)), { recursive: true });
  const sqlite = new BetterSqlite3(file);
  // WAL lets readers run beside the single writer; the busy timeout makes a second process wait
  // for the write lock instead of failing, both for `atomic` (BEGIN IMMEDIATE) and for a single
  // statement run plainly (its own implicit transaction). synchronous=NORMAL in WAL keeps every
  // committed transaction across a process crash (kill -9); only a power cut could lose the last
  // commits. SQLite's own automatic checkpoint (every 1,000 pages) is left as it is: a thread of
  // our own for it made no measurable difference (BENCHMARKS.md).
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('busy_timeout = 10000');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  // Deleted rows (codes, notes past the retention period) are overwritten with zeros instead of
  // lingering in free pages of the file until reused (PRIVACY.md).
  sqlite.pragma('secure_delete = ON');
  const db = drizzle(countedSqlite(sqlite), { schema });
  migrateRetryingWhenBusy(() => migrate(db, { migrationsFolder }));

  const runAll = sqlite.transaction((queries: { all(): unknown }[]) => queries.map((q) => q.all() as unknown[]));
  return {
    db: db as unknown as Database,
    async atomic(queries) {
      return runAll.immediate(queries);
    },
    close: () => sqlite.close(),
  };
}

/**
 * drizzle's migrator opens a deferred transaction; when two processes start on one new file the
 * loser gets SQLITE_BUSY rather than waiting. Trying again then finds the migrations applied.
 */
function migrateRetryingWhenBusy(run: () => void) {
  for (let attempt = 1; ; attempt++) {
    try {
      return run();
    } catch (error) {
      const code = (error as { code?: string; cause?: { code?: string } }).cause?.code ?? (error as { code?: string }).code;
      if (!String(code).startsWith('SQLITE_BUSY') || attempt >= 20) throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100 * attempt);
    }
  }
}

import type { BaseSQLiteDatabase } from 'drizzle-orm/sqlite-core';
import type * as schema from './schema';

/** Drizzle's shared SQLite interface: better-sqlite3 (sync) and D1 (async) both satisfy it. */
export type Database = BaseSQLiteDatabase<'sync' | 'async', any, typeof schema>;

/**
 * A query handed to `Store.atomic`. Every one must end in `.returning(...)` so both drivers
 * give back rows the same way.
 */
type AtomicQuery = { all(): unknown } & PromiseLike<unknown>;

export interface Store {
  db: Database;
  /**
   * Runs the queries as one all-or-nothing unit: `BEGIN IMMEDIATE` on better-sqlite3 (so a second
   * process waits for the lock instead of failing with SQLITE_BUSY_SNAPSHOT), `batch()` on D1,
   * which has no interactive transactions. A failing statement (a capacity trigger) rolls back all.
   * A single statement needs none of this: it is atomic by itself on both drivers (on
   * better-sqlite3 its own implicit transaction, which waits for the write lock via busy_timeout).
   */
  atomic(queries: AtomicQuery[]): Promise<unknown[][]>;
}

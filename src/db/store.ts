import type { BaseSQLiteDatabase } from 'drizzle-orm/sqlite-core';
import type * as schema from './schema';

/** Drizzle's shared SQLite interface: better-sqlite3 (sync) and D1 (async) both satisfy it. */
export type Database = BaseSQLiteDatabase<'sync' | 'async', any, typeof schema>;

/**
 * A query handed to `Store.atomic`. Every one must end in `.returning(...)` so both drivers
 * give back rows the same way.
 */
export type AtomicQuery = { all(): unknown } & PromiseLike<unknown>;

export interface Store {
  db: Database;
  /**
   * Runs the queries as one all-or-nothing unit: `BEGIN IMMEDIATE` on better-sqlite3 (so a second
   * process waits for the lock instead of failing with SQLITE_BUSY_SNAPSHOT), `batch()` on D1,
   * which has no interactive transactions. A failing statement (a capacity trigger) rolls back all.
   */
  atomic(queries: AtomicQuery[]): Promise<unknown[][]>;
  /**
   * Runs one write that is a single statement (atomic by itself) and resolves once it is
   * committed. On better-sqlite3 the writes of one event-loop turn share a transaction and one
   * commit (group commit), so `write` must be synchronous there, as that driver's queries are;
   * on D1 every statement is its own transaction and this simply runs it.
   */
  commitGrouped<T>(write: () => T | Promise<T>): Promise<T>;
  /**
   * True when `commitGrouped` runs each write synchronously while this connection holds the
   * database's write lock (better-sqlite3): a read and a write inside one such call are then one
   * atomic step, as no other writer can come between them. False on D1.
   */
  readonly groupedWritesHoldTheLock: boolean;
  /**
   * A value that differs whenever the database may have changed since it was last taken: this
   * connection's own row changes and every other connection's commits (better-sqlite3). Lets a
   * hot read be answered from memory while nothing changed. Undefined inside a transaction (a
   * rollback undoes rows but not the count of changes), absent on D1, where reads are fresh.
   */
  changeToken?(): string | undefined;
  /**
   * Like `changeToken`, for the rows most requests read and few change: sessions, users, sites,
   * distributions and closures. It moves with any write here whose SQL names one of those tables
   * and with every other connection's commits, not with tickets being issued. Undefined inside
   * a transaction (a read there may yet be rolled back), and absent on D1.
   */
  referenceToken?(): string | undefined;
  /**
   * Where slot_loads stands, for remembering a day's loads between walk-ins: `writesHere` counts
   * this connection's writes whose SQL names slot_loads, tickets, distributions or sites (every
   * write that can change slot_loads, by trigger or cascade) and `othersCommits` moves with every
   * commit by another connection. Read only under the write lock (inside `commitGrouped` on
   * better-sqlite3), where nobody else can write; undefined outside a transaction, absent on D1.
   */
  slotLoadsVersion?(): { writesHere: number; othersCommits: number } | undefined;
}

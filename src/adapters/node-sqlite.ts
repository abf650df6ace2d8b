import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import BetterSqlite3 from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import * as schema from '../db/schema';
import { groupCommitter } from './group-commit';
import { countWritesNaming } from './counted-writes';
import { checkpointInBackground, safetyNetPages } from './wal-checkpointer';
import type { Database, Store } from '../db/store';

const migrationsFolder = resolve(dirname(fileURLToPath(import.meta.url)), '../../drizzle');

/** Opens (creating if needed) the SQLite file, applies pending migrations and returns the store. */
export function openSqliteStore(file: string): Store & { close(): void } {
  if (file !== ':memory:') mkdirSync(dirname(resolve(file)), { recursive: true });
  const sqlite = new BetterSqlite3(file);
  // WAL lets readers run beside the single writer; the busy timeout makes a second process wait
  // for the write lock instead of failing. synchronous=NORMAL in WAL keeps every committed
  // transaction across a process crash (kill -9); only a power cut could lose the last commits.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('busy_timeout = 10000');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  const checkpointer = file === ':memory:' ? null : checkpointInBackground(file);
  if (checkpointer) sqlite.pragma(`wal_autocheckpoint = ${safetyNetPages}`);
  const writesNaming = countWritesNaming(sqlite, {
    // The tables nearly every request reads and few requests write (Store.referenceToken).
    reference: /\b(?:sessions|users|sites|distributions|closures)\b/i,
    // Every write that can change slot_loads: its triggers on tickets, and the cascades from
    // sites and distributions (Store.slotLoadsVersion).
    slotLoads: /\b(?:slot_loads|tickets|distributions|sites)\b/i,
  });
  const db = drizzle(sqlite, { schema });
  migrateRetryingWhenBusy(() => migrate(db, { migrationsFolder }));

  const runAll = sqlite.transaction((queries: { all(): unknown }[]) => queries.map((q) => q.all() as unknown[]));
  // total_changes() counts this connection's rows written (triggers included); data_version
  // moves when any other connection (another process) commits. Two prepared statements: the
  // pragma_data_version() table function prepares a PRAGMA on every call.
  const ownChanges = sqlite.prepare('select total_changes()').pluck();
  const othersCommits = sqlite.prepare('PRAGMA data_version').pluck();
  // data_version starts a read transaction (file locks: a few µs a call under load), so it is
  // read once an event-loop turn: another process's commit shows from the next turn on, as if
  // it had landed a moment later. Own writes show at once through total_changes().
  let othersCommitsThisTurn: number | undefined;
  const othersCommitsSeen = () => {
    if (othersCommitsThisTurn === undefined) {
      othersCommitsThisTurn = othersCommits.get() as number;
      setImmediate(() => (othersCommitsThisTurn = undefined));
    }
    return othersCommitsThisTurn;
  };
  return {
    db: db as unknown as Database,
    async atomic(queries) {
      return runAll.immediate(queries);
    },
    commitGrouped: groupCommitter(sqlite),
    groupedWritesHoldTheLock: true,
    // Nothing is remembered inside a transaction: a rollback undoes rows, not total_changes().
    changeToken: () => (sqlite.inTransaction ? undefined : `${ownChanges.get() as number}:${othersCommitsSeen()}`),
    referenceToken: () => (sqlite.inTransaction ? undefined : `${writesNaming.reference()}:${othersCommitsSeen()}`),
    // Inside the write transaction data_version is exact and costs ~0.2 µs (no read to start).
    slotLoadsVersion: () => (sqlite.inTransaction ? { writesHere: writesNaming.slotLoads(), othersCommits: othersCommits.get() as number } : undefined),
    close: () => {
      checkpointer?.stop();
      sqlite.close();
    },
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

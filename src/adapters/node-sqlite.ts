import { closeSync, mkdirSync, openSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import BetterSqlite3 from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import * as schema from '../db/schema';
import { countedSqlite } from './counted-sqlite';
import type { Database, Store } from '../db/store';
import { isStorageFault } from '../db/sql-errors';

const migrationsFolder = resolve(dirname(fileURLToPath(import.meta.url)), '../../drizzle');

/** Why a database cannot be served at all: said in one line by the entry, with no stack trace. */
export class UnusableDatabase extends Error {
  override name = 'UnusableDatabase';
}

/**
 * Opens (creating if needed) the SQLite file, applies pending migrations and returns the store.
 * A file that takes no writes (full disk, read-only file) is still opened, to serve reads,
 * unless it has migrations pending: a schema this code does not know cannot be served.
 */
export function openSqliteStore(file: string): Store & { close(): void } {
  if (file !== ':memory:') createOwnerOnly(file);
  let sqlite: BetterSqlite3.Database;
  try {
    sqlite = new BetterSqlite3(file);
  } catch (error) {
    if (isStorageFault(error)) throw new UnusableDatabase(`Cannot open the database at ${file} (${codeOf(error)}); not starting.`);
    throw error;
  }
  // WAL lets readers run beside the single writer; the busy timeout makes a second process wait
  // for the write lock instead of failing, both for `atomic` (BEGIN IMMEDIATE) and for a single
  // statement run plainly (its own implicit transaction). synchronous=NORMAL in WAL keeps every
  // committed transaction across a process crash (kill -9); only a power cut could lose the last
  // commits. SQLite's own automatic checkpoint (every 1,000 pages) is left as it is: a thread of
  // our own for it made no measurable difference (BENCHMARKS.md).
  try {
    sqlite.pragma('journal_mode = WAL');
  } catch (error) {
    // A read-only file not yet in WAL mode cannot be switched; it still reads in its own mode.
    if (!isStorageFault(error)) throw error;
  }
  sqlite.pragma('busy_timeout = 10000');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  // Deleted rows (codes, notes past the retention period) are overwritten with zeros instead of
  // lingering in free pages of the file until reused (PRIVACY.md).
  sqlite.pragma('secure_delete = ON');
  const db = drizzle(countedSqlite(sqlite), { schema });
  try {
    migrateRetryingWhenBusy(() => migrate(db, { migrationsFolder }));
  } catch (error) {
    if (!isStorageFault(error)) throw error;
    sqlite.close();
    // Only a migration writes here: with none pending the migrator reads and commits nothing.
    throw new UnusableDatabase(
      `The database at ${file} needs its schema brought up to date but takes no writes (${codeOf(error)}: full disk or read-only file); not starting.`,
    );
  }

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

/**
 * The database holds health data (PRIVACY.md): a new file is made readable by its owner only.
 * SQLite gives its -wal and -shm files the database file's mode, so they follow.
 */
function createOwnerOnly(file: string) {
  const path = resolve(file);
  try {
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
    closeSync(openSync(path, 'wx', 0o600));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return;
    // A read-only or full folder: SQLite then says what it can open (an existing file, to read).
    if (code === 'EROFS' || code === 'EACCES' || code === 'EPERM' || code === 'ENOSPC') return;
    throw error;
  }
}

function codeOf(error: unknown): string {
  for (let e: unknown = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') return code;
  }
  return 'no code';
}

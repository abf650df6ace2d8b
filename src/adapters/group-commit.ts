import type BetterSqlite3 from 'better-sqlite3';

type Waiting = { write: () => unknown; resolve: (value: unknown) => void; reject: (error: unknown) => void };

/**
 * Group commit for better-sqlite3: the single-statement writes that arrive within one turn of the
 * event loop run in one `BEGIN IMMEDIATE … COMMIT`, so a burst of walk-ins costs one WAL commit
 * (its page writes and file locks) instead of one each. Every caller is answered only after
 * that COMMIT, so an acknowledged write survives a crash as before. Each write must be one
 * statement: a failing statement (a capacity trigger's RAISE(ABORT), a duplicate code) undoes
 * only itself, and its caller alone gets the error.
 */
export function groupCommitter(sqlite: BetterSqlite3.Database) {
  const begin = sqlite.prepare('BEGIN IMMEDIATE');
  const commit = sqlite.prepare('COMMIT');
  let waiting: Waiting[] = [];

  function flush() {
    const group = waiting;
    waiting = [];
    const outcomes: { ok: boolean; value: unknown }[] = [];
    try {
      begin.run();
    } catch (error) {
      for (const w of group) w.reject(error);
      return;
    }
    for (const w of group) {
      // An I/O error (disk full) can make SQLite roll the whole transaction back by itself; the
      // writes after it would then commit one by one, outside the group, while their callers are
      // told they failed. Stop there instead: nothing of this group is acknowledged.
      if (!sqlite.inTransaction) {
        outcomes.push({ ok: false, value: new Error('The transaction was rolled back by SQLite; nothing was written') });
        continue;
      }
      try {
        outcomes.push({ ok: true, value: w.write() });
      } catch (error) {
        outcomes.push({ ok: false, value: error });
      }
    }
    if (!sqlite.inTransaction) {
      for (const w of group) w.reject(new Error('The transaction was rolled back by SQLite; nothing was written'));
      return;
    }
    try {
      commit.run();
    } catch (error) {
      // Nothing of the group is acknowledged unless all of it is on disk.
      if (sqlite.inTransaction) sqlite.exec('ROLLBACK');
      for (const w of group) w.reject(error);
      return;
    }
    group.forEach((w, i) => (outcomes[i]!.ok ? w.resolve(outcomes[i]!.value) : w.reject(outcomes[i]!.value)));
  }

  return function commitGrouped<T>(write: () => T | Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      waiting.push({ write, resolve: resolve as (value: unknown) => void, reject });
      // After this turn's I/O callbacks (and their promise jobs) have queued their writes.
      if (waiting.length === 1) setImmediate(flush);
    });
  };
}

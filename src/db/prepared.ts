import type { Database } from './store';

/**
 * A query built and prepared once per database, then run with `sql.placeholder` values: the
 * hot paths skip drizzle's SQL building and SQLite's statement compile on every request.
 * drizzle's `.prepare()` gives the same interface on better-sqlite3 and D1; kept per database
 * object because tests (and a Worker isolate) each have their own.
 */
export function prepared<Q>(build: (db: Database) => Q): (db: Database) => Q {
  const byDatabase = new WeakMap<Database, Q>();
  return (db) => {
    let query = byDatabase.get(db);
    if (!query) {
      query = build(db);
      byDatabase.set(db, query);
    }
    return query;
  };
}

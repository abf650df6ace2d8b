import type BetterSqlite3 from 'better-sqlite3';
import { countedCall } from '../db/database-use';

/**
 * The better-sqlite3 database drizzle is given on Node: the same connection, with every statement
 * run counted and timed for the request (src/db/database-use.ts). Made once, where the file is
 * opened, so prepared statements stay prepared.
 */
export function countedSqlite(sqlite: BetterSqlite3.Database): BetterSqlite3.Database {
  return new Proxy(sqlite, {
    get(target, key) {
      if (key === 'prepare') return (source: string) => new CountedStatement(target.prepare(source));
      const value = Reflect.get(target, key, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/** A statement as drizzle runs it: `run`, `get`, `all`, and `raw()` before `get`/`all` for rows as arrays. */
class CountedStatement {
  constructor(private readonly statement: BetterSqlite3.Statement) {}

  run(...params: unknown[]) {
    return countedCall(1, () => this.statement.run(...params));
  }

  get(...params: unknown[]) {
    return countedCall(1, () => this.statement.get(...params));
  }

  all(...params: unknown[]) {
    return countedCall(1, () => this.statement.all(...params));
  }

  raw(toggle?: boolean) {
    if (toggle === undefined) this.statement.raw();
    else this.statement.raw(toggle);
    return this;
  }
}

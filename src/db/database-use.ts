import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * What one request asked of the database: the statements it ran, the driver calls they took (a
 * D1 `batch` is one call, one network round trip, however many statements it holds) and the time
 * spent waiting for them. The `Server-Timing` header reports it.
 */
export class DatabaseUse {
  statements = 0;
  calls = 0;
  ms = 0;
}

// Each driver is wrapped once, where it is opened (src/adapters), and its prepared statements live
// as long as the process or isolate; AsyncLocalStorage (Node's, and workerd's with the
// `nodejs_als` flag) is how a call made deep inside finds the request it belongs to, with nothing
// passed along by hand. Outside a request (start-up, the daily clean-up) nothing is counted.
const current = new AsyncLocalStorage<DatabaseUse>();

/** Runs `work` with every driver call it makes counted into `use`. */
export function countingDatabaseUse<T>(use: DatabaseUse, work: () => T): T {
  return current.run(use, work);
}

/** One synchronous driver call (better-sqlite3), timed and counted for the current request. */
export function countedCall<T>(statements: number, call: () => T): T {
  const use = current.getStore();
  if (!use) return call();
  const start = performance.now();
  try {
    return call();
  } finally {
    note(use, statements, performance.now() - start);
  }
}

/** One asynchronous driver call (a D1 round trip), timed and counted for the current request. */
export async function countedRoundTrip<T>(statements: number, call: () => Promise<T>): Promise<T> {
  const use = current.getStore();
  if (!use) return call();
  const start = performance.now();
  try {
    return await call();
  } finally {
    note(use, statements, performance.now() - start);
  }
}

function note(use: DatabaseUse, statements: number, ms: number) {
  use.statements += statements;
  use.calls += 1;
  use.ms += ms;
}

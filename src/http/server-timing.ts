import type { Context, MiddlewareHandler } from 'hono';
import { countingDatabaseUse, DatabaseUse } from '../db/database-use';

/**
 * `Server-Timing: db;dur=<ms>;desc="<n> statements", db-calls;desc="<m> calls"` on every answer,
 * so an operator sees in the browser's tools what a request asked of the database. The calls
 * differ from the statements only on D1, where a batch of statements is one round trip.
 */
/** Where the header goes once the answer is made; see `AppOptions.lateHeader` in app.ts. */
export type LateHeader = (c: Context, name: string, value: string) => void;

const onTheAnswer: LateHeader = (c, name, value) => c.header(name, value, { append: true });

export function serverTiming(write: LateHeader = onTheAnswer): MiddlewareHandler {
  return async (c, next) => {
    const use = new DatabaseUse();
    await countingDatabaseUse(use, next);
    write(c, 'Server-Timing', `db;dur=${use.ms.toFixed(2)};desc="${use.statements} statements", db-calls;desc="${use.calls} calls"`);
  };
}

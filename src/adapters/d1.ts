import { drizzle } from 'drizzle-orm/d1';
import type { BatchItem } from 'drizzle-orm/batch';
import * as schema from '../db/schema';
import type { Database, Store } from '../db/store';

/** The D1 binding as drizzle takes it; structural, so no Workers type package is needed. */
export type D1Database = Parameters<typeof drizzle>[0];

/**
 * The store on Cloudflare D1. The schema is migrated by `wrangler d1 migrations apply`, not here.
 * D1 has no interactive transactions, but a batch runs as one: a failing statement (a capacity
 * trigger's RAISE) rolls back every statement of the batch.
 */
export function openD1Store(binding: D1Database): Store {
  const db = drizzle(binding, { schema });
  return {
    db: db as unknown as Database,
    async atomic(queries) {
      if (queries.length === 0) return [];
      const items = queries as unknown as [BatchItem<'sqlite'>, ...BatchItem<'sqlite'>[]];
      return (await db.batch(items)) as unknown[][];
    },
  };
}

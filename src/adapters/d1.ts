import { drizzle } from 'drizzle-orm/d1';
import type { BatchItem } from 'drizzle-orm/batch';
import * as schema from '../db/schema';
import type { Database, Store } from '../db/store';
import { RequestD1, type D1Binding } from './request-d1';

/** The D1 binding; structural, so no Workers type package is needed. */
export type D1Database = D1Binding;

/**
 * The store on Cloudflare D1. The schema is migrated by `wrangler d1 migrations apply`, not here.
 * D1 has no interactive transactions, but a batch runs as one: a failing statement (a capacity
 * trigger's RAISE) rolls back every statement of the batch.
 */
export function openD1Store(binding: D1Database): Store {
  const db = drizzle(new RequestD1(binding) as unknown as Parameters<typeof drizzle>[0], { schema });
  return {
    db: db as unknown as Database,
    async atomic(queries) {
      if (queries.length === 0) return [];
      const items = queries as unknown as [BatchItem<'sqlite'>, ...BatchItem<'sqlite'>[]];
      return (await db.batch(items)) as unknown[][];
    },
  };
}

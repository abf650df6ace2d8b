import { sql } from 'drizzle-orm';
import type { Services } from '../services';
import { rateLimits } from './schema';

/**
 * Writes one row of its own (in rate_limits, which the clean-up sweeps), so that a health check
 * sees a full disk, a read-only mount or a lost lock, where a read would still answer. Throws
 * when the database takes no write; nothing of the service's data changes either way.
 */
export async function proveDatabaseWritable({ db, now }: Services): Promise<void> {
  await db
    .insert(rateLimits)
    .values({ key: 'healthz', windowStart: now(), count: 0 })
    .onConflictDoUpdate({ target: rateLimits.key, set: { windowStart: sql`excluded.window_start` } });
}

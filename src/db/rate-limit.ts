import { eq, inArray, like, lte, or, sql } from 'drizzle-orm';
import { DomainError } from '../domain/errors';
import type { Services } from '../services';
import { prepared } from './prepared';
import { rateLimits } from './schema';

export type ThrottleOptions = { limit: number; windowMs: number };
export type Counter = { windowStart: number; count: number };

/** Rows older than this are dead for every window in use (all are well under a day). */
const longestWindowMs = 24 * 60 * 60 * 1000;

/**
 * Counts one failure for `key` (say `login:<address>`) in a fixed window and throws 429 once the
 * count passes `limit`.
 */
export async function throttle(services: Services, key: string, opts: ThrottleOptions): Promise<void> {
  const row = await countFailure(services, key, opts);
  if (row.count > opts.limit) throw tooMany(row.windowStart + opts.windowMs - services.now());
}

/**
 * Counts one failure for `key` in a fixed window and gives the count so far, refusing nothing.
 * One upsert statement does the reset-or-increment, so concurrent requests, Node processes and
 * Worker isolates all count into the same row without losing updates.
 */
export async function countFailure(services: Services, key: string, opts: Pick<ThrottleOptions, 'windowMs'>): Promise<Counter> {
  const now = services.now();
  const expired = sql`${rateLimits.windowStart} <= ${now - opts.windowMs}`;
  const [row] = await services.db
    .insert(rateLimits)
    .values({ key, windowStart: now, count: 1 })
    .onConflictDoUpdate({
      target: rateLimits.key,
      set: {
        count: sql`CASE WHEN ${expired} THEN 1 ELSE ${rateLimits.count} + 1 END`,
        windowStart: sql`CASE WHEN ${expired} THEN ${now} ELSE ${rateLimits.windowStart} END`,
      },
    })
    .returning({ count: rateLimits.count, windowStart: rateLimits.windowStart });
  return row!;
}

/** The counters of several keys in one read, by key; a key never counted is missing. */
export async function countersOf(services: Services, keys: string[]): Promise<Map<string, Counter>> {
  const rows = await services.db.select().from(rateLimits).where(inArray(rateLimits.key, keys)).all();
  return new Map(rows.map((row) => [row.key, row]));
}

/** Forgets the counters named exactly by `keys` and those starting with one of `prefixes`. */
export async function clearCounters(services: Services, keys: string[], prefixes: string[]): Promise<void> {
  // A prefix is ours (a fixed word and a username), never a caller's pattern: escape LIKE's own.
  const patterns = prefixes.map((prefix) => like(rateLimits.key, sql`${prefix.replace(/[\\%_]/g, (ch) => `\\${ch}`) + '%'} ESCAPE '\\'`));
  await services.db.delete(rateLimits).where(or(inArray(rateLimits.key, keys), ...patterns));
}

const counterByKey = prepared((db) => db.select().from(rateLimits).where(eq(rateLimits.key, sql.placeholder('key'))).prepare());

/** The counter of `key`, if it has one. */
export async function counterOf(services: Services, key: string): Promise<Counter | undefined> {
  return counterByKey(services.db).get({ key });
}

/** Throws 429 when `counter` (a rate_limits row, read however) has used up its window. */
export function assertCounterUnderLimit(counter: Counter | null | undefined, now: number, opts: ThrottleOptions): void {
  if (counter && counter.windowStart > now - opts.windowMs && counter.count >= opts.limit) {
    throw tooMany(counter.windowStart + opts.windowMs - now);
  }
}

/** For retention: counters whose window has long passed. */
export async function deleteExpiredRateLimits(services: Services): Promise<void> {
  await services.db.delete(rateLimits).where(lte(rateLimits.windowStart, services.now() - longestWindowMs));
}

function tooMany(remainingMs: number) {
  const retryAfter = Math.max(1, Math.ceil(remainingMs / 1000));
  return new DomainError(429, 'too_many_attempts', `Too many attempts. Try again in ${retryAfter} seconds.`, { retryAfter });
}

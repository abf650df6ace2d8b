import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/adapters/node-sqlite';
import { assertCounterUnderLimit, counterOf, deleteExpiredRateLimits, throttle, type ThrottleOptions } from '../../src/db/rate-limit';
import { rateLimits } from '../../src/db/schema';
import { DomainError } from '../../src/domain/errors';
import type { Services } from '../../src/services';
import { sqliteServices } from '../support/sqlite-services';

let db: ReturnType<typeof sqliteServices>;
let store: ReturnType<typeof openSqliteStore>;
let clock = Date.parse('2026-03-02T09:00:00Z');
let services: Services;
const opts = { limit: 3, windowMs: 60_000 };

beforeAll(() => {
  db = sqliteServices('rate', () => clock);
  ({ store, services } = db);
});
afterAll(() => db.close());

/** Refuses, without counting, a key that has already used up its window (as a code look-up does). */
async function assertNotThrottled(on: Services, key: string, options: ThrottleOptions) {
  assertCounterUnderLimit(await counterOf(on, key), on.now(), options);
}

async function refusal(run: Promise<void>) {
  const error = await run.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

describe('throttling', () => {
  it('allows the limit, refuses past it with the seconds left in the window', async () => {
    for (let i = 0; i < 3; i++) await throttle(services, 'k1', opts);
    clock += 20_000;
    const refused = await refusal(assertNotThrottled(services, 'k1', opts));
    expect(refused.status).toBe(429);
    expect(refused.code).toBe('too_many_attempts');
    expect(refused.details).toEqual({ retryAfter: 40 });
    expect((await refusal(throttle(services, 'k1', opts))).details).toEqual({ retryAfter: 40 });
  });

  it('keeps keys apart', async () => {
    for (let i = 0; i < 3; i++) await throttle(services, 'k2', opts);
    await assertNotThrottled(services, 'k3', opts);
    await throttle(services, 'k3', opts);
  });

  it('starts a new window once the old one has passed', async () => {
    for (let i = 0; i < 3; i++) await throttle(services, 'k4', opts);
    await refusal(assertNotThrottled(services, 'k4', opts));
    clock += 60_000;
    await assertNotThrottled(services, 'k4', opts);
    await throttle(services, 'k4', opts);
    const row = await services.db.select().from(rateLimits).all();
    expect(row.find((r) => r.key === 'k4')).toEqual({ key: 'k4', windowStart: clock, count: 1 });
  });

  it('loses no count when many failures arrive at once, even from two connections', async () => {
    const other = openSqliteStore(db.file);
    try {
      const second: Services = { ...services, store: other, db: other.db };
      const results = await Promise.allSettled(
        Array.from({ length: 20 }, (_, i) => throttle(i % 2 ? second : services, 'k5', { limit: 100, windowMs: 60_000 })),
      );
      expect(results.every((r) => r.status === 'fulfilled')).toBe(true);
      const row = await services.db.select().from(rateLimits).all();
      expect(row.find((r) => r.key === 'k5')?.count).toBe(20);
    } finally {
      other.close();
    }
  });

  it('clears counters a day old', async () => {
    await throttle(services, 'old', opts);
    clock += 24 * 60 * 60 * 1000;
    await throttle(services, 'new', opts);
    await deleteExpiredRateLimits(services);
    const keys = (await services.db.select().from(rateLimits).all()).map((r) => r.key);
    expect(keys).toContain('new');
    expect(keys).not.toContain('old');
  });
});

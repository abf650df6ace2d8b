import { describe, expect, it } from 'vitest';
import { usernameDelayMs, usernameSlowdown } from '../../src/auth/login';

describe('the username-wide slow-down', () => {
  const now = Date.parse('2026-03-02T09:00:00Z');
  const counter = (count: number, minutesAgo = 1) => ({ count, windowStart: now - minutesAgo * 60_000 });

  it('holds nobody until the misses from everywhere pass the limit', () => {
    expect(usernameDelayMs(undefined, now)).toBe(0);
    expect(usernameDelayMs(counter(usernameSlowdown.after - 1), now)).toBe(0);
  });

  it('grows with each miss past it, up to a bound of a few seconds', () => {
    const delays = [0, 1, 2, 3, 10, 1000].map((extra) => usernameDelayMs(counter(usernameSlowdown.after + extra), now));
    expect(delays[0]).toBeGreaterThan(0);
    for (let i = 1; i < 4; i++) expect(delays[i]).toBeGreaterThan(delays[i - 1]!);
    expect(delays[5]).toBe(usernameSlowdown.maxMs);
    expect(usernameSlowdown.maxMs).toBeLessThanOrEqual(3000);
  });

  it('forgets the misses once their window has passed', () => {
    expect(usernameDelayMs(counter(500, 15), now)).toBe(0);
  });
});
